/**
 * Real tables of report 001 (LKjIP 2023, Semarang) and report 000 (PK Perubahan 2024, Cirebon),
 * transcribed as a planner keeps them in Excel.
 */
import { kenali, peran, ringkasBaris, satu, t } from "./bantu";

describe("seed 001 Tabel 3.9 (kode rekening relatif, baris urusan, judul diulang)", () => {
  const judul = t(
    "KODE REK",
    "PROGRAM/ KEGIATAN / SUB KEGIATAN",
    "ANGGARAN (Rp)",
    "REALISASI ANGGARAN (Rp)",
    "CAPAIAN (%)",
  );
  const tb = satu([
    t("Tabel 3. 9"),
    t(
      "Anggaran dan Realisasi Anggaran Dinas Koperasi dan Usaha Mikro Kota Semarang Tahun Anggaran 2023",
    ),
    "",
    judul,
    t(
      "URUSAN WAJIB KOPERASI, USAHA KECIL DAN MENENGAH",
      "",
      "31.826.684.236",
      "28.491.532.033",
      "89,52",
    ),
    t("DINAS KOPERASI DAN USAHA MIKRO KOTA SEMARANG", "", "", "", ""),
    t(
      "2.17.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "11.674.610.355",
      "10.717.987.308",
      "91,81",
    ),
    t(
      "2.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "12.195.580",
      "5.457.795",
      "44,75",
    ),
    t("01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "564.080", "411.200", "72,90"),
    t("02", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "3.117.280", "2.409.000", "77,28"),
    t(
      "2.07",
      "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
      "668.189.134",
      "616.120.000",
      "92,21",
    ),
    t("05", "Pengadaan Mebel", "617.664.398", "579.460.000", "93,81"),
    "",
    judul,
    t(
      "2.08",
      "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      "116.640.000",
      "72.195.342",
      "61,90",
    ),
    t(
      "02",
      "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      "116.640.000",
      "72.195.342",
      "61,90",
    ),
    t(
      "2.17.02",
      "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM",
      "214.521.290",
      "179.015.180",
      "83,45",
    ),
    t(
      "2.01",
      "Penerbitan Izin Usaha Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota",
      "91.666.650",
      "80.950.580",
      "88,31",
    ),
    t("01", "Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam", "91.666.650", "80.950.580", "88,31"),
  ]);

  it("jenis, kolom, ulangan judul, baris urusan sebagai jumlah", () => {
    expect(tb.kind).toBe("anggaran");
    expect(tb.title).toBe(
      "Tabel 3. 9 Anggaran dan Realisasi Anggaran Dinas Koperasi dan Usaha Mikro Kota Semarang Tahun Anggaran 2023",
    );
    expect(peran(tb)).toEqual([
      "A:kode",
      "B:uraian",
      "C:pagu",
      "D:realisasi_anggaran",
      "E:serapan",
    ]);
    expect(tb.repeatedHeaderRows).toEqual([13]);
    expect(tb.totalRows).toEqual([
      { row: 4, label: "URUSAN WAJIB KOPERASI, USAHA KECIL DAN MENENGAH", jenis: "jumlah" },
    ]);
  });

  it("tingkat dan induk dari kode relatif, juga setelah pergantian halaman", () => {
    expect(ringkasBaris(tb)).toEqual([
      "6 program 2.17.01 -",
      "7 kegiatan 2.01 6",
      "8 subkegiatan 01 7",
      "9 subkegiatan 02 7",
      "10 kegiatan 2.07 6",
      "11 subkegiatan 05 10",
      "14 kegiatan 2.08 6",
      "15 subkegiatan 02 14",
      "16 program 2.17.02 -",
      "17 kegiatan 2.01 16",
      "18 subkegiatan 01 17",
    ]);
    expect(tb.rows[0].nama).toBe("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
  });
});

describe("seed 001 Tabel 3.10 (sisa anggaran SILPA)", () => {
  const tb = satu([
    t(
      "KODE REK",
      "PROGRAM/ KEGIATAN / SUB KEGIATAN",
      "ANGGARAN (Rp)",
      "REALISASI ANGGARAN (Rp)",
      "SILPA (Rp)",
      "Persentase (%)",
    ),
    t(
      "URUSAN WAJIB KOPERASI, USAHA KECIL DAN MENENGAH",
      "",
      "31.826.684.236",
      "28.491.532.033",
      "3.335.152.203",
      "10,48",
    ),
    t(
      "2.17.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "11.674.610.355",
      "10.711.482.609",
      "956.623.047",
      "8,19",
    ),
    t(
      "2.02",
      "ministrasi Keuangan Perangkat Daerah",
      "8.293.676.908",
      "7.838.001.144",
      "455.675.764",
      "5,49",
    ),
    t(
      "01",
      "Penyediaan Gaji dan Tunjangan ASN",
      "8.070.065.228",
      "7.628.594.894",
      "441.470.334",
      "5,47",
    ),
    t(
      "05",
      "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
      "596.480",
      "0",
      "596.480",
      "100,00",
    ),
  ]);

  it("sisa dan persentase sisa", () => {
    expect(tb.kind).toBe("anggaran");
    expect(peran(tb)).toEqual([
      "A:kode",
      "B:uraian",
      "C:pagu",
      "D:realisasi_anggaran",
      "E:sisa",
      "F:persen_sisa",
    ]);
    expect(tb.columns[5].reason).toBe(
      "judul 'Persentase (%)' di sebelah kolom 'SILPA (Rp)' dibaca sebagai persentase sisa anggaran",
    );
    expect(ringkasBaris(tb)).toEqual([
      "2 program 2.17.01 -",
      "3 kegiatan 2.02 2",
      "4 subkegiatan 01 3",
      "5 subkegiatan 05 3",
    ]);
  });
});

describe("seed 001 Lembar Pengukuran (rata-rata per sasaran, capaian tahun lalu)", () => {
  const tb = satu(
    [
      t(
        "NO",
        "SASARAN STRATEGIS",
        "INDIKATOR KINERJA",
        "TARGET PADA RENSTRA (TAHUN 2023)",
        "CAPAIAN KINERJA",
        "",
        "",
        "CAPAIAN TAHUN 2021",
        "CAPAIAN TAHUN 2022",
      ),
      t("", "", "", "", "TARGET TAHUN 2023", "REALISASI TAHUN 2023", "%", "%", "%"),
      t(
        "1.",
        "Meningkatnya kualitas penyelenggaraan, kelembagaan dan kesehatan koperasi",
        "Persentase Koperasi aktif",
        "76,50 %",
        "76,50 %",
        "77,32%",
        "101,07",
        "NA",
        "76,64%",
      ),
      t("", "", "Rata-rata capaian sasaran-1", "", "", "", "101,07", "", ""),
      t(
        "2",
        "Meningkatkan pertumbuhan wirausaha baru yang berskala mikro",
        "Persentase pertumbuhan wirausaha baru yang berskala mikro",
        "35%",
        "35%",
        "42,53%",
        "121,51",
        "NA",
        "28,86%",
      ),
      t("", "", "Rata-rata capaian sasaran-2", "", "", "", "121,51", "", ""),
      t("", "", "Total rata-rata capaian sasaran (1+2+3)", "", "", "", "108,60", "", ""),
    ],
    ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"],
  );

  it("kolom dan baris rata-rata", () => {
    expect(tb.kind).toBe("pengukuran");
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:target:2023",
      "E:target:2023",
      "F:realisasi:2023",
      "G:capaian",
      "H:capaian:2021",
      "I:capaian:2022",
    ]);
    expect(tb.totalRows.map((x) => [x.row, x.jenis])).toEqual([
      [3, "rata-rata"],
      [5, "rata-rata"],
      [6, "rata-rata"],
    ]);
    expect(ringkasBaris(tb)).toEqual(["2 sasaran 1. -", "4 sasaran 2 -"]);
  });
});

describe("seed 001 Tabel 2.2 (IKU dengan kelompok NO | URAIAN dan baris bagian)", () => {
  const tb = satu(
    [
      t(
        "TUJUAN/SASARAN STRATEGIS",
        "",
        "INDIKATOR KINERJA UTAMA",
        "",
        "URAIAN / DEFINISI OPERASIONAL",
        "FORMULA PENGHITUNGAN",
        "PENANGGUNG JAWAB",
        "SUMBER DATA",
      ),
      t("NO", "URAIAN", "NO", "URAIAN", "", "", "", ""),
      t("1", "", "2", "", "3", "4", "", ""),
      t("TUJUAN :", "", "", "", "", "", "", ""),
      t(
        "1.",
        "Meningkatkan kapasitas kelembagaan, kualitas penyelenggaraan dan keberdayaan koperasi",
        "1.",
        "Persentase Koperasi yang Berkualitas",
        "Koperasi berkualitas adalah koperasi yang memiliki kinerja baik",
        "Jumlah Koperasi berkualitas / Jumlah koperasi x 100%",
        "Kepala Dinas",
        "Bidang Kelembagaan",
      ),
      t("SASARAN :", "", "", "", "", "", "", ""),
      t(
        "1.",
        "Meningkatnya kualitas penyelenggaraan, kelembagaan dan kesehatan koperasi",
        "3.",
        "Persentase Koperasi aktif",
        "Koperasi Aktif adalah koperasi yang dalam 3 (tiga) tahun terakhir menyelenggarakan RAT",
        "Jumlah koperasi aktif / jumlah koperasi x 100%",
        "Kepala Bidang",
        "Bidang Kelembagaan",
      ),
    ],
    ["A1:B1", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "A3:B3", "C3:D3"],
  );

  it("kolom di bawah kelompok dan tingkat dari baris bagian", () => {
    expect(tb.kind).toBe("iku");
    expect(tb.headerRows).toEqual([0, 2]);
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:no",
      "D:indikator",
      "E:definisi",
      "F:rumus",
      "G:penanggung_jawab",
      "H:sumber_data",
    ]);
    expect(tb.columns[3].reason).toBe(
      "judul 'URAIAN' di bawah 'INDIKATOR KINERJA UTAMA' dibaca sebagai indikator",
    );
    expect(ringkasBaris(tb)).toEqual(["4 tujuan 1. -", "6 sasaran 1. 4"]);
    expect(tb.rows[1].indikator).toBe("Persentase Koperasi aktif");
  });
});

describe("seed 000 Lampiran PK Perubahan (kode perangkat daerah, sebelum/sesudah, J U M L A H)", () => {
  const tabel = kenali(
    [
      t("LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"),
      t("DINAS KOPERASI DAN USAHA KECIL DAN MENENGAH"),
      "",
      t(
        "No",
        "Tujuan / Sasaran Strategis",
        "Indikator Kinerja (Impact / Dampak)",
        "Perhitungan",
        "",
        "",
        "Sumber Data",
        "Target Kinerja",
        "",
      ),
      t("", "", "", "Rumus", "Tipe", "Target", "", "Sebelum", "Sesudah"),
      t("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
      t(
        "2.6.",
        "Mewujudkan Tata Kelola Perkantoran Yang Efektif dan Efisien",
        "Meningkatnya Tertib Administrasi, Tertib Pertanggungjawaban dan Tertib Keuangan",
        "",
        "Non Kumulatif",
        "Meningkat",
        "Sekretariat",
        "92 poin",
        "92 poin",
      ),
      t(
        "2.6.01.",
        "Terpenuhinya Dukungan Tata Kelola Perkantoran",
        "Meningkatnya Pelayanan Publik yang Transparan dan akuntabel",
        "",
        "Kumulatif",
        "Meningkat",
        "Sekretariat",
        "90 Prosen",
        "90 Prosen",
      ),
      "",
      t(
        "No",
        "Program / Kegiatan",
        "Indikator Kinerja (Output / Keluaran)",
        "Target Kinerja",
        "",
        "Anggaran",
        "",
        "Keterangan",
      ),
      t("", "", "", "Sebelum (4)", "Sesudah (5)", "Sebelum (6)", "Sesudah (7)", ""),
      t("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
      t(
        "2.6.01.01.",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "",
        "",
        "",
        "3.628.648.140,00",
        "3.628.648.140,00",
        "",
      ),
      t(
        "2.6.01.01.2.01.",
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "",
        "5 Dok",
        "5 Dok",
        "69.604.700,00",
        "69.604.700,00",
        "-",
      ),
      t(
        "2.6.01.01.2.01.00",
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Jumlah Dokumen Perencanaan",
        "2 Dokumen",
        "2 Dokumen",
        "50.463.200,00",
        "50.463.200,00",
        "-",
      ),
      t(
        "2.6.01.01.2.01.00",
        "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
        "Jumlah Dokumen Perubahan RKA-SKPD",
        "2 Dokumen",
        "2 Dokumen",
        "7.328.500,00",
        "7.328.500,00",
        "-",
      ),
      t(
        "2.6.01.01.2.08.",
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "",
        "",
        "",
        "",
        "",
        "",
      ),
      t(
        "2.6.01.01.2.08.02.",
        "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "Jumlah jasa Penunjang Urusan Pemerintah Daerah dibayarkan/dilaksanakan",
        "3 Unit",
        "3 Unit",
        "99.999.100,00",
        "99.999.100,00",
        "-",
      ),
      t(
        "2.6.01.01.2.08.02.",
        "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "Jumlah Laporan Penyediaan Jasa Komunikasi",
        "3 Laporan",
        "3 Laporan",
        "99.999.100,00",
        "99.999.100,00",
        "-",
      ),
      t("J U M L A H", "", "", "", "", "3.628.648.140,00", "3.628.648.140,00", ""),
    ],
    [
      "A4:A5",
      "B4:B5",
      "C4:C5",
      "D4:F4",
      "G4:G5",
      "H4:I4",
      "A10:A11",
      "B10:B11",
      "C10:C11",
      "D10:E10",
      "F10:G10",
      "H10:H11",
    ],
  );

  it("dua tabel PK dalam satu lembar", () => {
    expect(tabel.map((x) => [x.kind, x.range, x.headerRows])).toEqual([
      ["pk", { r0: 3, c0: 0, r1: 7, c1: 8 }, [3, 5]],
      ["pk", { r0: 9, c0: 0, r1: 19, c1: 7 }, [9, 11]],
    ]);
    expect(tabel[0].title).toBe(
      "LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2024 DINAS KOPERASI DAN USAHA KECIL DAN MENENGAH",
    );
  });

  it("tabel tujuan/sasaran: rumus, tipe, arah, target sebelum/sesudah", () => {
    const [ts] = tabel;
    expect(peran(ts)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:rumus",
      "E:tipe",
      "F:arah",
      "G:sumber_data",
      "H:target::sebelum",
      "I:target::sesudah",
    ]);
    expect(ringkasBaris(ts)).toEqual(["6 tujuan 2.6. -", "7 sasaran 2.6.01. 6"]);
    expect(ts.rows[0].levelReason).toBe("kode 2.6. berpola tujuan (penomoran perangkat daerah)");
    expect(ts.rows.map((r) => r.polaritasReason)).toEqual([
      "kolom arah F berisi 'Meningkat'",
      "kolom arah F berisi 'Meningkat'",
    ]);
  });

  it("tabel program/kegiatan: kode sub terpotong .00 dan kode berulang, jumlah", () => {
    const pk = tabel[1];
    expect(peran(pk)).toEqual([
      "A:no",
      "B:uraian",
      "C:indikator",
      "D:target::sebelum",
      "E:target::sesudah",
      "F:pagu::sebelum",
      "G:pagu::sesudah",
      "H:keterangan",
    ]);
    expect(ringkasBaris(pk)).toEqual([
      "12 program 2.6.01.01. -",
      "13 kegiatan 2.6.01.01.2.01. 12",
      "14 subkegiatan 2.6.01.01.2.01.00 13",
      "15 subkegiatan 2.6.01.01.2.01.00 13",
      "16 kegiatan 2.6.01.01.2.08. 12",
      "17 subkegiatan 2.6.01.01.2.08.02. 16",
      "18 subkegiatan 2.6.01.01.2.08.02. 16",
    ]);
    expect(pk.totalRows).toEqual([{ row: 19, label: "J U M L A H", jenis: "jumlah" }]);
  });
});
