import { periksa } from "../../../src/core/periksa";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import type { Pengaturan } from "../../../src/core/pengaturan";
import { pct, fmt, pengaturan, satu, type Baris, type Kol } from "./pembuat";

function temuan(
  kolom: Kol[],
  baris: Baris[],
  rule: RuleId,
  ubah: Partial<Pengaturan> = {},
  kind: "pengukuran" | "efisiensi" | "anggaran" = "pengukuran",
): Finding[] {
  const { wb, tables } = satu("T", { kind, kolom, baris });
  return periksa(wb, tables, pengaturan(ubah)).findings.filter((f) => f.rule === rule);
}

const UKUR: Kol[] = [
  { role: "indikator" },
  { role: "target" },
  { role: "realisasi" },
  { role: "capaian" },
  { role: "kategori" },
];

describe("capaian-mismatch", () => {
  it("fires on a digit slip with the unrounded expected and the printed actual", () => {
    const f = temuan(UKUR, [{ isi: ["A", 80, 90, 121.5, "Sangat Tinggi"] }], "capaian-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "capaian-mismatch",
      severity: "error",
      sheet: "T",
      cell: "D2",
      expected: 112.5,
      actual: 121.5,
    });
    expect(f[0].related).toBeUndefined();
    expect(f[0].message).toContain("121,5");
    expect(f[0].message).toContain("112,5");
    expect(f[0].messageEn).toContain("121.5");
    expect(f[0].messageEn).toContain("112.5");
  });

  it.each([
    ["rounded half-up", "74,64", 74.6356],
    ["truncated", "62,85", 62.857],
    ["printed 1.50 is 1.5", "1.50", 1.5],
    ["percent text", "100,71%", 100.7058],
  ])("does not fire when %s", (_nama, cetak, dihitung) => {
    const f = temuan(UKUR, [{ isi: ["A", 100, dihitung, cetak, ""] }], "capaian-mismatch");
    expect(f).toEqual([]);
  });

  it("percent-formatted capaian 0.7704 is 77,04; a number format sets the printed decimals", () => {
    const baris: Baris[] = [
      { isi: ["A", 100, 77.04, pct(0.7704), ""] },
      { isi: ["B", 3, 2, fmt(66.67, "0.00"), ""] },
      { isi: ["C", 3, 2, fmt(66.7, "0.0"), ""] },
      { isi: ["D", 7, 16.24, 232, ""] },
    ];
    expect(temuan(UKUR, baris, "capaian-mismatch")).toEqual([]);
  });

  it("a General number with more decimals compares at 2 (a cached formula result)", () => {
    const f = temuan(UKUR, [{ isi: ["A", 7, 4.4, 62.857142857142854, ""] }], "capaian-mismatch");
    expect(f).toEqual([]);
  });

  it("pending or unreadable printed capaian is not a mismatch; neither is an uncomputable one", () => {
    const baris: Baris[] = [
      { isi: ["A", 80, 90, "-", ""] },
      { isi: ["B", 80, 90, "#DIV/0!", ""] },
      { isi: ["C", "5,1%", "Menunggu Rilis PDRB oleh BPS 2024", "100", ""] },
    ];
    expect(temuan(UKUR, baris, "capaian-mismatch")).toEqual([]);
  });

  it("says which formula a printed value follows (T/R for a + row)", () => {
    const f = temuan(UKUR, [{ isi: ["A", 14.8, "11,70%", "126,49", ""] }], "capaian-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBeCloseTo((11.7 / 14.8) * 100, 12);
    expect(f[0].actual).toBe(126.49);
    expect(f[0].message).toContain("target / realisasi x 100");
  });

  it("follows the negative method of the settings", () => {
    const baris: Baris[] = [{ isi: ["Fluktuasi", 14.8, 11.7, "120,95", ""], polaritas: "-" }];
    expect(temuan(UKUR, baris, "capaian-mismatch")).toEqual([]);
    const f = temuan(UKUR, baris, "capaian-mismatch", { metodeNegatif: "rasio" });
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBeCloseTo((14.8 / 11.7) * 100, 12);
  });

  it("checks every year pair and the Renstra progress column", () => {
    const kolom: Kol[] = [
      { role: "indikator" },
      { role: "target", year: 2022 },
      { role: "realisasi", year: 2022 },
      { role: "capaian", year: 2022 },
      { role: "target", year: 2023 },
      { role: "realisasi", year: 2023 },
      { role: "capaian", year: 2023 },
    ];
    const f = temuan(
      kolom,
      [{ isi: ["A", "0.2%", "5,77%", "288,5%", "6.1%", "4,4%", "72,13%"] }],
      "capaian-mismatch",
    );
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["D2", (5.77 / 0.2) * 100, 288.5],
    ]);
    expect(f[0].message).toContain("10 kali lebih kecil");
    const kemajuan = temuan(
      [
        { role: "indikator" },
        { role: "realisasi", year: 2023 },
        { role: "target", variant: "akhir" },
        { role: "kemajuan" },
      ],
      [{ isi: ["A", 90, 95, "94,74"] }, { isi: ["B", 11.7, 14.2, "83,39"] }],
      "capaian-mismatch",
    );
    expect(kemajuan.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["D3", (11.7 / 14.2) * 100, 83.39],
    ]);
  });

  it("tolerance in percent points widens the match", () => {
    const baris: Baris[] = [{ isi: ["A", 80, 90, 112.4, ""] }];
    expect(temuan(UKUR, baris, "capaian-mismatch")).toHaveLength(1);
    const longgar = temuan(UKUR, baris, "capaian-mismatch", {
      toleransi: { persen: 0.15, rupiah: 1, relatif: 0 },
    });
    expect(longgar).toEqual([]);
  });
});

describe("kategori-mismatch", () => {
  it("fires with the scale's label as expected and the printed text as actual", () => {
    const f = temuan(UKUR, [{ isi: ["A", 100, 80, 80, "Sangat Tinggi"] }], "kategori-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cell: "E2",
      severity: "error",
      expected: "Tinggi",
      actual: "Sangat Tinggi",
    });
  });

  it("normalises case and spacing; pending labels are skipped", () => {
    const baris: Baris[] = [
      { isi: ["A", 100, 80, 80, "  tinggi "] },
      { isi: ["B", 100, 95, 95, "SANGAT  TINGGI"] },
      { isi: ["C", 100, 95, 95, "-"] },
    ];
    expect(temuan(UKUR, baris, "kategori-mismatch")).toEqual([]);
  });

  it("a label of another preset scale still fires, naming the scale it fits", () => {
    // 90,5: permendagri86 says Sangat Tinggi (x > 90), the rounded bands Tinggi (76-90 -> < 91).
    const f = temuan(UKUR, [{ isi: ["A", 100, 90.5, 90.5, "Tinggi"] }], "kategori-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe("Sangat Tinggi");
    expect(f[0].message).toContain("91-100");
    const bulat = temuan(UKUR, [{ isi: ["A", 100, 90.5, 90.5, "Tinggi"] }], "kategori-mismatch", {
      skala: "permendagri86-bulat",
    });
    expect(bulat).toEqual([]);
  });

  it("uses the computed capaian, not the printed one", () => {
    const f = temuan(UKUR, [{ isi: ["A", 100, 60, 95, "Sangat Tinggi"] }], "kategori-mismatch");
    expect(f.map((x) => x.expected)).toEqual(["Rendah"]);
  });
});

const ANGGARAN: Kol[] = [
  { role: "uraian" },
  { role: "pagu" },
  { role: "realisasi_anggaran" },
  { role: "serapan" },
  { role: "sisa" },
  { role: "persen_sisa" },
];

describe("serapan-mismatch and sisa-mismatch", () => {
  it("fire on the printed cells with unrounded expected values", () => {
    const baris: Baris[] = [
      {
        level: "program",
        isi: ["Program", 4217956933, 3458399377, 81.4, 963127746, 8.19],
      },
    ];
    const ser = temuan(ANGGARAN, baris, "serapan-mismatch", {}, "anggaran");
    expect(ser.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["D2", (3458399377 / 4217956933) * 100, 81.4],
    ]);
    const sisa = temuan(ANGGARAN, baris, "sisa-mismatch", {}, "anggaran");
    expect(sisa.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["E2", 4217956933 - 3458399377, 963127746],
      ["F2", ((4217956933 - 3458399377) / 4217956933) * 100, 8.19],
    ]);
  });

  it("do not fire on truncated 99,99, on a rupiah within tolerance, or on text amounts", () => {
    const baris: Baris[] = [
      { level: "program", isi: ["A", 1000000, 999998, "99,99", 2, "0,00"] },
      { level: "program", isi: ["B", "Rp 2.000.000,-", "1.500.000", "75 %", 500001, 25] },
      { level: "program", isi: ["C", 0, 0, "-", 0, "-"] },
    ];
    expect(temuan(ANGGARAN, baris, "serapan-mismatch", {}, "anggaran")).toEqual([]);
    expect(temuan(ANGGARAN, baris, "sisa-mismatch", {}, "anggaran")).toEqual([]);
  });
});

describe("efisiensi-mismatch", () => {
  const EF: Kol[] = [
    { role: "sasaran" },
    { role: "target" },
    { role: "realisasi" },
    { role: "capaian" },
    { role: "pagu" },
    { role: "realisasi_anggaran" },
    { role: "serapan" },
    { role: "efisiensi" },
  ];

  it("a value built on a wrong printed serapan: expected from the computed inputs", () => {
    const baris: Baris[] = [
      { isi: ["S1", "76,50%", "77,32%", 101.07, 4217956933, 3458399377, 81.4, "19,67 %"] },
    ];
    const f = temuan(EF, baris, "efisiensi-mismatch", {}, "efisiensi");
    expect(f).toHaveLength(1);
    const capaian = (77.32 / 76.5) * 100;
    const serapan = (3458399377 / 4217956933) * 100;
    expect(f[0]).toMatchObject({ cell: "H2", severity: "warning", actual: 19.67 });
    expect(f[0].expected).toBeCloseTo(capaian - serapan, 12);
    expect(f[0].message).toContain("tidak cocok dengan metode mana pun");
  });

  it("from printed rounded inputs it matches: no finding", () => {
    // 101,07 - 89,84 = 11,23 (unrounded: 101,0719 - 89,8408 = 11,2311)
    const baris: Baris[] = [{ isi: ["S", 76.5, 77.32, 101.07, 1000000, 898408, 89.84, "11,23"] }];
    expect(temuan(EF, baris, "efisiensi-mismatch", {}, "efisiensi")).toEqual([]);
  });

  it("a value of another method is a warning naming it", () => {
    const baris: Baris[] = [{ isi: ["S", 80, 90, 112.5, 100, 75, 75, "1,50"] }];
    const f = temuan(EF, baris, "efisiensi-mismatch", {}, "efisiensi");
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe(37.5);
    expect(f[0].message).toContain("rasio");
    expect(
      temuan(EF, baris, "efisiensi-mismatch", { metodeEfisiensi: "rasio" }, "efisiensi"),
    ).toEqual([]);
  });
});
