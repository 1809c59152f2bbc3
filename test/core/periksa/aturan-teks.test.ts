import { periksa } from "../../../src/core/periksa";
import { tampakNegatif } from "../../../src/core/periksa/aturan-polaritas";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import { buku, pct, pengaturan, type Baris, type Lembar } from "./pembuat";

function temuan(lembar: Lembar[], rule: RuleId): Finding[] {
  const { wb, tables } = buku(...lembar);
  return periksa(wb, tables, pengaturan({ tahun: 2023 })).findings.filter((f) => f.rule === rule);
}

const pk = (name: string, baris: Baris[]): Lembar => ({
  name,
  tables: [
    {
      kind: "pk",
      kolom: [{ role: "sasaran" }, { role: "indikator" }, { role: "satuan" }, { role: "target" }],
      baris,
    },
  ],
});

describe("unit-mismatch", () => {
  it("Persentase with a count unit, on the unit's cell; Jumlah with percent", () => {
    const f = temuan(
      [
        pk("PK", [
          { level: "sasaran", isi: ["S", "Prosentase koperasi sehat", null, "1 Dokumen"] },
          { level: "sasaran", isi: ["S", "Persentase UMKM naik kelas", "Dokumen", "5"] },
          { level: "sasaran", isi: ["S", "Jumlah pelaku usaha mikro", null, "900 Prosen"] },
        ]),
      ],
      "unit-mismatch",
    );
    expect(f.map((x) => [x.cell, x.severity, x.expected, x.actual])).toEqual([
      ["D2", "warning", undefined, "Dokumen"],
      ["C3", "warning", undefined, "Dokumen"],
      ["D4", "warning", undefined, "Prosen"],
    ]);
  });

  it("a value against its satuan column, and one indicator in % here and in a count there", () => {
    const f = temuan(
      [
        pk("PK", [{ level: "sasaran", isi: ["S", "Indeks pelayanan", "Dokumen", "80%"] }]),
        pk("PK2", [{ level: "sasaran", isi: ["S", "Cakupan layanan", null, "80%"] }]),
        pk("PK3", [{ level: "sasaran", isi: ["S", "Cakupan layanan", "Orang", 80] }]),
      ],
      "unit-mismatch",
    );
    expect(f.map((x) => [x.sheet, x.cell, x.expected, x.actual, x.related])).toEqual([
      ["PK", "D2", "Dokumen", "%", undefined],
      ["PK3", "C2", "%", "Orang", { sheet: "PK2", cell: "D2" }],
    ]);
  });

  it("near misses: Persentase (%) satuan, nouns of counts, two values in a cell, Cakupan in Dokumen", () => {
    const f = temuan(
      [
        pk("PK", [
          {
            level: "sasaran",
            isi: ["S", "Persentase Koperasi Aktif", "Persentase Koperasi Aktif", "80%"],
          },
          { level: "sasaran", isi: ["S", "Persentase UMKM", "Persentase (%)", pct(0.07, "0%")] },
          { level: "sasaran", isi: ["S", "Jumlah Unit Usaha", null, "2747 Orang"] },
          {
            level: "sasaran",
            isi: ["S", "Jumlah Dokumen Pelaporan Persentase Administrasi", null, "3 Dok 100 %"],
          },
          { level: "sasaran", isi: ["S", "Cakupan Pemeriksaan", null, "1 Dokumen"] },
          { level: "sasaran", isi: ["S", "Rasio koperasi sehat", null, "80 Prosen"] },
        ]),
      ],
      "unit-mismatch",
    );
    expect(f).toEqual([]);
  });
});

describe("polarity-suspect", () => {
  const renstra = (baris: Baris[]): Lembar => ({
    name: "Renstra",
    tables: [
      {
        kind: "renstra",
        kolom: [
          { role: "indikator" },
          { role: "target", year: 2022 },
          { role: "target", year: 2023 },
          { role: "target", year: 2024 },
          { role: "target", year: 2025 },
        ],
        baris,
      },
    ],
  });

  it("falling Renstra targets measured with +: on the Renstra indicator cell", () => {
    const f = temuan(
      [
        renstra([
          {
            level: "sasaran",
            isi: ["Persentase fluktuasi harga Bapokti", "15%", "14,8%", "14,6%", "14,4%"],
          },
        ]),
        pk("PK", [
          { level: "sasaran", isi: ["S", "Persentase fluktuasi harga Bapokti", null, "14,8%"] },
        ]),
      ],
      "polarity-suspect",
    );
    expect(f.map((x) => [x.sheet, x.cell, x.severity, x.expected, x.actual])).toEqual([
      ["Renstra", "A2", "warning", undefined, undefined],
    ]);
    expect(f[0].message).toContain("menurun");
  });

  it("wording alone (angka pengangguran); an arah column elsewhere makes every row -", () => {
    const kata = temuan(
      [pk("PK", [{ level: "sasaran", isi: ["S", "Tingkat pengangguran terbuka", null, 5] }])],
      "polarity-suspect",
    );
    expect(kata.map((x) => x.cell)).toEqual(["B2"]);
    const { wb, tables } = buku(
      {
        name: "PK",
        tables: [
          {
            kind: "pk",
            kolom: [{ role: "indikator" }, { role: "arah" }, { role: "target" }],
            baris: [
              {
                level: "sasaran",
                isi: ["Tingkat pengangguran terbuka", "Menurun", 5],
                polaritas: "-",
              },
            ],
          },
        ],
      },
      {
        name: "U",
        tables: [
          {
            kind: "pengukuran",
            kolom: [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }],
            baris: [{ level: "sasaran", isi: ["Tingkat Pengangguran Terbuka", 5, 4] }],
          },
        ],
      },
    );
    const r = periksa(wb, tables, pengaturan({ tahun: 2023 }));
    expect(r.findings.filter((x) => x.rule === "polarity-suspect")).toEqual([]);
    expect(r.tables[1].rows[0].polaritas).toBe("-");
    expect(r.tables[1].rows[0].capaian).toBe(120);
  });

  it("a - row whose Renstra targets rise", () => {
    const f = temuan(
      [renstra([{ level: "sasaran", isi: ["Indeks daya saing", 60, 62, 64, 66], polaritas: "-" }])],
      "polarity-suspect",
    );
    expect(f.map((x) => x.cell)).toEqual(["A2"]);
    expect(f[0].message).toContain("meningkat");
  });

  it("near misses: handled cases, a goal's name, rising targets of a word-negative indicator", () => {
    expect(tampakNegatif("Persentase pengaduan yang ditindaklanjuti")).toBe(false);
    expect(tampakNegatif("Persentase penurunan angka kemiskinan")).toBe(false);
    expect(tampakNegatif("Jumlah kasus yang ditangani")).toBe(false);
    expect(tampakNegatif("Tingkat inflasi")).toBe(true);
    expect(tampakNegatif("Waktu penyelesaian perizinan")).toBe(true);
    const f = temuan(
      [
        pk("PK", [
          {
            level: "sasaran",
            nama: "Menurunkan Angka Pengangguran",
            isi: [
              "Menurunkan Angka Pengangguran",
              "Meningkatkan Kualitas Daya Saing KUMKM",
              null,
              100,
            ],
          },
        ]),
        renstra([
          {
            level: "sasaran",
            isi: ["Jumlah kasus koperasi bermasalah diselesaikan", 10, 12, 14, 16],
          },
        ]),
      ],
      "polarity-suspect",
    );
    expect(f).toEqual([]);
  });
});
