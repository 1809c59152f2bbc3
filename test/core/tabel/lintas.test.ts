/** Levels another table of the workbook settles (seed 002 Tabel 2.5 and 3.6, Tabel 2.3 and 3.9). */
import { recognize } from "../../../src/core/tabel";
import { buku, lembar, ringkasBaris, t } from "./bantu";

const dpa = lembar("T2.5 DPA", [
  t("NO.", "PROGRAM/KEGIATAN", "INDIKATOR KINERJA", "TARGET", "ANGGARAN"),
  t(
    "1",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "Persentase terpenuhinya kebutuhan",
    "100 %",
    "12.365.337.022",
  ),
  t(
    "",
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Jumlah dokumen perencanaan",
    "18 dokumen",
    "14.876.000",
  ),
  t(
    "",
    "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota",
    "Jumlah Koperasi yang diperiksa",
    "200 Unit Usaha",
    "79.149.440",
  ),
]);

const analisis = lembar("T3.6 Analisis", [
  t(
    "No.",
    "Tujuan/Sasaran/Program/Kegiatan/Sub Kegiatan",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "% Capaian",
  ),
  t(
    "1",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "Persentase terpenuhinya kebutuhan",
    "100%",
    "100%",
    "100",
  ),
  t(
    "",
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Jumlah dokumen perencanaan",
    "18 dokumen",
    "18 dokumen",
    "100",
  ),
  t(
    "",
    "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "Jumlah Dokumen Perencanaan",
    "8 dokumen",
    "8 dokumen",
    "100",
  ),
  t("", "", "Jumlah Dokumen Evaluasi", "2 dokumen", "2 dokumen", "100"),
  t(
    "",
    "Evaluasi Kinerja Perangkat Daerah",
    "Jumlah Laporan Evaluasi",
    "4 Laporan",
    "4 Laporan",
    "100",
  ),
  t(
    "",
    "Pemeriksaan Dan Penawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota",
    "Jumlah Koperasi",
    "200 Unit Usaha",
    "200 Unit Usaha",
    "100",
  ),
  t(
    "",
    "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan serta Akuntabilitas Koperasi",
    "Jumlah Koperasi diawasi",
    "100 Unit Usaha",
    "100 Unit Usaha",
    "100",
  ),
]);

describe("daftar kegiatan lembar lain memisahkan kegiatan dan sub kegiatan", () => {
  it("nama di daftar kegiatan tetap kegiatan (juga dengan salah ketik); yang lain sub kegiatan", () => {
    const [, tb] = recognize(buku(dpa, analisis));
    expect(tb.sheet).toBe("T3.6 Analisis");
    expect(ringkasBaris(tb)).toEqual([
      "1 program 1 -",
      "2 kegiatan - 1",
      "3 subkegiatan - 2",
      "4 subkegiatan - 2 lanjut",
      "5 subkegiatan - 2",
      "6 kegiatan - 1",
      "7 subkegiatan - 6",
    ]);
    expect(tb.rows[1].levelReason).toBe(
      "nama berhuruf campuran pada kolom 'Tujuan/Sasaran/Program/Kegiatan/Sub Kegiatan': kegiatan; namanya ada dalam daftar kegiatan lembar 'T2.5 DPA'; induk menurut urutan baris",
    );
    expect(tb.rows[2].levelReason).toBe(
      "nama berhuruf campuran pada kolom 'Tujuan/Sasaran/Program/Kegiatan/Sub Kegiatan'; tidak ada dalam daftar kegiatan lembar 'T2.5 DPA': sub kegiatan; induk menurut urutan baris",
    );
    expect(tb.rows[3].levelReason).toBe(
      "baris lanjutan (tanpa nomor dan nama): indikator lain dari sub kegiatan pada baris 4",
    );
  });

  it("tanpa daftar kegiatan di buku kerja tingkatnya tetap kegiatan", () => {
    const [tb] = recognize(buku(analisis));
    expect(tb.rows.filter((r) => !r.continuation).map((r) => r.level)).toEqual([
      "program",
      "kegiatan",
      "kegiatan",
      "kegiatan",
      "kegiatan",
      "kegiatan",
    ]);
  });

  it("nama yang berkode sub kegiatan di tabel lain menjadi sub kegiatan", () => {
    const anggaran = lembar("T3.9 Anggaran", [
      t("KODE REK", "PROGRAM/ KEGIATAN / SUB KEGIATAN", "ANGGARAN (Rp)", "REALISASI ANGGARAN (Rp)"),
      t("2.17.02", "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", "214.521.290", "179.015.180"),
      t("2.01", "Penerbitan Izin Usaha Simpan Pinjam", "91.666.650", "80.950.580"),
      t("01", "Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam", "91.666.650", "80.950.580"),
    ]);
    const pk = lembar("PK SubKor", [
      t("KEGIATAN/SUB KEGIATAN", "ANGGARAN", "KETERANGAN"),
      t("1. Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam", "Rp. 91.666.650,-", "APBD"),
    ]);
    const [, tb] = recognize(buku(anggaran, pk));
    expect(tb.rows[0]).toMatchObject({
      level: "subkegiatan",
      nama: "Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam",
      levelReason:
        "nomor urut 1. (tingkat 1) pada kolom 'KEGIATAN/SUB KEGIATAN'; namanya sub kegiatan di lembar 'T3.9 Anggaran': sub kegiatan",
    });
    expect(tb.rows[0].kode).toBeUndefined();
  });
});

describe("indikator tujuan tertulis di kolom Tujuan/Sasaran", () => {
  it("baris tanpa nomor yang namanya indikator tujuan di lembar lain adalah tujuan", () => {
    const rkt = lembar("T2.3 RKT", [
      t("NO", "TUJUAN", "INDIKATOR KINERJA", "TARGET 2023"),
      t("1", "Meningkatkan Kualitas Koperasi dan UMKM", "Persentase Pertumbuhan UMKM", "7%"),
      t("", "", "Persentase Koperasi Aktif", "80%"),
    ]);
    const efisiensi = lembar("T3.9 Efisiensi", [
      t(
        "No.",
        "Tujuan/Sasaran",
        "Target",
        "Realisasi",
        "% Capaian",
        "Anggaran",
        "Realisasi",
        "% Capaian",
        "Tingkat Efisiensi",
      ),
      t(
        "1",
        "Persentase Pertumbuhan UMKM",
        "7%",
        "4,4%",
        "62,85%",
        "3.952.453.098",
        "3.866.199.732",
        "97,82%",
        "0,64",
      ),
      t(
        "",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "7%",
        "16,24%",
        "232%",
        "3.952.453.098",
        "3.866.199.732",
        "97,82%",
        "2,37",
      ),
      t(
        "",
        "Persentase Koperasi Aktif",
        "80%",
        "52,08%",
        "65,10%",
        "1.299.326.820",
        "1.094.132.299",
        "84,21%",
        "0,77",
      ),
      t(
        "",
        "Meningkatnya Pendapatan Koperasi",
        "15%",
        "15,69%",
        "104,60%",
        "1.299.326.820",
        "1.094.132.299",
        "84,21%",
        "1,24",
      ),
    ]);
    const [, tb] = recognize(buku(rkt, efisiensi));
    expect(tb.kind).toBe("efisiensi");
    expect(ringkasBaris(tb)).toEqual([
      "1 tujuan 1 -",
      "2 sasaran - 1",
      "3 tujuan - -",
      "4 sasaran - 3",
    ]);
    expect(tb.rows[2].levelReason).toBe(
      "baris tanpa nomor di bawah tujuan bernomor pada kolom 'Tujuan/Sasaran'; namanya adalah indikator tujuan di lembar 'T2.3 RKT': tujuan",
    );
  });
});
