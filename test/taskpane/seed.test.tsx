/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/* The xlsx reader's dependencies ship ESM under the browser condition; Node's build is read here. */
import { readFileSync } from "fs";
import path from "path";
import { TextDecoder, TextEncoder } from "util";
import { render, screen, within } from "@testing-library/react";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { App } from "../../src/taskpane/App";
import { M365, pindai, tunggu } from "./bantu-pane";

const BERKAS = path.join(__dirname, "../fixtures/seed-002-sumenep-lkjip-2023");

interface TabelHarapan {
  sheet: string;
  range: string;
  kind: string;
  columns: Record<string, string>;
}

describe("Pindai on a real LKjIP (seed 002)", () => {
  it("shows every expected table with its kind and the fake itself as the pane's Excel", async () => {
    // jsdom lacks the encoders the xlsx reader needs; Node's are the same API.
    Object.assign(globalThis, { TextDecoder, TextEncoder });
    const { readWorkbook } = await import("../../src/cli/xlsx/read");
    const model = await readWorkbook(new Uint8Array(readFileSync(`${BERKAS}.xlsx`)));
    const harapan = (
      JSON.parse(readFileSync(`${BERKAS}.expected.json`, "utf8")) as { tables: TabelHarapan[] }
    ).tables;
    const buku = bukuKerjaPalsu(model);
    // The fake's `run` is already the pane's Excel access: the preview passes it as is.
    render(<App host={M365} bahasa="id" excel={buku} />);
    await tunggu();
    await pindai();
    const lembar = new Set(harapan.map((t) => t.sheet));
    expect(
      screen.getByText(`${harapan.length} tabel SAKIP dikenali di ${lembar.size} lembar.`),
    ).toBeTruthy();
    for (const t of harapan) {
      const kartu = screen.getByRole("region", { name: `${t.sheet} ${t.range}` });
      expect((within(kartu).getByLabelText("Jenis tabel") as HTMLSelectElement).value).toBe(t.kind);
      for (const [kunci, kolom] of Object.entries(t.columns)) {
        // `target_2023`, `pagu_sesudah`, `no_2`: the role is the key without year, variant, rank.
        let peran = kunci;
        while (/_(\d+|sebelum|sesudah|akhir)$/.test(peran)) {
          peran = peran.replace(/_(\d+|sebelum|sesudah|akhir)$/, "");
        }
        const pilihan = within(kartu).getAllByLabelText(`Peran ${kolom}`);
        expect(pilihan.map((p) => (p as HTMLSelectElement).value)).toContain(peran);
      }
    }
  }, 60_000);
});
