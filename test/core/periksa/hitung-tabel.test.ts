import { hitungTabel } from "../../../src/core/periksa/hitung-tabel";
import { tahunLaporanBawaan } from "../../../src/core/periksa/tahun";
import { periksa } from "../../../src/core/periksa";
import { buku, pct, fmt, pengaturan, satu } from "./pembuat";

describe("hitungTabel: the report shape", () => {
  const { wb, tables } = buku({
    name: "Ukur",
    tables: [
      {
        kind: "pengukuran",
        r: 2,
        c: 1,
        kolom: [
          { role: "no" },
          { role: "sasaran" },
          { role: "indikator" },
          { role: "target", year: 2023 },
          { role: "realisasi", year: 2023 },
          { role: "capaian", year: 2023 },
          { role: "kategori" },
          { role: "target", year: 2022 },
          { role: "realisasi", year: 2022 },
          { role: "keterangan" },
          { role: "keterangan" },
        ],
        baris: [
          {
            level: "sasaran",
            isi: [
              "1.",
              "Meningkatnya UMKM",
              "Persentase UMKM naik kelas",
              80,
              "90%",
              112.5,
              "Sangat Tinggi",
              "0,2%",
              "5,77%",
            ],
          },
        ],
      },
    ],
  });
  const r = hitungTabel(wb, tables[0], pengaturan(), 2023);

  it("range, 1-based header rows and column keys with years and duplicates", () => {
    expect(r.sheet).toBe("Ukur");
    expect(r.range).toBe("B3:L4");
    expect(r.headerRows).toEqual([3, 3]);
    expect(r.kind).toBe("pengukuran");
    expect(r.columns).toEqual({
      no: "B",
      sasaran: "C",
      indikator: "D",
      target_2023: "E",
      realisasi_2023: "F",
      capaian_2023: "G",
      kategori: "H",
      target_2022: "I",
      realisasi_2022: "J",
      keterangan: "K",
      keterangan_2: "L",
    });
  });

  it("the report year's target and realisasi, capaian and kategori computed", () => {
    expect(r.rows).toEqual([
      {
        row: 4,
        level: "sasaran",
        kode: "1.",
        indikator: "Persentase UMKM naik kelas",
        polaritas: "+",
        target: 80,
        realisasi: 90,
        capaian: 112.5,
        kategori: "Sangat Tinggi",
      },
    ]);
  });

  it("another report year takes that year's columns", () => {
    const r22 = hitungTabel(wb, tables[0], pengaturan(), 2022);
    expect(r22.rows[0].target).toBe(0.2);
    expect(r22.rows[0].realisasi).toBe(5.77);
    expect(r22.rows[0].capaian).toBeCloseTo(2885, 9);
  });
});

describe("hitungTabel: values", () => {
  it("Sebelum/Sesudah: Sesudah wins for target and pagu", () => {
    const { wb, tables } = satu("PK", {
      kind: "pk",
      kolom: [
        { role: "indikator" },
        { role: "target", variant: "sebelum" },
        { role: "target", variant: "sesudah" },
        { role: "pagu", variant: "sebelum" },
        { role: "pagu", variant: "sesudah" },
      ],
      baris: [{ level: "program", isi: ["Persentase A", "80 Prosen", "85 Prosen", 1000, 1200] }],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.columns).toEqual({
      indikator: "A",
      target_sebelum: "B",
      target_sesudah: "C",
      pagu_sebelum: "D",
      pagu_sesudah: "E",
    });
    expect(r.rows[0]).toEqual({
      row: 2,
      level: "program",
      indikator: "Persentase A",
      polaritas: "+",
      target: 85,
      pagu: 1200,
    });
  });

  it("percent-formatted cells read as percent points; 0.7704 against 76,5 is no trap", () => {
    const { wb, tables } = satu("T", {
      kind: "pengukuran",
      kolom: [
        { role: "indikator" },
        { role: "target" },
        { role: "realisasi" },
        { role: "capaian" },
      ],
      baris: [{ isi: ["Indeks X", 76.5, pct(0.7704), 100.71] }],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.rows[0].target).toBe(76.5);
    expect(r.rows[0].realisasi).toBe(77.04);
    expect(r.rows[0].capaian).toBeCloseTo((77.04 / 76.5) * 100, 12);
  });

  it("separators settled by the column: 1.500 next to 2.750.000 is fifteen hundred", () => {
    const { wb, tables } = satu("A", {
      kind: "anggaran",
      kolom: [{ role: "uraian" }, { role: "pagu" }, { role: "realisasi_anggaran" }],
      baris: [
        { level: "program", isi: ["Program A", "1.500", "1.200"] },
        { level: "program", isi: ["Program B", "2.750.000", "2.000.000"] },
      ],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.rows[0].pagu).toBe(1500);
    expect(r.rows[0].realisasi_anggaran).toBe(1200);
  });

  it("budget row: serapan, sisa and efisiensi with the settings' method", () => {
    const { wb, tables } = satu("E", {
      kind: "efisiensi",
      kolom: [
        { role: "sasaran" },
        { role: "target" },
        { role: "realisasi" },
        { role: "pagu" },
        { role: "realisasi_anggaran" },
      ],
      baris: [{ level: "sasaran", isi: ["S1", 80, 90, 4000, 3000] }],
    });
    const selisih = hitungTabel(wb, tables[0], pengaturan(), undefined).rows[0];
    expect(selisih.capaian).toBe(112.5);
    expect(selisih.serapan).toBe(75);
    expect(selisih.sisa).toBe(1000);
    expect(selisih.efisiensi).toBe(37.5);
    const rasio = hitungTabel(wb, tables[0], pengaturan({ metodeEfisiensi: "rasio" }), undefined);
    expect(rasio.rows[0].efisiensi).toBe(1.5);
  });

  it("negative polarity with the settings' method; grades give capaian but no number", () => {
    const { wb, tables } = satu("T", {
      kind: "pengukuran",
      kolom: [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }],
      baris: [
        { isi: ["Tingkat pengangguran", 10, 5], polaritas: "-" },
        { isi: ["Nilai SAKIP", "A", "BB"] },
      ],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.rows[0].capaian).toBe(150);
    expect(r.rows[0].polaritas).toBe("-");
    const rasio = hitungTabel(wb, tables[0], pengaturan({ metodeNegatif: "rasio" }), undefined);
    expect(rasio.rows[0].capaian).toBe(200);
    expect(r.rows[1].target).toBeUndefined();
    expect(r.rows[1].capaian).toBeCloseTo((5 / 6) * 100, 12);
    expect(r.rows[1].kategori).toBe("Tinggi");
  });

  it("pending and unreadable values leave capaian absent, never 0", () => {
    const { wb, tables } = satu("T", {
      kind: "pengukuran",
      kolom: [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }],
      baris: [
        { isi: ["Pertumbuhan PDRB", "5,1%", "Menunggu Rilis PDRB oleh BPS 2024"] },
        { isi: ["Y", 0, 5] },
        { isi: ["Z", "71% 55%", 5] },
      ],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.rows[0]).toEqual({
      row: 2,
      indikator: "Pertumbuhan PDRB",
      polaritas: "+",
      target: 5.1,
    });
    expect(r.rows[1]).toEqual({ row: 3, indikator: "Y", polaritas: "+", target: 0, realisasi: 5 });
    expect(r.rows[2]).toEqual({ row: 4, indikator: "Z", polaritas: "+", realisasi: 5 });
  });

  it("Renstra progress is not the report year's capaian: no target, capaian or kategori", () => {
    const { wb, tables } = satu("K", {
      kind: "pengukuran",
      kolom: [
        { role: "indikator" },
        { role: "realisasi", year: 2023 },
        { role: "target", year: 2026, variant: "akhir" },
        { role: "kemajuan" },
      ],
      baris: [{ isi: ["Persentase Pelaku Usaha", "16,24%", "9%", "180,44"] }],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), 2023);
    expect(r.columns.target_2026_akhir).toBe("C");
    expect(r.rows[0]).toEqual({
      row: 2,
      indikator: "Persentase Pelaku Usaha",
      polaritas: "+",
      realisasi: 16.24,
    });
  });

  it("money printed as `Rp.` | amount: the amount is read from the next cell", () => {
    const { wb, tables } = satu("PK", {
      kind: "pk",
      kolom: [{ role: "subkegiatan" }, { role: "pagu" }, { role: "keterangan" }],
      baris: [
        { level: "subkegiatan", isi: ["Sub A", "Rp.", "47.299.720"] },
        { level: "subkegiatan", isi: ["Sub B", "Rp. 976.183.907", "APBD"] },
        { level: "subkegiatan", isi: ["Sub C", "Rp.", null] },
      ],
    });
    const r = hitungTabel(wb, tables[0], pengaturan(), undefined);
    expect(r.rows.map((x) => x.pagu)).toEqual([47299720, 976183907, undefined]);
  });

  it("a budget-only row has no polarity", () => {
    const { wb, tables } = satu("A", {
      kind: "anggaran",
      kolom: [{ role: "kode" }, { role: "uraian" }, { role: "pagu" }],
      baris: [{ level: "program", isi: ["2.17.01", "Program", fmt(100, "#,##0")] }],
    });
    expect(hitungTabel(wb, tables[0], pengaturan(), undefined).rows[0]).toEqual({
      row: 2,
      level: "program",
      kode: "2.17.01",
      pagu: 100,
    });
  });
});

describe("tahunLaporanBawaan", () => {
  const renstra = {
    kind: "renstra" as const,
    kolom: [
      { role: "indikator" as const },
      { role: "target" as const, year: 2023 },
      { role: "target" as const, year: 2026 },
    ],
    baris: [{ isi: ["A", 5, 9] }],
  };

  it("the latest year with realisasi, not the latest target year", () => {
    const { wb, tables } = buku(
      { name: "R", tables: [renstra] },
      {
        name: "U",
        tables: [
          {
            kind: "pengukuran",
            kolom: [
              { role: "indikator" },
              { role: "realisasi", year: 2022 },
              { role: "realisasi", year: 2023 },
              { role: "realisasi", year: 2024 },
            ],
            baris: [{ isi: ["A", 3, 4, "-"] }],
          },
        ],
      },
    );
    expect(tahunLaporanBawaan(wb, tables)).toBe(2023);
  });

  it("a title year counts for un-yeared realisasi; no realisasi -> latest target year", () => {
    const u = {
      kind: "pengukuran" as const,
      title: "Capaian Kinerja Tahun 2024",
      kolom: [{ role: "indikator" as const }, { role: "realisasi" as const }],
      baris: [{ isi: ["A", 7] }],
    };
    const dariJudul = buku({ name: "U", tables: [u] });
    expect(tahunLaporanBawaan(dariJudul.wb, dariJudul.tables)).toBe(2024);
    const { wb, tables } = buku({ name: "R", tables: [renstra] });
    expect(tahunLaporanBawaan(wb, tables)).toBe(2026);
    expect(tahunLaporanBawaan({ sheets: [] }, [])).toBeUndefined();
  });

  it("periksa uses it: the Renstra row reports the 2023 target", () => {
    const { wb, tables } = buku(
      { name: "R", tables: [renstra] },
      {
        name: "U",
        tables: [
          {
            kind: "pengukuran",
            kolom: [{ role: "indikator" }, { role: "realisasi", year: 2023 }],
            baris: [{ isi: ["A", 4] }],
          },
        ],
      },
    );
    const r = periksa(wb, tables, pengaturan());
    expect(r.tables[0].rows[0].target).toBe(5);
    const lain = periksa(wb, tables, pengaturan({ tahun: 2026 }));
    expect(lain.tables[0].rows[0].target).toBe(9);
  });
});
