/**
 * The native formulas `kinerja fill` writes, recalculated by LibreOffice headless, equal the
 * engine's values (1e-9 relative) or the engine's error, cell by cell, on every fixture.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { bacaModel, kenali } from "../../src/cli/berkas";
import { formatSel, rencanakan } from "../../src/cli/isi";
import { a1 } from "../../src/core/a1";
import { PENGATURAN_BAWAAN } from "../../src/core/pengaturan";
import type { RencanaIsi } from "../../src/core/isi";
import { bukuIsi, bukuUji } from "./buku-uji";
import { jalankan } from "./jalankan";
import { bacaHasil, hitungUlang } from "./libreoffice";

jest.setTimeout(300_000);

const FIXTURE = path.join(__dirname, "..", "fixtures");

describe("fill --mode formulas, recalculated by LibreOffice", () => {
  const rencana = new Map<string, RencanaIsi>();
  const hasil = new Map<string, ReturnType<typeof bacaHasil>>();

  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-isi-lo-"));
    const masuk: string[] = [path.join(dir, "isi.xlsx"), path.join(dir, "uji.xlsx")];
    await fs.writeFile(masuk[0], await bukuIsi());
    await fs.writeFile(masuk[1], await bukuUji({ salahKetik: true }));
    for (const f of (await fs.readdir(FIXTURE)).sort()) {
      if (f.endsWith(".xlsx")) masuk.push(path.join(FIXTURE, f));
    }
    const keluar: string[] = [];
    const terisiDir = path.join(dir, "terisi");
    await fs.mkdir(terisiDir);
    for (const m of masuk) {
      const k = path.join(terisiDir, path.basename(m));
      const h = await jalankan(["fill", m, "-o", k]);
      if (h.kode !== 0) throw new Error(`fill ${m}: ${h.stderr}`);
      const data = new Uint8Array(await fs.readFile(m));
      const wb = await bacaModel(m, data);
      const tables = kenali(wb, PENGATURAN_BAWAAN, []);
      const format = await formatSel(data);
      rencana.set(path.basename(m), rencanakan(wb, tables, PENGATURAN_BAWAAN, "formulas", format));
      keluar.push(k);
    }
    const dihitung = await hitungUlang(keluar);
    for (const d of dihitung)
      hasil.set(path.basename(d), bacaHasil(new Uint8Array(await fs.readFile(d))));
  });

  it("has formulas to check", () => {
    const rumus = [...rencana.values()].flatMap((r) =>
      r.edits.filter((e) => e.formula !== undefined),
    );
    expect(rumus.length).toBeGreaterThan(50);
    expect(rumus.some((e) => e.error === "#DIV/0!" || e.error === "#N/A")).toBe(true);
    expect(rumus.some((e) => typeof e.value === "string")).toBe(true);
  });

  it("gives the engine's value or error in every filled cell", () => {
    const beda: string[] = [];
    for (const [nama, r] of rencana) {
      const lembar = hasil.get(nama);
      expect(lembar).toBeDefined();
      for (const e of r.edits) {
        const ref = a1(e.row, e.col);
        const v = lembar?.get(e.sheet)?.get(ref);
        const got = v !== null && typeof v === "object" ? v.galat : v;
        const want = e.error ?? e.value;
        const cocok =
          typeof want === "number"
            ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : got === want;
        if (!cocok) {
          beda.push(
            `${nama} '${e.sheet}'!${ref} ${e.formula ?? "(nilai)"} -> ${JSON.stringify(got)}, ` +
              `mesin ${JSON.stringify(want)}`,
          );
        }
      }
    }
    expect(beda).toEqual([]);
  });
});
