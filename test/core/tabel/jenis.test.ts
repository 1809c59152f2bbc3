/** The six kinds, and tables that are not ours. */
import { kenali, satu, t } from "./bantu";

describe("jenis tabel", () => {
  it("renstra: indikator dengan target per tahun tanpa realisasi", () => {
    const tb = satu([
      t("No", "Sasaran", "Indikator", "Target 2022", "Target 2023"),
      t("1", "Meningkatnya X", "Persentase X", "80", "85"),
    ]);
    expect(tb.kind).toBe("renstra");
    expect(tb.kindReason).toBe(
      "jenis renstra: target per tahun tanpa realisasi (kolom 'Target 2022' (D) dan 'Target 2023' (E)) di baris judul 1",
    );
  });

  it("iku: definisi, rumus, sumber data", () => {
    const tb = satu([
      t(
        "NO",
        "TUJUAN/SASARAN STRATEGIS",
        "INDIKATOR KINERJA",
        "SATUAN",
        "DEFINISI OPERASIONAL",
        "FORMULASI",
        "SUMBER DATA",
      ),
      t(
        "1.",
        "Meningkatnya Pendapatan",
        "1.1. Persentase Pelaku UMKM",
        "%",
        "Menghitung persentase",
        "A/B x 100%",
        "BPS",
      ),
    ]);
    expect(tb.kind).toBe("iku");
    expect(tb.kindReason).toBe(
      "jenis IKU: kolom 'DEFINISI OPERASIONAL' (E), 'FORMULASI' (F) dan 'SUMBER DATA' (G) menjelaskan indikator di baris judul 1",
    );
  });

  it("pk: satu target tanpa realisasi", () => {
    const tb = satu([
      t("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET TAHUN 2023"),
      t("1.", "Meningkatnya kualitas", "Persentase koperasi Aktif", "76,50%"),
    ]);
    expect(tb.kind).toBe("pk");
    expect(tb.kindReason).toBe(
      "jenis PK: target satu tahun tanpa realisasi (kolom 'TARGET TAHUN 2023' (D)) di baris judul 1",
    );
  });

  it("pk: daftar anggaran program (Program | Anggaran | Keterangan)", () => {
    const tb = satu([
      t("PROGRAM", "ANGGARAN", "KETERANGAN"),
      t("1. Program Penunjang Urusan Pemerintahan Daerah", "Rp. 11.674.610.355,-", "APBD"),
      t("2. Program Pelayanan Izin Usaha Simpan Pinjam", "Rp. 214.521.290,-", "APBD"),
      t("JUMLAH", "Rp. 11.889.131.645,-", ""),
    ]);
    expect(tb.kind).toBe("pk");
    expect(tb.kindReason).toBe(
      "jenis PK (daftar anggaran program): kolom 'PROGRAM' (A), 'ANGGARAN' (B) dan 'KETERANGAN' (C) di baris judul 1",
    );
    // The number inside the name cell orders the rows but is not reported as a code.
    expect(tb.rows.map((r) => [r.kode, r.nama, r.level, r.levelReason])).toEqual([
      [
        undefined,
        "Program Penunjang Urusan Pemerintahan Daerah",
        "program",
        "nama diawali 'Program'",
      ],
      [
        undefined,
        "Program Pelayanan Izin Usaha Simpan Pinjam",
        "program",
        "nama diawali 'Program'",
      ],
    ]);
    expect(tb.totalRows).toEqual([{ row: 3, label: "JUMLAH", jenis: "jumlah" }]);
  });

  it("rencana kerja dengan satu target: judul tabel memutuskan renstra", () => {
    const [tb] = kenali([
      t("Tabel 2.3"),
      t("Rencana Kerja Tahun 2023"),
      "",
      t("NO", "TUJUAN", "INDIKATOR KINERJA", "TARGET 2023"),
      t("1", "Meningkatkan Kualitas Koperasi", "Persentase Pertumbuhan UMKM", "7%"),
    ]);
    expect(tb.title).toBe("Tabel 2.3 Rencana Kerja Tahun 2023");
    expect(tb.kind).toBe("renstra");
    expect(tb.kindReason).toContain("menyebut rencana kerja/renstra");
  });

  it("pengukuran: target, realisasi, capaian, kategori", () => {
    const tb = satu([
      t(
        "No.",
        "Tujuan/ Sasaran",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian %",
        "Kategori",
      ),
      t("1", "Meningkatnya X", "Persentase X", "7%", "16,24%", "232%", "Sangat Tinggi"),
    ]);
    expect(tb.kind).toBe("pengukuran");
    expect(tb.kindReason).toBe(
      "jenis pengukuran: kolom 'Target' (D), 'Realisasi' (E), 'Capaian %' (F) dan 'Kategori' (G) di baris judul 1",
    );
  });

  it("pengukuran: pembanding standar nasional", () => {
    const tb = satu([
      t(
        "No.",
        "Tujuan/Sasaran",
        "Indikator Kinerja",
        "Realisasi Tahun 2023",
        "Standar Nasional",
        "% Capaian",
      ),
      t("1", "Meningkatkan X", "Persentase X", "5,20%", "4,89%", "-"),
    ]);
    expect(tb.kind).toBe("pengukuran");
    expect(tb.columns.map((c) => c.role)).toEqual([
      "no",
      "sasaran",
      "indikator",
      "realisasi",
      "standar",
      "capaian",
    ]);
  });

  it("anggaran dan efisiensi", () => {
    const anggaran = satu([
      t("No", "Program", "Pagu", "Realisasi Anggaran", "Sisa Anggaran"),
      t("1", "PROGRAM A", "100", "90", "10"),
    ]);
    expect(anggaran.kind).toBe("anggaran");
    const efisiensi = satu([
      t("No", "Program", "Capaian Kinerja (%)", "Penyerapan Anggaran (%)", "Tingkat Efisiensi"),
      t("1", "PROGRAM A", "100", "90", "10"),
    ]);
    expect(efisiensi.kind).toBe("efisiensi");
    expect(efisiensi.columns.map((c) => c.role)).toEqual([
      "no",
      "program",
      "capaian",
      "serapan",
      "efisiensi",
    ]);
  });

  it("tabel pegawai, aset, daftar isi, skala kategori dan tanda tangan bukan tabel SAKIP", () => {
    const tabel = kenali([
      t("Tabel 1. 1"),
      t("BIDANG", "GOL I", "", "GOL II", "", "JMH ASN"),
      t("", "L", "P", "L", "P", ""),
      t("Kepala Dinas", "0", "0", "0", "0", "1"),
      t("JUMLAH", "0", "0", "1", "2", "58"),
      "",
      "",
      t("ESELON", "PRIA", "WANITA", "JUMLAH"),
      t("Eselon II", "1 orang", "-", "1 orang"),
      "",
      "",
      t("NO.", "NAMA BARANG", "JUMLAH"),
      t("", "Sarana Transportasi", ""),
      t("1", "Roda 4", "8"),
      t("2", "Roda 2", "19"),
      "",
      "",
      t("", "Hal."),
      t("KATA PENGANTAR", "i"),
      t("BAB I PENDAHULUAN", "1"),
      t("Tabel 3. 1 Capaian Indikator Kinerja Utama", "33"),
      "",
      "",
      t("No", "Kategori/Interpretasi", "Rata-Rata % Capaian"),
      t("1", "Sangat Tinggi", "$91 \\leq 100$"),
      t("2", "Tinggi", "$76 \\leq 90$"),
      "",
      "",
      t("No.", "Kabupaten / Kota", "Jumlah Koperasi", "", "", "Persentase Koperasi Aktif"),
      t("", "", "Aktif", "Tidak Aktif", "Jumlah", ""),
      t("1", "Kab. Cilacap", "285", "150", "435", "65,52"),
      "",
      "",
      t("Sumenep, Februari 2024"),
      t("KEPALA DINAS KOPERASI"),
      t("NIP. 196911131995031003"),
    ]);
    expect(tabel).toEqual([]);
  });

  it("tabel tanpa kolom nilai tidak diakui", () => {
    expect(
      kenali([t("No", "Tujuan", "Sasaran", "Indikator Sasaran"), t("1", "A", "B", "C")]),
    ).toEqual([]);
  });

  it("beberapa tabel dalam satu lembar, masing-masing dengan judulnya", () => {
    const tabel = kenali([
      t("Tabel 3.2"),
      t("Capaian Indikator Kinerja Utama"),
      "",
      t("No.", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian %"),
      t("1", "Sasaran A", "Indikator A", "7%", "16,24%", "232%"),
      "",
      t("Sumber : DKUPP"),
      "",
      t("Tabel 3.8"),
      t("Capaian Anggaran Program dan Kegiatan"),
      "",
      t("No.", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"),
      t("1", "PROGRAM A", "100", "90", "90,00"),
      t("", "Kegiatan A1", "100", "90", "90,00"),
    ]);
    expect(tabel.map((x) => [x.kind, x.title, x.range])).toEqual([
      ["pengukuran", "Tabel 3.2 Capaian Indikator Kinerja Utama", { r0: 3, c0: 0, r1: 4, c1: 5 }],
      [
        "anggaran",
        "Tabel 3.8 Capaian Anggaran Program dan Kegiatan",
        { r0: 11, c0: 0, r1: 13, c1: 4 },
      ],
    ]);
  });
});
