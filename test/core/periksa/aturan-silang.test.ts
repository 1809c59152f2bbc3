import { periksa } from "../../../src/core/periksa";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import { buku, pct, pengaturan, type Baris, type Kol, type Lembar, type Spec } from "./pembuat";

/** The report year is set: un-yeared PK and measurement columns stand for 2023. */
function temuan(lembar: Lembar[], rule: RuleId): Finding[] {
  const { wb, tables } = buku(...lembar);
  return periksa(wb, tables, pengaturan({ tahun: 2023 })).findings.filter((f) => f.rule === rule);
}

const ringkas = (f: Finding[]) => f.map((x) => [x.sheet, x.cell, x.expected, x.actual, x.related]);

const renstra = (baris: Baris[]): Lembar => ({
  name: "Renstra",
  tables: [
    {
      kind: "renstra",
      kolom: [
        { role: "sasaran" },
        { role: "indikator" },
        { role: "target", year: 2022 },
        { role: "target", year: 2023 },
        { role: "target", year: 2024 },
      ],
      baris,
    },
  ],
});

const pk = (name: string, baris: Baris[], title?: string): Lembar => ({
  name,
  tables: [
    {
      kind: "pk",
      ...(title === undefined ? {} : { title }),
      kolom: [{ role: "sasaran" }, { role: "indikator" }, { role: "target" }],
      baris,
    },
  ],
});

const ukur = (name: string, baris: Baris[]): Lembar => ({
  name,
  tables: [
    {
      kind: "pengukuran",
      kolom: [
        { role: "indikator" },
        { role: "target" },
        { role: "realisasi" },
        { role: "capaian" },
      ],
      baris,
    },
  ],
});

const RENSTRA_DASAR: Baris[] = [
  { level: "sasaran", isi: ["S1", "Persentase pertumbuhan industri", "0.5%", "6.1%", "6.2%"] },
  { level: "sasaran", isi: ["S2", "Indeks kepuasan", 80, 82, 84] },
];

describe("target-mismatch", () => {
  it("PK with last year's target: on the PK cell, related the Renstra's year column", () => {
    const f = temuan(
      [
        renstra(RENSTRA_DASAR),
        pk("PK", [
          { level: "sasaran", isi: ["S1", "Persentase Pertumbuhan Industri", "0.5%"] },
          { level: "sasaran", isi: ["S2", "Indeks Kepuasan", "82"] },
        ]),
        ukur("Ukur", [
          { level: "sasaran", isi: ["persentase  pertumbuhan industri", "6,1%", "6,5%", ""] },
        ]),
      ],
      "target-mismatch",
    );
    expect(ringkas(f)).toEqual([["PK", "C2", 6.1, 0.5, { sheet: "Renstra", cell: "D2" }]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toContain("tahun 2023");
  });

  it("print rounding and formats are no mismatch: 1.50 = 1.5, 14,80% = 0.148 formatted = 14,8", () => {
    const f = temuan(
      [
        renstra([{ level: "sasaran", isi: ["S1", "Rasio A", 1, "1.50", 2] }]),
        pk("PK", [{ level: "sasaran", isi: ["S1", "Rasio A", 1.5] }]),
        ukur("U1", [{ level: "sasaran", isi: ["Rasio A", "1,5", 2, ""] }]),
        renstra([{ level: "sasaran", isi: ["S2", "Indeks B", 1, "14,80%", 2] }]),
        pk("PK2", [{ level: "sasaran", isi: ["S2", "Indeks B", pct(0.148, "0.00%")] }]),
        ukur("U2", [{ level: "sasaran", isi: ["Indeks B", "14,8", 2, ""] }]),
      ].map((l, i) => ({ ...l, name: `${l.name}${i}` })),
      "target-mismatch",
    );
    expect(f).toEqual([]);
  });

  it("a whole number is exact: 6 against 6,1 is a mismatch", () => {
    const f = temuan(
      [
        renstra([{ level: "sasaran", isi: ["S1", "Indeks A", 5, 6, 7] }]),
        pk("PK", [{ level: "sasaran", isi: ["S1", "Indeks A", "6,1"] }]),
      ],
      "target-mismatch",
    );
    expect(ringkas(f)).toEqual([["PK", "C2", 6, 6.1, { sheet: "Renstra", cell: "D2" }]]);
  });

  it("different levels are different indicators; pending targets are skipped", () => {
    const f = temuan(
      [
        renstra([{ level: "tujuan", isi: ["T1", "Indeks A", 5, 6, 7] }]),
        pk("PK", [
          { level: "sasaran", isi: ["S1", "Indeks A", 9] },
          { level: "sasaran", isi: ["S2", "Indeks C", "-"] },
        ]),
        ukur("U", [{ level: "sasaran", isi: ["Indeks C", 4, 5, ""] }]),
      ],
      "target-mismatch",
    );
    expect(f).toEqual([]);
  });

  it("PK Perubahan: Sebelum compares with the PK before it, Sesudah with the tables after it", () => {
    const perubahan: Lembar = {
      name: "PKP",
      tables: [
        {
          kind: "pk",
          kolom: [
            { role: "indikator" },
            { role: "target", variant: "sebelum" },
            { role: "target", variant: "sesudah" },
          ],
          baris: [{ level: "sasaran", isi: ["Indeks A", 80, 85] }],
        },
      ],
    };
    const tanpa = temuan(
      [
        pk("PK", [{ level: "sasaran", isi: ["S", "Indeks A", 80] }]),
        perubahan,
        ukur("U", [{ level: "sasaran", isi: ["Indeks A", 85, 86, ""] }]),
      ],
      "target-mismatch",
    );
    expect(tanpa).toEqual([]);
    const salah = temuan(
      [
        pk("PK", [{ level: "sasaran", isi: ["S", "Indeks A", 80] }]),
        perubahan,
        ukur("U", [{ level: "sasaran", isi: ["Indeks A", 80, 86, ""] }]),
      ],
      "target-mismatch",
    );
    expect(ringkas(salah)).toEqual([["U", "B2", 85, 80, { sheet: "PKP", cell: "C2" }]]);
  });

  it("a table titled Perubahan starts the Sesudah budgets and targets", () => {
    const f = temuan(
      [
        pk("PK", [{ level: "sasaran", isi: ["S", "Indeks A", 80] }]),
        pk(
          "PKP",
          [{ level: "sasaran", isi: ["S", "Indeks A", 85] }],
          "Perubahan Perjanjian Kinerja Tahun 2023",
        ),
        ukur("U", [{ level: "sasaran", isi: ["Indeks A", 85, 86, ""] }]),
      ],
      "target-mismatch",
    );
    expect(f).toEqual([]);
  });
});

describe("realisasi-mismatch", () => {
  it("same indicator and year, another realisasi; a printed status against a number too", () => {
    const f = temuan(
      [
        ukur("U1", [
          { level: "sasaran", isi: ["Persentase Koperasi aktif", "76,50%", "77,04%", 100.71] },
          {
            level: "sasaran",
            isi: ["Pertumbuhan PDRB", "5,1%", "Menunggu Rilis PDRB oleh BPS 2024", "-"],
          },
        ]),
        ukur("U2", [
          { level: "sasaran", isi: ["Prosentase koperasi Aktif", 76.5, pct(0.7704), ""] },
          { level: "sasaran", isi: ["Pertumbuhan PDRB", "5,1%", "Menunggu rilis BPS", "-"] },
        ]),
        ukur("U3", [
          { level: "sasaran", isi: ["Persentase Koperasi Aktif", 76.5, "77,32%", ""] },
          { level: "sasaran", isi: ["Pertumbuhan PDRB", "5,1%", "4,86%", ""] },
        ]),
      ],
      "realisasi-mismatch",
    );
    expect(ringkas(f)).toEqual([
      ["U3", "C2", 77.04, 77.32, { sheet: "U1", cell: "C2" }],
      ["U3", "C3", "Menunggu Rilis PDRB oleh BPS 2024", 4.86, { sheet: "U1", cell: "C3" }],
    ]);
  });

  it("years apart are not compared; nor values in one table", () => {
    const kolom: Kol[] = [
      { role: "indikator" },
      { role: "realisasi", year: 2022 },
      { role: "realisasi", year: 2023 },
    ];
    const a: Spec = {
      kind: "pengukuran",
      kolom,
      baris: [{ isi: ["Indeks A", 70, 75] }, { isi: ["Indeks A", 71, 76] }],
    };
    const b: Spec = { kind: "pengukuran", kolom, baris: [{ isi: ["Indeks A", 70, 75] }] };
    expect(
      temuan(
        [
          { name: "A", tables: [a] },
          { name: "B", tables: [b] },
        ],
        "realisasi-mismatch",
      ),
    ).toEqual([]);
  });
});

describe("pagu-mismatch", () => {
  const anggaran = (name: string, baris: Baris[], kolom?: Kol[]): Lembar => ({
    name,
    tables: [
      {
        kind: "anggaran",
        kolom: kolom ?? [
          { role: "kode" },
          { role: "uraian" },
          { role: "pagu" },
          { role: "realisasi_anggaran" },
        ],
        baris,
      },
    ],
  });

  it("by code first (names may differ), else by name at the same level", () => {
    const f = temuan(
      [
        anggaran("A", [
          { level: "program", isi: ["2.17.01", "Program Penunjang", 1000, 900] },
          { level: "kegiatan", isi: [null, "Kegiatan Tanpa Kode", 300, 200] },
        ]),
        anggaran("B", [
          { level: "program", isi: ["2.17.01.", "PROGRAM PENUNJANG URUSAN", 1200, 900] },
          { level: "kegiatan", isi: [null, "kegiatan tanpa kode", 300, 250] },
        ]),
      ],
      "pagu-mismatch",
    );
    expect(ringkas(f)).toEqual([["B", "C2", 1000, 1200, { sheet: "A", cell: "C2" }]]);
  });

  it("Sebelum with Sebelum, Sesudah with the later tables; within a rupiah is equal", () => {
    const perubahan = anggaran(
      "PKP",
      [{ level: "program", isi: ["2.17.01", "Program", 1000, 1500] }],
      [
        { role: "kode" },
        { role: "uraian" },
        { role: "pagu", variant: "sebelum" },
        { role: "pagu", variant: "sesudah" },
      ],
    );
    const ok = temuan(
      [
        anggaran("PK", [{ level: "program", isi: ["2.17.01", "Program", 1000, 0] }]),
        perubahan,
        anggaran("DPA", [{ level: "program", isi: ["2.17.01", "Program", 1500.4, 1400] }]),
      ],
      "pagu-mismatch",
    );
    expect(ok).toEqual([]);
    const salah = temuan(
      [
        anggaran("PK", [{ level: "program", isi: ["2.17.01", "Program", 1000, 0] }]),
        perubahan,
        anggaran("DPA", [{ level: "program", isi: ["2.17.01", "Program", 1000, 900] }]),
      ],
      "pagu-mismatch",
    );
    expect(ringkas(salah)).toEqual([["DPA", "C2", 1500, 1000, { sheet: "PKP", cell: "D2" }]]);
  });
});

describe("not-measured and not-in-pk", () => {
  it("a PK indicator without realisasi anywhere: every PK that signs it", () => {
    const f = temuan(
      [
        pk("PK", [
          { level: "sasaran", isi: ["S1", "Indeks A", 80] },
          { level: "sasaran", isi: ["S2", "Pertumbuhan PDRB", "5%"] },
        ]),
        pk("PK Sekretaris", [{ level: "sasaran", isi: ["S2", "Pertumbuhan PDRB", "5%"] }]),
        ukur("U", [
          { level: "sasaran", isi: ["Indeks A", 80, 81, ""] },
          {
            level: "sasaran",
            isi: ["Pertumbuhan PDRB", "5%", "Menunggu Rilis PDRB oleh BPS 2024", ""],
          },
        ]),
      ],
      "not-measured",
    );
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([
      ["PK", "B3", "warning"],
      ["PK Sekretaris", "B2", "warning"],
    ]);
  });

  it("no realisasi column in the workbook: a planning file, nothing is unmeasured", () => {
    const f = temuan(
      [pk("PK", [{ level: "sasaran", isi: ["S1", "Indeks A", 80] }])],
      "not-measured",
    );
    expect(f).toEqual([]);
  });

  it("a measured indicator without a PK target, on its first measuring row", () => {
    const f = temuan(
      [
        pk("PK", [{ level: "sasaran", isi: ["S1", "Indeks A", 80] }]),
        ukur("U1", [
          { level: "sasaran", isi: ["Indeks A", 80, 81, ""] },
          { level: "sasaran", isi: ["Persentase Koperasi Aktif", "80%", "52,08%", ""] },
        ]),
        ukur("U2", [{ level: "sasaran", isi: ["Persentase Koperasi Aktif", "80%", "52,08%", ""] }]),
      ],
      "not-in-pk",
    );
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["U1", "A3", "warning"]]);
  });

  it("without a PK table, or below the deepest level the PKs sign, nothing is outside the PK", () => {
    expect(
      temuan([ukur("U", [{ level: "sasaran", isi: ["Indeks A", 80, 81, ""] }])], "not-in-pk"),
    ).toEqual([]);
    const f = temuan(
      [
        pk("PK", [{ level: "kegiatan", isi: ["K1", "Jumlah dokumen", 2] }]),
        ukur("U", [
          { level: "kegiatan", isi: ["Jumlah dokumen", 2, 2, ""] },
          { level: "subkegiatan", isi: ["Jumlah laporan", 2, 2, ""] },
        ]),
      ],
      "not-in-pk",
    );
    expect(f).toEqual([]);
  });
});
