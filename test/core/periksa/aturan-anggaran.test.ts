import { periksa } from "../../../src/core/periksa";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import { buku, fmt, pengaturan, satu, type Baris, type Kol, type Spec } from "./pembuat";

const RP = (v: number) => fmt(v, "#,##0");

function dari(spec: Spec, rule: RuleId): Finding[] {
  const { wb, tables } = satu("A", spec);
  return periksa(wb, tables, pengaturan()).findings.filter((f) => f.rule === rule);
}

const KOLOM: Kol[] = [
  { role: "kode" },
  { role: "uraian" },
  { role: "pagu" },
  { role: "realisasi_anggaran" },
];

/** Program 2.17.01 with two kegiatan, program 2.17.02 with one; `ubah` edits a row's cells. */
function program(ubah: Record<number, (number | string | null)[]> = {}): Baris[] {
  const dasar: Baris[] = [
    { level: "program", isi: ["2.17.01", "Program A", RP(300), RP(250)] },
    { level: "kegiatan", induk: 0, isi: ["2.17.01.2.01", "Kegiatan A1", RP(100), RP(90)] },
    { level: "kegiatan", induk: 0, isi: ["2.17.01.2.02", "Kegiatan A2", RP(200), RP(160)] },
    { level: "program", isi: ["2.17.02", "Program B", RP(50), RP(50)] },
    { level: "kegiatan", induk: 3, isi: ["2.17.02.2.01", "Kegiatan B1", RP(50), RP(50)] },
  ];
  for (const [i, isi] of Object.entries(ubah)) dasar[Number(i)] = { ...dasar[Number(i)], isi };
  return dasar;
}

describe("total-mismatch", () => {
  it("JUMLAH sums the top-level rows only (programs), per money column", () => {
    const baris = [
      ...program(),
      { isi: ["JUMLAH", null, RP(350), RP(300)], total: "jumlah" as const },
    ];
    expect(dari({ kind: "anggaran", kolom: KOLOM, baris }, "total-mismatch")).toEqual([]);
    const salah = [
      ...program(),
      { isi: ["JUMLAH", null, RP(350), RP(310)], total: "jumlah" as const },
    ];
    const f = dari({ kind: "anggaran", kolom: KOLOM, baris: salah }, "total-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.actual])).toEqual([
      ["D7", "error", 300, 310],
    ]);
  });

  it("a total printed above its rows (the URUSAN row) closes the rows below it", () => {
    const baris = [
      { isi: ["2.17", "URUSAN", RP(350), RP(311)], total: "jumlah" as const },
      ...program(),
    ];
    const f = dari({ kind: "anggaran", kolom: KOLOM, baris }, "total-mismatch");
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["D2", 300, 311]]);
  });

  it("serapan in a JUMLAH row: ratio of sums or mean of ratios", () => {
    const kolom: Kol[] = [...KOLOM, { role: "serapan" }];
    const rows = (ser: number): Baris[] => [
      { level: "program", isi: ["1", "P1", 100, 50, 50] },
      { level: "program", isi: ["2", "P2", 300, 300, 100] },
      { isi: ["JUMLAH", null, 400, 350, ser], total: "jumlah" },
    ];
    expect(dari({ kind: "anggaran", kolom, baris: rows(87.5) }, "total-mismatch")).toEqual([]);
    expect(dari({ kind: "anggaran", kolom, baris: rows(75) }, "total-mismatch")).toEqual([]);
    const f = dari({ kind: "anggaran", kolom, baris: rows(80) }, "total-mismatch");
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["E4", 87.5, 80]]);
  });

  it("RATA-RATA capaian: mean of the computed capaian; printed under REALISASI when no capaian column", () => {
    const kolom: Kol[] = [
      { role: "indikator" },
      { role: "target" },
      { role: "realisasi" },
      { role: "capaian" },
    ];
    const baris: Baris[] = [
      { isi: ["A", 76.5, 77.04, 100.71] },
      { isi: ["B", 35, 42.53, 121.51] },
      { isi: ["C", 77.5, 80, 103.23] },
      { isi: ["Rata-rata capaian", null, null, 108.6], total: "rata-rata" },
    ];
    const f = dari({ kind: "pengukuran", kolom, baris }, "total-mismatch");
    const harap = ((77.04 / 76.5) * 100 + (42.53 / 35) * 100 + (80 / 77.5) * 100) / 3;
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("D5");
    expect(f[0].expected).toBeCloseTo(harap, 12);
    expect(f[0].actual).toBe(108.6);

    const tanpaCapaian: Kol[] = [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }];
    const lampiran: Baris[] = [
      { isi: ["A", "76,50 %", "77,32%"] },
      { isi: ["Rata-rata capaian sasaran-1", null, 101.07], total: "rata-rata" },
      { isi: ["B", "35%", "42,53%"] },
      { isi: ["Rata-rata capaian sasaran-2", null, 121.51], total: "rata-rata" },
      { isi: ["Total rata-rata (1+2)", null, 111.29], total: "rata-rata" },
    ];
    expect(
      dari({ kind: "pengukuran", kolom: tanpaCapaian, baris: lampiran }, "total-mismatch"),
    ).toEqual([]);
  });

  it("an amount printed one column off is forgiven when it is the neighbour's total", () => {
    const baris = [
      ...program(),
      { isi: ["JUMLAH", RP(350), RP(300), null], total: "jumlah" as const },
    ];
    const f = dari({ kind: "anggaran", kolom: KOLOM, baris }, "total-mismatch");
    expect(f).toEqual([]);
  });
});

describe("rollup-mismatch", () => {
  it("a program against its kegiatan in its own table: parent cell, related the first child", () => {
    const f = dari(
      { kind: "anggaran", kolom: KOLOM, baris: program({ 0: ["2.17.01", "Program A", 300, 260] }) },
      "rollup-mismatch",
    );
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.actual, x.related])).toEqual([
      ["D2", "error", 250, 260, { sheet: "A", cell: "D3" }],
    ]);
  });

  it("only when every child has a value; a sasaran pools programs and is not summed", () => {
    const kosong = program({ 2: ["2.17.01.2.02", "Kegiatan A2", "-", 160] });
    const f = dari({ kind: "anggaran", kolom: KOLOM, baris: kosong }, "rollup-mismatch");
    expect(f.map((x) => x.cell)).toEqual([]);
    const sasaran: Baris[] = [
      { level: "sasaran", isi: ["1", "Sasaran", 999, 999] },
      { level: "program", induk: 0, isi: ["2.17.01", "Program A", 300, 250] },
    ];
    expect(dari({ kind: "efisiensi", kolom: KOLOM, baris: sasaran }, "rollup-mismatch")).toEqual(
      [],
    );
  });

  it("across tables: the PK budget list's program against the kegiatan of the anggaran table", () => {
    const { wb, tables } = buku(
      {
        name: "PK",
        tables: [
          {
            kind: "pk",
            kolom: [{ role: "kode" }, { role: "program" }, { role: "pagu" }],
            baris: [{ level: "program", isi: ["2.17.01", "Program A", 310] }],
          },
        ],
      },
      {
        name: "DPA",
        tables: [
          {
            kind: "anggaran",
            kolom: KOLOM,
            baris: [
              { level: "kegiatan", isi: ["2.17.01.2.01", "Kegiatan A1", 100, 90] },
              { level: "kegiatan", isi: ["2.17.01.2.02", "Kegiatan A2", 200, 160] },
            ],
          },
        ],
      },
    );
    const f = periksa(wb, tables, pengaturan()).findings.filter(
      (x) => x.rule === "rollup-mismatch",
    );
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual, x.related])).toEqual([
      ["PK", "C2", 300, 310, { sheet: "DPA", cell: "C2" }],
    ]);
  });
});

describe("realisasi-exceeds-pagu", () => {
  it("on the realisasi cell, related the pagu cell; equal or within a rupiah does not fire", () => {
    const baris: Baris[] = [
      { level: "program", isi: ["1", "P1", 100, 120] },
      { level: "program", isi: ["2", "P2", 100, 100] },
      { level: "program", isi: ["3", "P3", 100, 101] },
      { level: "program", isi: ["4", "P4", 100, "Rp 150,-"] },
    ];
    const f = dari({ kind: "anggaran", kolom: KOLOM, baris }, "realisasi-exceeds-pagu");
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.actual, x.related])).toEqual([
      ["D2", "warning", 100, 120, { sheet: "A", cell: "C2" }],
      ["D5", "warning", 100, 150, { sheet: "A", cell: "C5" }],
    ]);
  });
});
