import { periksa } from "../../../src/core/periksa";
import type { Finding, RuleId } from "../../../src/core/periksa/types";
import type { Pengaturan } from "../../../src/core/pengaturan";
import { pct, pengaturan, satu, type Baris, type Kol } from "./pembuat";

function temuan(
  kolom: Kol[],
  baris: Baris[],
  rule: RuleId,
  ubah: Partial<Pengaturan> = {},
): Finding[] {
  const { wb, tables } = satu("T", { kind: "pengukuran", kolom, baris });
  return periksa(wb, tables, pengaturan(ubah)).findings.filter((f) => f.rule === rule);
}

const UKUR: Kol[] = [
  { role: "indikator" },
  { role: "target" },
  { role: "realisasi" },
  { role: "capaian" },
];

describe("value-unreadable", () => {
  it("quotes the raw text and the reason of every unreadable numeric cell, total rows too", () => {
    const { wb, tables } = satu("A", {
      kind: "anggaran",
      kolom: [
        { role: "uraian" },
        { role: "pagu" },
        { role: "realisasi_anggaran" },
        { role: "baseline" },
      ],
      baris: [
        { level: "program", isi: ["P1", 1000, "10.711482.609", "88,72"] },
        { level: "program", isi: ["P2", "3 Dok 100 %", 500, "NA"] },
        { isi: ["JUMLAH", "56.751.3042,00", 1500, null], total: "jumlah" },
      ],
    });
    const f = periksa(wb, tables, pengaturan()).findings.filter(
      (x) => x.rule === "value-unreadable",
    );
    expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([
      ["C2", "warning", "10.711482.609"],
      ["B3", "warning", "3 Dok 100 %"],
      ["B4", "warning", "56.751.3042,00"],
    ]);
    expect(f[0].message).toContain('"10.711482.609"');
    expect(f[0].message).toContain("kelompok");
    expect(f[1].message).toContain("dua nilai dalam satu sel");
  });

  it("pending values are not unreadable; text columns are not read", () => {
    const kolom: Kol[] = [
      { role: "indikator" },
      { role: "target" },
      { role: "realisasi" },
      { role: "keterangan" },
    ];
    const baris: Baris[] = [
      { isi: ["A", "-", "Menunggu Rilis PDRB oleh BPS 2024", "teks bebas 1.2.3"] },
      { isi: ["B", "N/A", null, "x"] },
      { isi: ["C", "Meningkat", "A", ""] },
    ];
    expect(temuan(kolom, baris, "value-unreadable")).toEqual([]);
  });
});

describe("scale-mismatch", () => {
  it("a fraction against percent points: on the realisasi cell, related the target", () => {
    const f = temuan(UKUR, [{ isi: ["A", 80, 0.7704, ""] }], "scale-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cell: "C2",
      severity: "error",
      related: { sheet: "T", cell: "B2" },
    });
    expect(f[0].message).toContain("berbeda skala");
    expect(f[0].messageEn).toContain("different scales");
  });

  it("a percent-formatted target next to a plain number about 100x apart", () => {
    const f = temuan(UKUR, [{ isi: ["A", pct(0.008), 77, ""] }], "scale-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["C2"]);
  });

  it("does not fire for two percent texts, percent formats on both, or count units", () => {
    const baris: Baris[] = [
      { isi: ["A", "0.2%", "5,77%", ""] },
      { isi: ["B", pct(0.765), pct(0.7704), ""] },
      { isi: ["C", 76.5, pct(0.7704), ""] },
      { isi: ["D", "100 Orang", "1 Orang", ""] },
    ];
    expect(temuan(UKUR, baris, "scale-mismatch")).toEqual([]);
  });
});

describe("capaian-outlier", () => {
  it("above batasOutlier on the printed capaian cell, actual the computed capaian", () => {
    const f = temuan(UKUR, [{ isi: ["A", "0.2%", "5,77%", "288,5%"] }], "capaian-outlier");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "D2", severity: "warning" });
    expect(f[0].actual).toBeCloseTo(2885, 9);
    expect(f[0].expected).toBeUndefined();
  });

  it("on the realisasi cell when no capaian is printed; below 0 too", () => {
    const f = temuan(
      [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }],
      [{ isi: ["Kasus", 10, 25], polaritas: "-" }],
      "capaian-outlier",
    );
    expect(f.map((x) => [x.cell, x.actual])).toEqual([["C2", -50]]);
  });

  it("200 itself, 232 under a higher limit and pending values do not fire", () => {
    const baris: Baris[] = [
      { isi: ["A", 5, 10, 200] },
      { isi: ["B", 7, 16.24, 232] },
      { isi: ["C", 7, "-", "-"] },
    ];
    expect(temuan(UKUR, baris, "capaian-outlier")).toHaveLength(1);
    expect(temuan(UKUR, baris, "capaian-outlier", { batasOutlier: 250 })).toEqual([]);
  });
});
