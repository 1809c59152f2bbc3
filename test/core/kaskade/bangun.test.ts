import {
  bangunKaskade,
  capaianKemunculan,
  nilaiAnggaran,
  nilaiKinerja,
} from "../../../src/core/kaskade";
import { bacaTabel } from "../../../src/core/periksa/baca";
import type { Kaskade } from "../../../src/core/kaskade";
import { buku, pengaturan, type Lembar } from "../periksa/pembuat";

function kaskade(tahun: number | undefined, ...lembar: Lembar[]): Kaskade {
  const { wb, tables } = buku(...lembar);
  const tabel = tables.map((t, i) =>
    bacaTabel(wb.sheets.find((s) => s.name === t.sheet) ?? wb.sheets[0], 0, t, i, tahun),
  );
  return bangunKaskade(tabel);
}

const ANGGARAN: Lembar = {
  name: "DPA",
  tables: [
    {
      kind: "anggaran",
      kolom: [
        { role: "kode" },
        { role: "uraian" },
        { role: "pagu" },
        { role: "realisasi_anggaran" },
      ],
      baris: [
        { level: "program", isi: ["2.17.01", "Program Penunjang", 300, 250] },
        { level: "kegiatan", induk: 0, isi: ["2.01", "Perencanaan", 100, 90] },
        { level: "subkegiatan", induk: 1, isi: ["01", "Penyusunan Dokumen", 100, 90] },
        { level: "kegiatan", isi: ["2.17.01.2.02", "Administrasi Keuangan", 200, 160] },
      ],
    },
  ],
};

const PK: Lembar = {
  name: "PK",
  tables: [
    {
      kind: "pk",
      kolom: [
        { role: "kode" },
        { role: "program" },
        { role: "indikator" },
        { role: "target" },
        { role: "pagu" },
      ],
      baris: [
        { level: "program", isi: [null, "PROGRAM PENUNJANG", "Persentase layanan", "100%", 320] },
        {
          level: "kegiatan",
          isi: ["2.17.01.2.01.", "Perencanaan (lain nama)", "Jumlah dokumen", "18 Dokumen", 100],
        },
      ],
    },
  ],
};

describe("entities", () => {
  const k = kaskade(2023, ANGGARAN, PK);

  it("relative codes completed from the parent; parents by row and by code prefix", () => {
    expect(k.kodeBaris[0]).toEqual(["2.17.1", "2.17.1.2.1", "2.17.1.2.1.1", "2.17.1.2.2"]);
    const program = k.entitasBaris[0][0];
    expect(program?.kode).toBe("2.17.1");
    expect(program?.anak.map((e) => e.nama)).toEqual(["Perencanaan", "Administrasi Keuangan"]);
    expect(k.entitasBaris[0][2]?.induk).toBe(k.entitasBaris[0][1]);
  });

  it("one entity per code across tables whatever its name; by name at the same level otherwise", () => {
    expect(k.entitasBaris[1][1]).toBe(k.entitasBaris[0][1]);
    expect(k.entitasBaris[1][0] === k.entitasBaris[0][0]).toBe(true);
    const perencanaan = k.entitasBaris[0][1];
    expect(
      perencanaan?.kemunculan.map((m) => [
        m.tabel,
        m.baris,
        nilaiAnggaran(k, m, "pagu").map((p) => p.nilai.raw),
      ]),
    ).toEqual([
      [0, 1, ["100"]],
      [1, 1, ["100"]],
    ]);
  });
});

describe("indicators", () => {
  const u = (
    name: string,
    level: "sasaran" | "tujuan",
    teks: string,
    t: number,
    r: number,
  ): Lembar => ({
    name,
    tables: [
      {
        kind: "pengukuran",
        kolom: [
          { role: "sasaran" },
          { role: "indikator" },
          { role: "target" },
          { role: "realisasi" },
        ],
        baris: [{ level, isi: ["S", teks, t, r] }],
      },
    ],
  });

  it("linked by normalised name at the same level, with target, realisasi and capaian per year", () => {
    const k = kaskade(
      2023,
      u("A", "sasaran", "Persentase Koperasi Aktif", 80, 77),
      u("B", "sasaran", "Prosentase koperasi aktif", 80, 78),
      u("C", "tujuan", "Persentase Koperasi Aktif", 80, 79),
    );
    expect(k.indikator).toHaveLength(2);
    const [sasaran, tujuan] = k.indikator;
    expect(sasaran.level).toBe("sasaran");
    expect(
      sasaran.kemunculan.map((m) => [
        m.tabel,
        nilaiKinerja(k, m, "target")[0].tahun,
        nilaiKinerja(k, m, "realisasi")[0].nilai.raw,
      ]),
    ).toEqual([
      [0, 2023, "77"],
      [1, 2023, "78"],
    ]);
    expect(capaianKemunculan(k, sasaran.kemunculan[1], pengaturan())).toEqual([
      { tahun: 2023, capaian: { ok: true, value: 97.5 } },
    ]);
    expect(tujuan.kemunculan.map((m) => m.tabel)).toEqual([2]);
  });

  it("eras: Sebelum before the Perubahan, Sesudah after; plans hold for both", () => {
    const k = kaskade(
      2023,
      {
        name: "R",
        tables: [
          {
            kind: "renstra",
            kolom: [{ role: "indikator" }, { role: "target", year: 2023 }],
            baris: [{ level: "sasaran", isi: ["Indeks A", 80] }],
          },
        ],
      },
      {
        name: "P",
        tables: [
          {
            kind: "pk",
            kolom: [
              { role: "indikator" },
              { role: "target", variant: "sebelum" },
              { role: "target", variant: "sesudah" },
              { role: "realisasi" },
            ],
            baris: [{ level: "sasaran", isi: ["Indeks A", 80, 85, 84] }],
          },
        ],
      },
    );
    expect(k.eraKolom).toEqual([
      ["any", "any"],
      ["post", "pre", "post", "post"],
    ]);
  });
});
