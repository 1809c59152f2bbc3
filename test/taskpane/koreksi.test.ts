import type { RecognizedTable } from "../../src/core/tabel/types";
import { kolomDiabaikan, koreksiJenis, koreksiPeran } from "../../src/taskpane/kerja/koreksi";

const TABEL: RecognizedTable = {
  sheet: "PK",
  range: { r0: 2, c0: 0, r1: 9, c1: 5 },
  kind: "pk",
  kindReason: "",
  headerRows: [2, 2],
  repeatedHeaderRows: [],
  columns: [
    { role: "target", col: 4, year: 2023, header: "2023", reason: "", source: "header" },
    { role: "satuan", col: 3, header: "Satuan", reason: "", source: "header" },
  ],
  rows: [],
  totalRows: [],
};

describe("corrections as the pane edits them", () => {
  it("merges kind and roles of one table into one entry, the latest role per column", () => {
    let k = koreksiJenis([], TABEL, "pengukuran");
    k = koreksiPeran(k, TABEL, "D", "keterangan");
    k = koreksiPeran(k, TABEL, "D", "abaikan");
    expect(k).toEqual([
      { sheet: "PK", at: "A3:F10", kind: "pengukuran", columns: [{ col: "D", role: "abaikan" }] },
    ]);
    expect(kolomDiabaikan(k, TABEL)).toEqual(["D"]);
  });

  it("keeps the year of a year column", () => {
    expect(koreksiPeran([], TABEL, "E", "realisasi")).toEqual([
      { sheet: "PK", at: "A3:F10", columns: [{ col: "E", role: "realisasi", year: 2023 }] },
    ]);
  });

  it("leaves other tables' corrections alone", () => {
    const lain = { sheet: "Lain", at: "A1:B2", kind: "bukan" as const };
    expect(koreksiJenis([lain], TABEL, "iku")).toEqual([
      lain,
      { sheet: "PK", at: "A3:F10", kind: "iku" },
    ]);
  });
});
