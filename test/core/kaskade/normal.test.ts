import { kataKata, kunciKode, kunciNama, segmenKode } from "../../../src/core/kaskade/normal";

describe("kunciNama", () => {
  it.each([
    ["Persentase Koperasi Aktif", "prosentase  koperasi aktif"],
    ["Persentase Koperasi Aktif", "Presentase Koperasi Aktif."],
    ["Persentase Koperasi Sehat", "Presentasi Koperasi sehat"],
    ["Persentase Koperasi Aktif", "Persenta se Koperasi Aktif"],
    ["Jumlah UMKM binaan", "Banyaknya UMKM binaan"],
    ["Meningkatnya kualitas koperasi", "Meningkatkan Kualitas Koperasi"],
    ["Pendapatannya Meningkat", "Pendapatannya Meningkatkan"],
    ["Persentase UMKM (%)", "persentase umkm %"],
  ])("%s = %s", (a, b) => {
    expect(kunciNama(a)).toBe(kunciNama(b));
  });

  it.each([
    ["jumlah barang milik daerah yang diadakan", "jumlah barang milik daerah yang yang diadakan"],
    ["Persentase penurunan kemiskinan", "Persentase kemiskinan"],
    ["Omzet usaha mikro", "Omset usaha mikro"],
    ["Jumlah dokumen evaluasi", "Jumlah dokumen evakuasi"],
  ])("%s != %s (not fuzzy)", (a, b) => {
    expect(kunciNama(a)).not.toBe(kunciNama(b));
  });

  it("keeps digits and folds to letters", () => {
    expect(kunciNama("Indeks 2.0 (IKM)")).toBe("indeks20ikm");
    expect(kataKata("Tingkat  Inflasi, Kota")).toBe(" tingkat inflasi kota ");
  });
});

describe("codes", () => {
  it("segments and canonical keys", () => {
    expect(segmenKode("2.17.05.2. 01.")).toEqual([2, 17, 5, 2, 1]);
    expect(kunciKode("02.017.01.")).toBe("2.17.1");
    expect(kunciKode("2.17.01.2.01.0001")).toBe(kunciKode("2.17.01.2.01.01"));
    expect(kunciKode("1.")).toBe("1");
    expect(kunciKode("2.17.O1")).toBeUndefined();
    expect(kunciKode("2,17,01")).toBeUndefined();
    expect(kunciKode("")).toBeUndefined();
  });
});
