import { PENGATURAN_BAWAAN, type Pengaturan } from "../../src/core/pengaturan";
import { rencanaIsi, tahunLaporan, type EditSel } from "../../src/core/isi";
import type { Polaritas } from "../../src/core/capaian";
import type {
  ColumnRole,
  ColumnRoleId,
  DataRow,
  RecognizedTable,
  TableKind,
} from "../../src/core/tabel/types";
import type { Cell, SheetModel, WorkbookModel } from "../../src/core/workbook";

type Isian = string | number | null | Cell;

function lembar(name: string, rows: Isian[][]): SheetModel {
  return {
    name,
    merges: [],
    cells: rows.map((r) =>
      r.map((x) => (x !== null && typeof x === "object" ? x : x === null ? undefined : { v: x })),
    ),
  };
}

function kolom(role: ColumnRoleId, col: number, extra: Partial<ColumnRole> = {}): ColumnRole {
  return { role, col, header: role, reason: "uji", source: "header", ...extra };
}

function baris(row: number, polaritas: Polaritas = "+"): DataRow {
  return { row, levelReason: "uji", continuation: false, polaritas, polaritasReason: "uji" };
}

function tabel(
  sheet: string,
  kind: TableKind,
  columns: ColumnRole[],
  rows: DataRow[],
  lastRow: number,
  lastCol: number,
  extra: Partial<RecognizedTable> = {},
): RecognizedTable {
  return {
    sheet,
    range: { r0: 0, c0: 0, r1: lastRow, c1: lastCol },
    kind,
    kindReason: "uji",
    headerRows: [0, 0],
    repeatedHeaderRows: [],
    columns,
    rows,
    totalRows: [],
    ...extra,
  };
}

const P: Pengaturan = { ...PENGATURAN_BAWAAN, toleransi: { ...PENGATURAN_BAWAAN.toleransi } };

// Pengukuran: A no | B indikator | C target | D realisasi | E capaian | F kategori
const pengukuran = lembar("Pengukuran", [
  ["No", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"],
  [1, "IPM", 80, 76, 99, "Tinggi"],
  [2, "Persentase A", "76,50%", 80, null, null],
  [3, "Jumlah B", 0, 5, null, null],
  [4, "Indeks C", 10, null, null, null],
  [null, "SASARAN 2", null, null, null, null],
  [5, "Angka kemiskinan", 20, 15, null, null],
  [6, "Persentase D", 80, "71% 55%", null, null],
  [7, "Persentase E", 76.5, 0.7704, null, null],
  [null, "Jumlah", 190, 172, 500, null],
  [8, "Persentase F", 50, 40, { v: null, fmt: "0.00%" }, null],
  [9, "Nilai SAKIP", "A", "BB", null, null],
]);
const tPengukuran = tabel(
  "Pengukuran",
  "pengukuran",
  [
    kolom("no", 0),
    kolom("indikator", 1),
    kolom("target", 2),
    kolom("realisasi", 3),
    kolom("capaian", 4),
    kolom("kategori", 5),
  ],
  [1, 2, 3, 4, 5, 6, 7, 8, 10, 11].map((r) => baris(r, r === 6 ? "-" : "+")),
  11,
  5,
  { totalRows: [{ row: 9, label: "Jumlah", jenis: "jumlah" }] },
);

function di(edits: readonly EditSel[], sheet: string, ref: string): EditSel | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (m === null) throw new Error(ref);
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return edits.find((e) => e.sheet === sheet && e.row === row && e.col === col);
}

const wbPengukuran: WorkbookModel = { sheets: [pengukuran] };

describe("rencanaIsi, formulas mode", () => {
  const r = rencanaIsi(wbPengukuran, [tPengukuran], P, "formulas");
  const sel = (ref: string) => di(r.edits, "Pengukuran", ref);

  it("writes native formulas referencing the row's own cells, with the engine's result", () => {
    expect(sel("E2")).toEqual({
      sheet: "Pengukuran",
      row: 1,
      col: 4,
      formula: "IF(OR(ISBLANK(C2),ISBLANK(D2)),NA(),D2/C2*100)",
      value: 95,
    });
    expect(sel("F2")).toEqual({
      sheet: "Pengukuran",
      row: 1,
      col: 5,
      formula:
        'IF(ISBLANK(E2),NA(),IF(E2>90,"Sangat Tinggi",IF(E2>75,"Tinggi",IF(E2>65,"Sedang",' +
        'IF(E2>50,"Rendah","Sangat Rendah")))))',
      value: "Sangat Tinggi",
    });
    expect(sel("E7")?.formula).toBe("IF(OR(ISBLANK(C7),ISBLANK(D7)),NA(),(2*C7-D7)/C7*100)");
    expect(sel("E7")?.value).toBe(125);
  });

  it("writes the engine's value where an input is text a formula cannot read", () => {
    expect(sel("E3")).toEqual({ sheet: "Pengukuran", row: 2, col: 4, value: (80 / 76.5) * 100 });
    // The kategori reads the capaian cell, which now holds a number.
    expect(sel("F3")?.formula).toContain("IF(E3>90,");
    expect(sel("F3")?.value).toBe("Sangat Tinggi");
    // Grades compare by rank: BB (5) against A (6).
    expect(sel("E12")).toEqual({ sheet: "Pengukuran", row: 11, col: 4, value: (5 / 6) * 100 });
  });

  it("keeps #DIV/0! and #N/A as the formula's cached error", () => {
    expect(sel("E4")).toMatchObject({ formula: expect.any(String), error: "#DIV/0!" });
    expect(sel("F4")).toMatchObject({ formula: expect.any(String), error: "#DIV/0!" });
    expect(sel("E5")).toMatchObject({ formula: expect.any(String), error: "#N/A" });
    expect(sel("F5")).toMatchObject({ formula: expect.any(String), error: "#N/A" });
  });

  it("writes the fraction into a percent-formatted capaian cell and scales it for the kategori", () => {
    expect(sel("E11")).toMatchObject({
      formula: "IF(OR(ISBLANK(C11),ISBLANK(D11)),NA(),D11/C11)",
      value: 0.8,
    });
    expect(sel("F11")?.formula).toContain('IF((E11*100)>90,"Sangat Tinggi"');
    expect(sel("F11")?.value).toBe("Tinggi");
  });

  it("skips, with the reason, rows with nothing to compute and values the engine refuses", () => {
    expect(r.dilewati).toEqual([
      {
        sheet: "Pengukuran",
        cell: "E6",
        kolom: "capaian",
        alasan: "Target dan realisasi kosong: tidak ada yang dapat dihitung.",
      },
      {
        sheet: "Pengukuran",
        cell: "E8",
        kolom: "capaian",
        alasan: expect.stringMatching(/^Realisasi tidak terbaca: "71% 55%"/),
      },
      {
        sheet: "Pengukuran",
        cell: "E9",
        kolom: "capaian",
        alasan: expect.stringMatching(/^Target dan realisasi berbeda skala/),
      },
      {
        sheet: "Pengukuran",
        cell: "F6",
        kolom: "kategori",
        alasan: "Capaian kosong: tidak ada yang dapat dihitung.",
      },
      {
        sheet: "Pengukuran",
        cell: "F8",
        kolom: "kategori",
        alasan: expect.stringMatching(/^Realisasi tidak terbaca: "71% 55%"/),
      },
      {
        sheet: "Pengukuran",
        cell: "F9",
        kolom: "kategori",
        alasan: expect.stringMatching(/^Target dan realisasi berbeda skala/),
      },
    ]);
  });

  it("never writes outside the data rows of the fillable columns", () => {
    const tempat = r.edits.map((e) => `${e.row}:${e.col}`);
    expect(tempat).toEqual([
      "1:4",
      "1:5",
      "2:4",
      "2:5",
      "3:4",
      "3:5",
      "4:4",
      "4:5",
      "6:4",
      "6:5",
      "10:4",
      "10:5",
      "11:4",
      "11:5",
    ]);
    expect(r.kolom).toEqual([
      {
        sheet: "Pengukuran",
        table: "A1:F12",
        kind: "pengukuran",
        kolom: "capaian",
        col: "E",
        header: "capaian",
        rumus: 5,
        nilai: 2,
        dilewati: 3,
      },
      {
        sheet: "Pengukuran",
        table: "A1:F12",
        kind: "pengukuran",
        kolom: "kategori",
        col: "F",
        header: "kategori",
        rumus: 7,
        nilai: 0,
        dilewati: 3,
      },
    ]);
    expect(r.catatan).toEqual([]);
  });
});

describe("rencanaIsi, values and functions modes", () => {
  it("values: the engine's values only; errors are skipped with their reason", () => {
    const r = rencanaIsi(wbPengukuran, [tPengukuran], P, "values");
    expect(r.edits.every((e) => e.formula === undefined)).toBe(true);
    expect(di(r.edits, "Pengukuran", "E2")).toEqual({
      sheet: "Pengukuran",
      row: 1,
      col: 4,
      value: 95,
    });
    expect(di(r.edits, "Pengukuran", "F2")?.value).toBe("Sangat Tinggi");
    expect(di(r.edits, "Pengukuran", "E11")?.value).toBe(0.8);
    expect(di(r.edits, "Pengukuran", "E4")).toBeUndefined();
    expect(r.dilewati.find((d) => d.cell === "E4")?.alasan).toBe(
      "Target 0: capaian tidak dapat dihitung.",
    );
    expect(r.dilewati.find((d) => d.cell === "F5")?.alasan).toMatch(/^Realisasi belum tersedia/);
  });

  it("functions: SAKIP.* calls for every row with an input, and a note that they need the add-in", () => {
    const r = rencanaIsi(wbPengukuran, [tPengukuran], P, "functions");
    expect(di(r.edits, "Pengukuran", "E2")).toEqual({
      sheet: "Pengukuran",
      row: 1,
      col: 4,
      formula: '_xldudf_SAKIP_CAPAIAN(C2,D2,"+","selisih")',
      value: 95,
    });
    expect(di(r.edits, "Pengukuran", "F2")?.formula).toBe(
      '_xldudf_SAKIP_KATEGORI(E2,"permendagri86")',
    );
    // The add-in's function reports the scale trap itself.
    expect(di(r.edits, "Pengukuran", "E9")?.formula).toBe(
      '_xldudf_SAKIP_CAPAIAN(C9,D9,"+","selisih")',
    );
    expect(di(r.edits, "Pengukuran", "E6")).toBeUndefined();
    expect(r.catatan).toHaveLength(1);
    expect(r.catatan[0]).toMatch(/add-in Kinerja/);
  });

  it("follows the settings: rasio for `-`, a user scale written as IFs even in functions mode", () => {
    const skala = {
      id: "pengguna",
      nama: "uji",
      bands: [
        { label: "Baik", min: 80, minInclusive: true, maxInclusive: false },
        { label: "Kurang", minInclusive: false, maxInclusive: false },
      ],
    };
    const r = rencanaIsi(
      wbPengukuran,
      [tPengukuran],
      { ...P, metodeNegatif: "rasio", skala },
      "functions",
    );
    expect(di(r.edits, "Pengukuran", "E7")?.formula).toBe(
      '_xldudf_SAKIP_CAPAIAN(C7,D7,"-","rasio")',
    );
    expect(di(r.edits, "Pengukuran", "E7")?.value).toBeCloseTo((20 / 15) * 100, 12);
    expect(di(r.edits, "Pengukuran", "F2")?.formula).toBe(
      'IF(ISBLANK(E2),NA(),IF(E2>=80,"Baik","Kurang"))',
    );
    expect(r.catatan).toHaveLength(2);
  });
});

describe("rencanaIsi, budget and efficiency tables", () => {
  // A kode | B uraian | C pagu | D realisasi | E serapan (%) | F sisa | G % sisa
  const anggaran = lembar("Anggaran", [
    ["Kode", "Uraian", "Pagu", "Realisasi", "Serapan", "Sisa", "% Sisa"],
    ["1.01", "Program A", 1000000, 750000, { v: 0.7, fmt: "0.00%" }, 1, 1],
    ["1.02", "Program B", "Rp 1.234.567,-", 1000000, { v: null, fmt: "0.00%" }, null, null],
    ["1.03", "Program C", 0, 0, { v: null, fmt: "0.00%" }, null, null],
  ]);
  const tAnggaran = tabel(
    "Anggaran",
    "anggaran",
    [
      kolom("kode", 0),
      kolom("uraian", 1),
      kolom("pagu", 2),
      kolom("realisasi_anggaran", 3),
      kolom("serapan", 4),
      kolom("sisa", 5),
      kolom("persen_sisa", 6),
    ],
    [1, 2, 3].map((r) => baris(r)),
    3,
    6,
  );
  // A indikator | B capaian (printed) | C serapan (printed) | D efisiensi
  const efisiensi = lembar("Efisiensi", [
    ["Indikator", "Capaian", "Serapan", "Efisiensi"],
    ["IPM", 104.5, 88.25, null],
    ["IKM", "76,50%", 80, null],
    ["IKK", null, null, null],
  ]);
  const tEfisiensi = tabel(
    "Efisiensi",
    "efisiensi",
    [kolom("indikator", 0), kolom("capaian", 1), kolom("serapan", 2), kolom("efisiensi", 3)],
    [1, 2, 3].map((r) => baris(r)),
    3,
    3,
  );
  const wb: WorkbookModel = { sheets: [anggaran, efisiensi] };
  const r = rencanaIsi(wb, [tAnggaran, tEfisiensi], P, "formulas");

  it("fills serapan, sisa and the SILPA percentage", () => {
    expect(di(r.edits, "Anggaran", "E2")).toMatchObject({
      formula: "IF(OR(ISBLANK(C2),ISBLANK(D2)),NA(),D2/C2)",
      value: 0.75,
    });
    expect(di(r.edits, "Anggaran", "F2")).toMatchObject({
      formula: "IF(OR(ISBLANK(C2),ISBLANK(D2)),NA(),C2-D2)",
      value: 250000,
    });
    expect(di(r.edits, "Anggaran", "G2")).toMatchObject({
      formula: "IF(OR(ISBLANK(C2),ISBLANK(D2)),NA(),(C2-D2)/C2*100)",
      value: 25,
    });
    expect(di(r.edits, "Anggaran", "E3")).toEqual({
      sheet: "Anggaran",
      row: 2,
      col: 4,
      value: 1000000 / 1234567,
    });
    expect(di(r.edits, "Anggaran", "F3")).toEqual({
      sheet: "Anggaran",
      row: 2,
      col: 5,
      value: 234567,
    });
    expect(di(r.edits, "Anggaran", "E4")).toMatchObject({ error: "#DIV/0!" });
    expect(di(r.edits, "Anggaran", "F4")).toMatchObject({ value: 0 });
  });

  it("computes efisiensi from the printed capaian and serapan when the table has no inputs for them", () => {
    expect(r.takTerisi).toEqual([
      {
        sheet: "Efisiensi",
        table: "A1:D4",
        kolom: "capaian",
        col: "B",
        alasan: "Tabel tidak memiliki kolom target dan realisasi untuk kolom ini.",
      },
      {
        sheet: "Efisiensi",
        table: "A1:D4",
        kolom: "serapan",
        col: "C",
        alasan: "Tabel tidak memiliki kolom pagu dan realisasi anggaran untuk kolom ini.",
      },
    ]);
    expect(di(r.edits, "Efisiensi", "D2")).toEqual({
      sheet: "Efisiensi",
      row: 1,
      col: 3,
      formula: "IF(OR(ISBLANK(B2),ISBLANK(C2)),NA(),B2-C2)",
      value: 104.5 - 88.25,
    });
    expect(di(r.edits, "Efisiensi", "D3")).toEqual({
      sheet: "Efisiensi",
      row: 2,
      col: 3,
      value: 76.5 - 80,
    });
    expect(r.dilewati).toEqual([
      {
        sheet: "Efisiensi",
        cell: "D4",
        kolom: "efisiensi",
        alasan: "Capaian dan serapan kosong: tidak ada yang dapat dihitung.",
      },
    ]);
  });

  it("inlines capaian and serapan when the table has their inputs but not their columns", () => {
    const s = lembar("Gabung", [
      ["Indikator", "Target", "Realisasi", "Pagu", "Realisasi", "Kategori", "Efisiensi"],
      ["IPM", 80, 84, 100, 90, null, null],
    ]);
    const t = tabel(
      "Gabung",
      "efisiensi",
      [
        kolom("indikator", 0),
        kolom("target", 1),
        kolom("realisasi", 2),
        kolom("pagu", 3),
        kolom("realisasi_anggaran", 4),
        kolom("kategori", 5),
        kolom("efisiensi", 6),
      ],
      [baris(1)],
      1,
      6,
    );
    const g = rencanaIsi({ sheets: [s] }, [t], { ...P, metodeEfisiensi: "rasio" }, "formulas");
    const cap = "IF(OR(ISBLANK(B2),ISBLANK(C2)),NA(),C2/B2*100)";
    const ser = "IF(OR(ISBLANK(D2),ISBLANK(E2)),NA(),E2/D2*100)";
    expect(di(g.edits, "Gabung", "F2")?.formula).toBe(
      `IF((${cap})>90,"Sangat Tinggi",IF((${cap})>75,"Tinggi",IF((${cap})>65,"Sedang",` +
        `IF((${cap})>50,"Rendah","Sangat Rendah"))))`,
    );
    expect(di(g.edits, "Gabung", "F2")?.value).toBe("Sangat Tinggi");
    expect(di(g.edits, "Gabung", "G2")?.formula).toBe(`(${cap})/(${ser})`);
    expect(di(g.edits, "Gabung", "G2")?.value).toBeCloseTo(105 / 90, 12);
  });
});

describe("year columns", () => {
  const s = lembar("Tahun", [
    ["Indikator", "Target", "Realisasi 2022", "Capaian 2022", "Realisasi 2023", "Capaian 2023"],
    ["IPM", 80, 70, null, 88, null],
  ]);
  const t = tabel(
    "Tahun",
    "pengukuran",
    [
      kolom("indikator", 0),
      kolom("target", 1),
      kolom("realisasi", 2, { year: 2022 }),
      kolom("capaian", 3, { year: 2022 }),
      kolom("realisasi", 4, { year: 2023 }),
      kolom("capaian", 5, { year: 2023 }),
    ],
    [baris(1)],
    1,
    5,
  );

  it("takes the report year from the latest realisasi column with data", () => {
    expect(tahunLaporan({ sheets: [s] }, [t])).toBe(2023);
  });

  it("pairs the yearless target with the report year only", () => {
    const r = rencanaIsi({ sheets: [s] }, [t], P, "formulas");
    expect(r.edits).toEqual([
      {
        sheet: "Tahun",
        row: 1,
        col: 5,
        formula: "IF(OR(ISBLANK(B2),ISBLANK(E2)),NA(),E2/B2*100)",
        value: (88 / 80) * 100,
      },
    ]);
    expect(r.takTerisi).toEqual([
      {
        sheet: "Tahun",
        table: "A1:F2",
        kolom: "capaian",
        col: "D",
        alasan: "Tabel tidak memiliki kolom target dan realisasi untuk kolom ini.",
      },
    ]);
  });
});

describe("merged cells", () => {
  it("leaves a cell covered by a merge alone", () => {
    const s = lembar("Gabungan", [
      ["Indikator", "Target", "Realisasi", "Capaian"],
      ["A", 80, 80, null],
      ["B", 90, 45, null],
    ]);
    s.merges.push({ r0: 1, c0: 3, r1: 2, c1: 3 });
    const t = tabel(
      "Gabungan",
      "pengukuran",
      [kolom("indikator", 0), kolom("target", 1), kolom("realisasi", 2), kolom("capaian", 3)],
      [baris(1), baris(2)],
      2,
      3,
    );
    const r = rencanaIsi({ sheets: [s] }, [t], P, "formulas");
    expect(r.edits.map((e) => [e.row, e.col])).toEqual([[1, 3]]);
    expect(r.dilewati).toEqual([
      {
        sheet: "Gabungan",
        cell: "D3",
        kolom: "capaian",
        alasan: "Sel ini bagian dari sel gabungan: dibiarkan.",
      },
    ]);
  });
});

describe("a SILPA percentage given the sisa role", () => {
  it("gets the percentage, not rupiah", () => {
    const s = lembar("Sisa", [
      ["Pagu", "Realisasi", "SILPA (Rp)", "Persentase SILPA (%)"],
      [200, 150, null, null],
    ]);
    const t = tabel(
      "Sisa",
      "anggaran",
      [
        kolom("pagu", 0),
        kolom("realisasi_anggaran", 1),
        kolom("sisa", 2, { header: "SILPA (Rp)" }),
        kolom("sisa", 3, { header: "Persentase SILPA (%)" }),
      ],
      [baris(1)],
      1,
      3,
    );
    const r = rencanaIsi({ sheets: [s] }, [t], P, "formulas");
    expect(r.edits.map((e) => [e.col, e.formula, e.value])).toEqual([
      [2, "IF(OR(ISBLANK(A2),ISBLANK(B2)),NA(),A2-B2)", 50],
      [3, "IF(OR(ISBLANK(A2),ISBLANK(B2)),NA(),(A2-B2)/A2*100)", 25],
    ]);
    expect(r.kolom.map((k) => k.kolom)).toEqual(["sisa", "persen_sisa"]);
  });
});
