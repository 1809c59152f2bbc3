import { bacaPengaturan } from "../../src/core/pengaturan-baca";
import { PENGATURAN_BAWAAN } from "../../src/core/pengaturan";
import type { Skala } from "../../src/core/kategori";

describe("bacaPengaturan", () => {
  it("gives the defaults for nothing, an empty object, or editor keys", () => {
    for (const json of [undefined, null, {}, { $schema: "x", keterangan: "Bappeda" }]) {
      const { pengaturan, masalah } = bacaPengaturan(json);
      expect(masalah).toEqual([]);
      expect(pengaturan).toEqual({ ...PENGATURAN_BAWAAN });
    }
  });

  it("reads every key", () => {
    const { pengaturan, masalah } = bacaPengaturan({
      skala: "Permendagri86-Bulat",
      metodeNegatif: "rasio",
      metodeEfisiensi: "indeks",
      pitaEfisiensi: [
        [100, "Efisien"],
        [0, "Tidak Efisien"],
      ],
      polaritasBawaan: "Menurun",
      pembulatan: "truncate",
      toleransi: { persen: 0.01, rupiah: 1000 },
      tahun: 2023,
      batasOutlier: 150,
    });
    expect(masalah).toEqual([]);
    expect(pengaturan.skala).toBe("permendagri86-bulat");
    expect(pengaturan.metodeNegatif).toBe("rasio");
    expect(pengaturan.metodeEfisiensi).toBe("indeks");
    expect(pengaturan.pitaEfisiensi?.bands.map((b) => [b.label, b.min, b.max])).toEqual([
      ["Efisien", 100, undefined],
      ["Tidak Efisien", 0, 100],
    ]);
    expect(pengaturan.polaritasBawaan).toBe("-");
    expect(pengaturan.pembulatan).toBe("truncate");
    expect(pengaturan.toleransi).toEqual({ persen: 0.01, rupiah: 1000, relatif: 0 });
    expect(pengaturan.tahun).toBe(2023);
    expect(pengaturan.batasOutlier).toBe(150);
  });

  it("builds a user scale from a table and reports its gaps", () => {
    const { pengaturan, masalah } = bacaPengaturan({
      skala: [
        [91, 100, "Sangat Baik"],
        [76, 90, "Baik"],
        [0, 75, "Kurang"],
      ],
    });
    const skala = pengaturan.skala as Skala;
    expect(skala.id).toBe("pengguna");
    expect(skala.bands.map((b) => b.label)).toEqual(["Sangat Baik", "Baik", "Kurang"]);
    expect(masalah).toEqual([
      "skala: Celah skala antara 75 (Kurang) dan 76 (Baik): capaian di antaranya tidak mendapat kategori.",
      "skala: Celah skala antara 90 (Baik) dan 91 (Sangat Baik): capaian di antaranya tidak mendapat kategori.",
    ]);
  });

  it("reports unknown keys and bad values in Indonesian and keeps the defaults", () => {
    const { pengaturan, masalah } = bacaPengaturan({
      skala: "permendagri",
      metodeNegatif: "kebalikan",
      metodeEfisiensi: 3,
      polaritasBawaan: "+/-",
      pembulatan: "round",
      toleransi: { persen: -1, uang: 5 },
      tahun: 23,
      batasOutlier: 0,
      skalaa: "atribut",
    });
    expect(pengaturan).toEqual({ ...PENGATURAN_BAWAAN });
    expect(masalah).toEqual([
      'skala: skala "permendagri" tidak dikenal; gunakan permendagri86, permendagri86-bulat, atribut atau tabel [[batas bawah, "label"], ...].',
      'metodeNegatif: gunakan selisih, rasio atau sisa, bukan "kebalikan".',
      "metodeEfisiensi: gunakan selisih, rasio atau indeks, bukan 3.",
      'polaritasBawaan: gunakan "+" atau "-", bukan "+/-".',
      'pembulatan: gunakan "half-up" atau "truncate", bukan "round".',
      "toleransi.persen: harus berupa angka 0 atau lebih, bukan -1.",
      "toleransi.uang: kunci tidak dikenal; yang dikenal: persen, rupiah, relatif.",
      "tahun: harus berupa tahun (mis. 2023), bukan 23.",
      "batasOutlier: harus berupa angka persen di atas 0 (mis. 200), bukan 0.",
      'Kunci "skalaa" tidak dikenal dan diabaikan; yang dikenal: skala, metodeNegatif, metodeEfisiensi, pitaEfisiensi, polaritasBawaan, pembulatan, toleransi, tahun, batasOutlier, koreksi.',
    ]);
  });

  it("refuses a config that is not an object", () => {
    const { pengaturan, masalah } = bacaPengaturan([1, 2]);
    expect(pengaturan).toEqual({ ...PENGATURAN_BAWAAN });
    expect(masalah).toEqual([
      'Berkas pengaturan harus berupa objek JSON { "skala": ..., ... }, bukan [1,2]; pengaturan bawaan dipakai.',
    ]);
  });

  it("does not share the defaults' tolerance object", () => {
    const a = bacaPengaturan({}).pengaturan;
    a.toleransi.persen = 5;
    expect(bacaPengaturan({}).pengaturan.toleransi.persen).toBe(0);
    expect(PENGATURAN_BAWAAN.toleransi.persen).toBe(0);
  });

  it("reads recognition corrections", () => {
    const { koreksi, masalah } = bacaPengaturan({
      koreksi: [
        {
          sheet: "T3.1",
          at: "A3:H40",
          kind: "pengukuran",
          columns: [{ col: "F", role: "capaian" }],
        },
        { sheet: "Aset", at: "A1", kind: "bukan" },
        {
          sheet: "X",
          at: "A1",
          kind: "lkjip",
          columns: [{ col: "B", role: "hasil", year: "2023" }],
        },
        "salah",
      ],
    });
    expect(koreksi).toEqual([
      {
        sheet: "T3.1",
        at: "A3:H40",
        kind: "pengukuran",
        columns: [{ col: "F", role: "capaian" }],
      },
      { sheet: "Aset", at: "A1", kind: "bukan" },
      { sheet: "X", at: "A1" },
    ]);
    expect(masalah).toEqual([
      'koreksi[2].kind: jenis tabel "lkjip" tidak dikenal; gunakan renstra, iku, pk, pengukuran, anggaran, efisiensi atau "bukan".',
      'koreksi[2].columns[0]: peran kolom "hasil" tidak dikenal.',
      'koreksi[3]: perlu "sheet" (nama lembar) dan "at" (rentang tabel, mis. "A3:H40").',
    ]);
  });
});
