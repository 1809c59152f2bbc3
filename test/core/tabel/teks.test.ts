import { bacaLabel } from "../../../src/core/tabel/label";
import { hurufSaja, jarakSunting, normalisasiJudul } from "../../../src/core/tabel/teks";

describe("normalisasiJudul", () => {
  it.each([
    ["TARGE T", "target"],
    ["REALIS ASI", "realisasi"],
    ["CAP AIAN", "capaian"],
    ["Persenta se (%)", "persentase %"],
    ["Sub Kegiatan", "subkegiatan"],
    ["Difinisi Operasional", "definisi operasional"],
    ["Prosentase Capaian", "persentase capaian"],
    ["Angaran (Rp.)", "anggaran rp"],
    ["Rumus (4)", "rumus"],
    ["Indikator Kinerja 3", "indikator kinerja"],
    ["TARGET TAHUN 2023", "target tahun 2023"],
    ["$6=4/5*100$", "6 4 5 100"],
  ])("%p -> %p", (raw, norm) => {
    expect(normalisasiJudul(raw).norm).toBe(norm);
  });

  it("mencatat perbaikan kata dan tahun", () => {
    const t = normalisasiJudul("REALIS ASI TAHUN 2022");
    expect(t.diperbaiki).toBe(true);
    expect(t.years).toEqual([2022]);
    expect(t.kenal).toBe(1);
    expect(normalisasiJudul("Realisasi").diperbaiki).toBe(false);
  });

  it("kata di luar kosakata tidak dipaksa cocok", () => {
    const t = normalisasiJudul("Nama Barang");
    expect(t.norm).toBe("nama barang");
    expect(t.kenal).toBe(0);
  });
});

describe("jarakSunting", () => {
  it.each([
    ["target", "target", 2, 0],
    ["targe", "target", 2, 1],
    ["difinisi", "definisi", 2, 1],
    ["realsiasi", "realisasi", 2, 2],
    ["anggaran", "kategori", 2, 3],
  ])("%p ~ %p (maks %p) = %p", (a, b, maks, d) => {
    expect(jarakSunting(a, b, maks)).toBe(d);
  });
});

describe("hurufSaja", () => {
  it("menyatukan huruf yang dipisah spasi", () => {
    expect(hurufSaja("J U M L A H")).toBe("jumlah");
    expect(hurufSaja("Rata-rata capaian")).toBe("rataratacapaian");
  });
});

describe("bacaLabel", () => {
  const baca = (s: string) => bacaLabel(normalisasiJudul(s));
  it.each([
    ["No.", "no"],
    ["KODE REK", "kode"],
    ["Tujuan/ Sasaran", "sasaran"],
    ["TUJUAN", "tujuan"],
    ["Sasaran Strategis", "sasaran"],
    ["PROGRAM/ KEGIATAN / SUB KEGIATAN", "uraian"],
    ["Program", "program"],
    ["Sub Kegiatan", "subkegiatan"],
    ["Indikator Kinerja (Output / Keluaran)", "indikator"],
    ["INDIKATOR KINERJA PROGRAM/KEGIATAN", "indikator"],
    ["Satuan", "satuan"],
    ["Formulasi/Rumus Perhitungan", "rumus"],
    ["Tipe", "tipe"],
    ["Target (Meningkat, Menurun)", "arah"],
    ["Data Awal (capaian 2019 / 2020)", "baseline"],
    ["Target Akhir Renstra", "target"],
    ["Realisasi Tahun 2023", "realisasi"],
    ["Capaian %", "capaian"],
    ["Kategori", "kategori"],
    ["Predikat", "kategori"],
    ["ANGGARAN (Rp)", "pagu"],
    ["REALISASI ANGGARAN (Rp)", "realisasi"],
    ["Penyerapan Anggaran (%)", "serapan"],
    ["SILPA (Rp)", "sisa"],
    ["% Tingkat Efisiensi", "efisiensi"],
    ["Tingkat Kemajuan", "kemajuan"],
    ["Standar Nasional", "standar"],
    ["Sumber Data", "sumber_data"],
    ["Sumber Dana", "keterangan"],
    ["Penanggung Jawab", "penanggung_jawab"],
    ["Definisi Operasional", "definisi"],
    ["Ket.", "keterangan"],
  ])("%p -> %p", (label, role) => {
    expect(baca(label)?.role).toBe(role);
  });

  it.each([
    ["2023", "tahun"],
    ["Sebelum", "sebelum"],
    ["Sesudah (5)", "sesudah"],
    ["%", "persen"],
    ["Persentase (%)", "persen"],
    ["(Rp.)", "rp"],
    ["Sangat Tinggi", "kategori-nama"],
  ])("%p -> khusus %p", (label, khusus) => {
    expect(baca(label)?.khusus).toBe(khusus);
  });

  it("tingkat yang dapat dimuat kolom nama", () => {
    expect(baca("Tujuan / Sasaran Strategis")?.tingkat).toEqual(["tujuan", "sasaran"]);
    expect(baca("Program/Kegiatan")?.tingkat).toEqual(["program", "kegiatan"]);
    expect(baca("SASARAN KEGIATAN / SUB KEGIATAN")?.tingkat).toEqual(["subkegiatan"]);
    expect(baca("Program/Indikator")).toMatchObject({
      role: "indikator",
      tingkat: ["program"],
      indikatorAnak: true,
    });
    expect(baca("Analisis Keberhasilan/Kegagalan")).toEqual({ khusus: "teks" });
    expect(baca("Tingkat Capaian")).toMatchObject({ role: "capaian", tingkatCapaian: true });
    expect(baca("Target Akhir 2026")).toMatchObject({ role: "target", akhir: true });
  });

  it("label yang bukan judul SAKIP", () => {
    expect(baca("Nama Barang")).toBeUndefined();
    expect(baca("GOL I")).toBeUndefined();
    expect(baca("Jumlah Koperasi")).toBeUndefined();
  });
});
