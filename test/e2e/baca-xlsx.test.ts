import fs from "fs";
import path from "path";
import { PESAN_CSV, PESAN_TEKS } from "../../src/cli/xlsx/errors";
import { readWorkbookDetail } from "../../src/cli/xlsx/read";
import { bacaXlsx } from "../../src/preview/baca-xlsx";

const AKAR = path.resolve(__dirname, "..", "..");

describe("preview reader (no exceljs)", () => {
  test.each(["assets/contoh-sakip.xlsx", "test/fixtures/seed-000-cirebon-pk-2024.xlsx"])(
    "%s reads to the same model as the CLI's fallback reader",
    async (berkas) => {
      const data = new Uint8Array(fs.readFileSync(path.join(AKAR, berkas)));
      const hasil = bacaXlsx(data);
      const cli = await readWorkbookDetail(data, { cadangan: true });
      expect(hasil).toEqual({ ok: true, model: cli.model });
    },
  );

  test("a text or CSV file gets the CLI's message for it, not an exception", () => {
    const isi = new TextEncoder().encode("no;target;realisasi\n1;80;90\n");
    expect(bacaXlsx(isi, "data.xlsx")).toEqual({ ok: false, pesan: PESAN_TEKS });
    expect(bacaXlsx(isi, "data.csv")).toEqual({ ok: false, pesan: PESAN_CSV });
  });

  test("bytes that are neither a workbook nor text say so", () => {
    const hasil = bacaXlsx(new Uint8Array([0, 1, 2, 3, 4, 5]));
    expect(hasil.ok).toBe(false);
  });

  test("the sample is the Sumenep LKjIP 2023 fixture", () => {
    const contoh = fs.readFileSync(path.join(AKAR, "assets/contoh-sakip.xlsx"));
    const seed = fs.readFileSync(path.join(AKAR, "test/fixtures/seed-002-sumenep-lkjip-2023.xlsx"));
    expect(contoh.equals(seed)).toBe(true);
  });
});
