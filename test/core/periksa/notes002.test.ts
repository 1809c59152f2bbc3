/**
 * Real inconsistencies of the Sumenep LKjIP 2023 (NOTES-002 section 4), rebuilt by hand as small
 * sheets laid out as the report prints them.
 */
import { periksa } from "../../../src/core/periksa";
import type { Finding } from "../../../src/core/periksa/types";
import { buku, fmt, pengaturan, type Lembar } from "./pembuat";

const RP = (v: number) => fmt(v, "#,##0");

const RENSTRA: Lembar = {
  name: "T2.1 Renstra",
  tables: [
    {
      kind: "renstra",
      r: 2,
      kolom: [
        { role: "no" },
        { role: "sasaran" },
        { role: "indikator" },
        { role: "target", year: 2022 },
        { role: "target", year: 2023 },
        { role: "target", year: 2024 },
        { role: "target", year: 2025 },
        { role: "target", year: 2026 },
      ],
      baris: [
        {
          level: "sasaran",
          isi: [
            "1.",
            "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
            "Persentase pertumbuhan sektor PDRB Industri pengolahan",
            "0.5%",
            "6.1%",
            "6.2%",
            "6.3%",
            "6.4%",
          ],
        },
        {
          level: "sasaran",
          isi: [
            "2.",
            "Terjaminnya akses terhadap kebutuhan Pokok",
            "Persentase fluktuasi harga Bapokti",
            "15%",
            "14,8%",
            "14,6%",
            "14,4%",
            "14,2%",
          ],
        },
        {
          level: "sasaran",
          isi: [
            "3.",
            "Meningkatnya Pendapatan Pelaku UMKM",
            "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
            "6%",
            "7%",
            "8%",
            "8,5%",
            "9%",
          ],
        },
      ],
    },
  ],
};

const PK: Lembar = {
  name: "T2.4 PK 2023",
  tables: [
    {
      kind: "pk",
      title: "Perjanjian Kinerja Tahun 2023",
      r: 2,
      kolom: [
        { role: "no" },
        { role: "sasaran" },
        { role: "indikator" },
        { role: "satuan" },
        { role: "target" },
      ],
      baris: [
        {
          level: "sasaran",
          isi: [
            null,
            "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
            "Persentase pertumbuhan sektor PDRB Industri pengolahan",
            "Persentase (%)",
            "0.5%",
          ],
        },
        {
          level: "sasaran",
          isi: [
            null,
            "Terjaminnya akses terhadap kebutuhan Pokok",
            "Persentase fluktuasi harga Bapokti",
            "Persentase (%)",
            "14,8%",
          ],
        },
        {
          level: "sasaran",
          isi: [
            null,
            "Meningkatnya Pendapatan Pelaku UMKM",
            "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
            "Persentase (%)",
            "7%",
          ],
        },
        {
          level: "sasaran",
          isi: [
            null,
            "Tertib administrasi",
            "Persentase dokumen perencanaan tepat waktu",
            "Dokumen",
            "18",
          ],
        },
      ],
    },
  ],
};

const PERBANDINGAN: Lembar = {
  name: "T3.3 Perbandingan",
  tables: [
    {
      kind: "pengukuran",
      r: 2,
      kolom: [
        { role: "indikator" },
        { role: "target", year: 2022 },
        { role: "realisasi", year: 2022 },
        { role: "capaian", year: 2022 },
        { role: "target", year: 2023 },
        { role: "realisasi", year: 2023 },
        { role: "capaian", year: 2023 },
      ],
      baris: [
        {
          level: "sasaran",
          isi: [
            "Persentase pertumbuhan sektor PDRB Industri pengolahan",
            "0.5%",
            "7,89%",
            "157,8%",
            "6.1%",
            "Menunggu Rilis PDRB oleh BPS 2024",
            "-",
          ],
        },
        {
          level: "sasaran",
          isi: [
            "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
            "6%",
            "6,5%",
            "108,33%",
            "7%",
            "16,24%",
            "232%",
          ],
        },
      ],
    },
  ],
};

const STANDAR: Lembar = {
  name: "T3.5 Standar Nasional",
  tables: [
    {
      kind: "pengukuran",
      r: 2,
      kolom: [
        { role: "no" },
        { role: "sasaran" },
        { role: "indikator" },
        { role: "realisasi", year: 2023 },
        { role: "standar" },
      ],
      baris: [
        {
          level: "tujuan",
          isi: [
            1,
            "Meningkatkan Kualitas Koperasi dan UMKM",
            "Persentase Koperasi Aktif",
            "52,08%",
            "-",
          ],
        },
      ],
    },
  ],
};

const ANGGARAN: Lembar = {
  name: "T3.8 Anggaran",
  tables: [
    {
      kind: "anggaran",
      r: 2,
      kolom: [
        { role: "no" },
        { role: "uraian" },
        { role: "pagu" },
        { role: "realisasi_anggaran" },
        { role: "serapan" },
      ],
      baris: [
        {
          level: "program",
          isi: [1, "PROGRAM PENUNJANG URUSAN", RP(12649363995), RP(11580000000), 91.55],
        },
        {
          level: "program",
          isi: [2, "PROGRAM PENGAWASAN KOPERASI", RP(14428162499), RP(11418136965), 79.14],
        },
        { isi: ["TOTAL", null, RP(27910420344), RP(25901226039), 92.8], total: "jumlah" },
      ],
    },
  ],
};

function periksaSemua(): Finding[] {
  const { wb, tables } = buku(RENSTRA, PK, PERBANDINGAN, STANDAR, ANGGARAN);
  return periksa(wb, tables, pengaturan()).findings;
}

const cari = (f: Finding[], rule: string, sheet: string, cell: string) =>
  f.find((x) => x.rule === rule && x.sheet === sheet && x.cell === cell);

describe("NOTES-002 section 4 in hand-built sheets", () => {
  const f = periksaSemua();

  it("4.1 PK with last year's target -> target-mismatch against the Renstra 2023 column", () => {
    expect(cari(f, "target-mismatch", "T2.4 PK 2023", "E4")).toMatchObject({
      severity: "error",
      expected: 6.1,
      actual: 0.5,
      related: { sheet: "T2.1 Renstra", cell: "E4" },
    });
    expect(
      f.filter((x) => x.rule === "target-mismatch").map((x) => `${x.sheet}!${x.cell}`),
    ).toEqual(["T2.4 PK 2023!E4"]);
  });

  it("4.4 2022 capaian 10x too small -> capaian-mismatch 157,8 vs 1578 (and its outlier)", () => {
    const m = cari(f, "capaian-mismatch", "T3.3 Perbandingan", "D4");
    expect(m?.expected).toBeCloseTo(1578, 9);
    expect(m?.actual).toBe(157.8);
    expect(m?.message).toContain("10 kali lebih kecil");
    expect(cari(f, "capaian-outlier", "T3.3 Perbandingan", "D4")?.actual).toBeCloseTo(1578, 9);
    // 2023 of the same row is pending: nothing
    expect(f.filter((x) => x.sheet === "T3.3 Perbandingan" && x.cell === "G4")).toEqual([]);
  });

  it("4.11 office total does not add up -> total-mismatch on both amounts, not on its serapan", () => {
    const t = f.filter((x) => x.rule === "total-mismatch");
    expect(t.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["C6", 12649363995 + 14428162499, 27910420344],
      ["D6", 11580000000 + 11418136965, 25901226039],
    ]);
    // 92,80 % is consistent with the total's own printed amounts: the amounts are the error.
    expect(cari(f, "total-mismatch", "T3.8 Anggaran", "E6")).toBeUndefined();
  });

  it("4.16 232 % -> capaian-outlier on the printed capaian cell", () => {
    const o = cari(f, "capaian-outlier", "T3.3 Perbandingan", "G5");
    expect(o?.severity).toBe("warning");
    expect(o?.actual).toBeCloseTo(232, 9);
  });

  it("4.3 Persentase Koperasi Aktif measured without PK target -> not-in-pk", () => {
    expect(cari(f, "not-in-pk", "T3.5 Standar Nasional", "C4")).toMatchObject({
      severity: "warning",
    });
  });

  it("Persentase with Dokumen -> unit-mismatch on the satuan cell", () => {
    expect(cari(f, "unit-mismatch", "T2.4 PK 2023", "D7")).toMatchObject({ actual: "Dokumen" });
  });

  it("4.5 fluktuasi harga with + -> polarity-suspect on the Renstra row", () => {
    expect(
      f.filter((x) => x.rule === "polarity-suspect").map((x) => `${x.sheet}!${x.cell}`),
    ).toEqual(["T2.1 Renstra!C5"]);
  });

  it("findings come sorted by sheet, row, column and rule, one per rule and cell", () => {
    const kunci = f.map((x) => `${x.rule}|${x.sheet}|${x.cell}`);
    expect(new Set(kunci).size).toBe(kunci.length);
    const lembar = [
      "T2.1 Renstra",
      "T2.4 PK 2023",
      "T3.3 Perbandingan",
      "T3.5 Standar Nasional",
      "T3.8 Anggaran",
    ];
    const posisi = (x: Finding) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x.cell);
      return [lembar.indexOf(x.sheet), Number(m?.[2]), m?.[1] ?? "", x.rule] as const;
    };
    for (let i = 1; i < f.length; i++) {
      const [a, b] = [posisi(f[i - 1]), posisi(f[i])];
      const urut =
        a[0] !== b[0]
          ? a[0] < b[0]
          : a[1] !== b[1]
            ? a[1] < b[1]
            : a[2] !== b[2]
              ? a[2] < b[2]
              : a[3] < b[3];
      expect(urut).toBe(true);
    }
  });
});
