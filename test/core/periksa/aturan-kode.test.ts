import { periksa } from "../../../src/core/periksa";
import { masalahKode } from "../../../src/core/periksa/aturan-kode";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import { pengaturan, satu, type Baris, type Kol } from "./pembuat";

const KOLOM: Kol[] = [{ role: "kode" }, { role: "uraian" }, { role: "pagu" }];

function temuan(baris: Baris[], rule: RuleId, kolom: Kol[] = KOLOM): Finding[] {
  const { wb, tables } = satu("A", { kind: "anggaran", kolom, baris });
  return periksa(wb, tables, pengaturan()).findings.filter((f) => f.rule === rule);
}

describe("code-invalid", () => {
  it.each([
    "1",
    "1.",
    "1.1",
    "2.17.01",
    "2.17.01.",
    "2.17.08.2.01",
    "2.17.01.2.01.0001",
    "2.6.01.01.2.01.00",
    "a.",
    "IV",
    "(1)",
  ])("%s is valid", (kode) => {
    expect(masalahKode(kode)).toBeUndefined();
  });

  it("an embedded space warns once and the code is still read", () => {
    const baris: Baris[] = [
      { level: "kegiatan", isi: ["2.17.05.2. 01.", "Kegiatan", 100] },
      { level: "subkegiatan", induk: 0, isi: ["2.17.05.2.01.0001", "Sub", 100] },
    ];
    const f = temuan(baris, "code-invalid");
    expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([
      ["A2", "warning", "2.17.05.2. 01."],
    ]);
    expect(f[0].message).toContain("spasi");
    expect(temuan(baris, "orphan")).toEqual([]);
  });

  it("letters among digits, a 3-digit segment and other separators", () => {
    const baris: Baris[] = [
      { level: "program", isi: ["2.17.O1", "P", 1] },
      { level: "subkegiatan", isi: ["2.3.01.06.2.01.005.", "S", 1] },
      { level: "program", isi: ["2,17,01", "Q", 1] },
    ];
    const f = temuan(baris, "code-invalid");
    expect(f.map((x) => [x.cell, x.actual])).toEqual([
      ["A2", "2.17.O1"],
      ["A3", "2.3.01.06.2.01.005."],
      ["A4", "2,17,01"],
    ]);
    expect(f[0].message).toContain("huruf");
    expect(f[1].message).toContain('"005"');
  });
});

describe("code-duplicate", () => {
  it("a truncated sub code repeated in one table: on each later code cell, related the first", () => {
    const baris: Baris[] = [
      { level: "kegiatan", isi: ["2.6.01.01.2.01.", "Kegiatan", 300] },
      { level: "subkegiatan", induk: 0, isi: ["2.6.01.01.2.01.00", "Penyusunan Dokumen", 100] },
      { level: "subkegiatan", induk: 0, isi: ["2.6.01.01.2.01.00", "Koordinasi DPA", 100] },
      { level: "subkegiatan", induk: 0, isi: ["2.6.01.01.2.01.00", "Laporan Capaian", 100] },
    ];
    const f = temuan(baris, "code-duplicate");
    expect(f.map((x) => [x.cell, x.severity, x.related, x.actual])).toEqual([
      ["A4", "warning", { sheet: "A", cell: "A3" }, undefined],
      ["A5", "warning", { sheet: "A", cell: "A3" }, undefined],
    ]);
  });

  it("outline numbers restarting per section and continuation rows are not duplicates", () => {
    const baris: Baris[] = [
      { level: "tujuan", isi: ["1.", "Tujuan 1", null] },
      { level: "sasaran", induk: 0, isi: ["1.", "Sasaran 1", null] },
      { level: "tujuan", isi: ["2.", "Tujuan 2", null] },
      { level: "sasaran", induk: 2, isi: ["1.", "Sasaran 2", null] },
      { level: "sasaran", lanjut: true, isi: [null, null, null] },
    ];
    expect(temuan(baris, "code-duplicate")).toEqual([]);
  });
});

describe("orphan", () => {
  it("a row below the table's top level without a parent", () => {
    const baris: Baris[] = [
      { level: "kegiatan", isi: [null, "Kegiatan tanpa program", 100] },
      { level: "program", isi: [null, "PROGRAM A", 300] },
      { level: "kegiatan", induk: 1, isi: [null, "Kegiatan A1", 300] },
    ];
    const f = temuan(baris, "orphan");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["B2", "warning"]]);
  });

  it("a code whose parent by prefix is nowhere in the workbook", () => {
    const baris: Baris[] = [
      { level: "program", isi: ["2.17.01", "Program A", 300] },
      { level: "kegiatan", induk: 0, isi: ["2.18.01.2.01", "Kegiatan salah kode", 300] },
      { level: "kegiatan", induk: 0, isi: ["2.17.01.2.02", "Kegiatan benar", 300] },
    ];
    const f = temuan(baris, "orphan");
    expect(f.map((x) => x.cell)).toEqual(["A3"]);
  });

  it("relative codes under their parent and top rows of a single-level table are no orphans", () => {
    const baris: Baris[] = [
      { level: "program", isi: ["2.17.01", "Program", 300] },
      { level: "kegiatan", induk: 0, isi: ["2.01", "Kegiatan", 300] },
      { level: "subkegiatan", induk: 1, isi: ["01", "Sub", 300] },
    ];
    expect(temuan(baris, "orphan")).toEqual([]);
    expect(temuan(baris, "code-invalid")).toEqual([]);
    const satuLevel: Baris[] = [
      { level: "subkegiatan", isi: ["1.", "Sub A", 1] },
      { level: "subkegiatan", isi: ["2.", "Sub B", 1] },
    ];
    expect(temuan(satuLevel, "orphan")).toEqual([]);
  });
});
