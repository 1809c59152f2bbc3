/** Data rows: levels, codes, parents, continuation rows, sections, totals, polarity. */
import { sambung } from "../../../src/core/tabel/baris";
import { ringkasBaris, satu, t } from "./bantu";

describe("tingkat dari kode", () => {
  it("kode nomenklatur lengkap, titik di akhir dan spasi di dalam kode", () => {
    const tb = satu([
      t("Kode", "Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Anggaran", "Realisasi"),
      t("2.17.05.", "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", "100", "90"),
      t("2.17.05.2. 01.", "Pendidikan dan Latihan Perkoperasian", "100", "90"),
      t("2.17.05.2.01.0001", "Peningkatan Pemahaman", "60", "50"),
      t("2.17.05.2.01.0002", "Peningkatan Kapasitas", "40", "40"),
      t("2.17.06", "PROGRAM PEMBERDAYAAN", "10", "9"),
      t("2.17.06.2.01", "Pemberdayaan Koperasi", "10", "9"),
    ]);
    expect(tb.kind).toBe("anggaran");
    expect(ringkasBaris(tb)).toEqual([
      "1 program 2.17.05. -",
      "2 kegiatan 2.17.05.2. 01. 1",
      "3 subkegiatan 2.17.05.2.01.0001 2",
      "4 subkegiatan 2.17.05.2.01.0002 2",
      "5 program 2.17.06 -",
      "6 kegiatan 2.17.06.2.01 5",
    ]);
    expect(tb.rows[1].levelReason).toBe(
      "kode 2.17.05.2. 01. berpola kegiatan; induk berkode 2.17.05",
    );
    expect(tb.rows[1].nama).toBe("Pendidikan dan Latihan Perkoperasian");
  });

  it("kode relatif: 2.17.01 lalu 2.01 lalu 01", () => {
    const tb = satu([
      t(
        "KODE REK",
        "PROGRAM/ KEGIATAN / SUB KEGIATAN",
        "ANGGARAN (Rp)",
        "REALISASI ANGGARAN (Rp)",
        "CAPAIAN (%)",
      ),
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
        "2.02",
        "Administrasi Keuangan Perangkat Daerah",
        "8.293.676.908",
        "7.838.001.144",
        "94,51",
      ),
      t("01", "Penyediaan Gaji dan Tunjangan ASN", "8.070.065.228", "7.628.594.894", "94,53"),
      t(
        "2.17.02",
        "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM",
        "214.521.290",
        "179.015.180",
        "83,45",
      ),
      t("2.01", "Penerbitan Izin Usaha Simpan Pinjam", "91.666.650", "80.950.580", "88,31"),
    ]);
    expect(ringkasBaris(tb)).toEqual([
      "3 program 2.17.01 -",
      "4 kegiatan 2.01 3",
      "5 subkegiatan 01 4",
      "6 subkegiatan 02 4",
      "7 kegiatan 2.02 3",
      "8 subkegiatan 01 7",
      "9 program 2.17.02 -",
      "10 kegiatan 2.01 9",
    ]);
    expect(tb.rows[2].levelReason).toBe(
      "kode relatif 01 di bawah kegiatan 2.17.01.2.01: sub kegiatan; induk berkode 2.17.01.2.01",
    );
    expect(tb.totalRows).toEqual([
      { row: 1, label: "URUSAN WAJIB KOPERASI, USAHA KECIL DAN MENENGAH", jenis: "jumlah" },
    ]);
  });

  it("awalan penomoran perangkat daerah: 2.3. tujuan, 2.3.01. sasaran, 2.3.01.03. program", () => {
    const tb = satu([
      t("No", "Program / Kegiatan", "Indikator Kinerja (Output / Keluaran)", "Target", "Anggaran"),
      t("2.3.01.03.", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "", "", "16.781.900,00"),
      t(
        "2.3.01.03.2.01.",
        "Pemeriksaan dan Pengawasan Koperasi",
        "Cakupan Pemeriksaan",
        "100 %",
        "16.781.900,00",
      ),
      t(
        "2.3.01.03.2.01.00",
        "Penguatan Tata Kelola Kelembagaan Koperasi",
        "Jumlah Koperasi",
        "60 Unit Usaha",
        "16.781.900,00",
      ),
      t(
        "2.3.01.04.2.01.00",
        "Pelaksanaan Penilaian Kesehatan",
        "Jumlah Unit Usaha",
        "40 Unit Usaha",
        "173.086.616,00",
      ),
      t("J U M L A H", "", "", "", "33.563.800,00"),
    ]);
    expect(ringkasBaris(tb)).toEqual([
      "1 program 2.3.01.03. -",
      "2 kegiatan 2.3.01.03.2.01. 1",
      "3 subkegiatan 2.3.01.03.2.01.00 2",
      "4 subkegiatan 2.3.01.04.2.01.00 -",
    ]);
    expect(tb.rows[3].levelReason).toBe(
      "kode 2.3.01.04.2.01.00 berpola sub kegiatan (penomoran perangkat daerah)",
    );
    expect(tb.totalRows).toEqual([{ row: 5, label: "J U M L A H", jenis: "jumlah" }]);
  });
});

describe("tingkat tanpa kode", () => {
  it("nomor urut 1. tujuan, 1.1 sasaran, baris lanjutan indikator", () => {
    const tb = satu([
      t("No", "Tujuan/ Sasaran Strategis", "Indikator", "Target"),
      t(
        "1.",
        "Menurunkan Angka Pengangguran",
        "Meningkatkan Kualitas Daya Saing KUMKM",
        "100 Prosen",
      ),
      t("1.1", "Meningkatnya Pertumbuhan Ekonomi", "Meningkatnya sumber pembiayaan", "100 Prosen"),
      t("", "", "Meningkatnya kemampuan pengelolaan", "93 Prosen"),
      t("2.", "Meningkatkan Pertumbuhan Ekonomi", "Meningkatkan Sumber Pembiayaan", "20 Prosen"),
      t("2.1", "Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "92 Poin"),
    ]);
    expect(ringkasBaris(tb)).toEqual([
      "1 tujuan 1. -",
      "2 sasaran 1.1 1",
      "3 sasaran - 1 lanjut",
      "4 tujuan 2. -",
      "5 sasaran 2.1 4",
    ]);
    expect(tb.rows[1].levelReason).toBe(
      "nomor urut 1.1 (tingkat 2) pada kolom 'Tujuan/ Sasaran Strategis': sasaran; induk bernomor 1",
    );
    expect(tb.rows[2]).toMatchObject({
      nama: "Meningkatnya Pertumbuhan Ekonomi",
      indikator: "Meningkatnya kemampuan pengelolaan",
      levelReason:
        "baris lanjutan (tanpa nomor dan nama): indikator lain dari sasaran pada baris 3",
    });
  });

  it("Program/Indikator: 1.1 di bawah 1. adalah indikator program 1", () => {
    const tb = satu([
      t("No.", "Program/Indikator", "Target"),
      t("1.", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ""),
      t("1.1", "Meningkatnya Sistem pelaporan kinerja", "100"),
      t("1.2", "Prosentase meningkatnya pelayanan administrasi", "87"),
      t("2.", "Program pengawasan dan pemeriksaan koperasi", ""),
      t("2.1", "Prosentase pengawasan dan pemeriksaan", "40"),
    ]);
    expect(ringkasBaris(tb)).toEqual([
      "1 program 1. -",
      "2 program 1.1 - lanjut",
      "3 program 1.2 - lanjut",
      "4 program 2. -",
      "5 program 2.1 - lanjut",
    ]);
    expect(tb.rows[1]).toMatchObject({
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      indikator: "Meningkatnya Sistem pelaporan kinerja",
    });
  });

  it("baris bagian TUJUAN : / SASARAN : / PROGRAM : menentukan tingkat baris sesudahnya", () => {
    const tb = satu([
      t("NO.", "INDIKATOR KINERJA", "TARGET", "REALISASI", "%"),
      t("TUJUAN :", "", "", "", ""),
      t("1.", "Persentase Koperasi yang Berkualitas", "54 %", "58,91 %", "109,09"),
      t("SASARAN :", "", "", "", ""),
      t("1.", "Persentase koperasi Aktif", "76,50%", "77,32%", "101,07"),
      t("2.", "Nilai AKIP", "77,50", "80", "103,23"),
      t("PROGRAM :", "", "", "", ""),
      t("1.", "Persentase Perencanaan", "100 %", "100 %", "100"),
    ]);
    expect(ringkasBaris(tb)).toEqual([
      "2 tujuan 1. -",
      "4 sasaran 1. 2",
      "5 sasaran 2. 2",
      "7 program 1. 5",
    ]);
    expect(tb.rows[1].levelReason).toBe(
      "di bawah baris bagian 'SASARAN :'; induk menurut urutan baris",
    );
    expect(tb.rows.every((r) => r.nama === undefined)).toBe(true);
  });

  it("kata kunci PROGRAM dan huruf kapital vs campuran dalam satu kolom uraian", () => {
    const tb = satu([
      t("NO.", "PROGRAM/KEGIATAN", "INDIKATOR KINERJA", "TARGET", "ANGGARAN"),
      t("1", "2", "3", "4", "5"),
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
        "Administrasi Keuangan Perangkat Daerah",
        "Jumlah laporan administrasi keuangan",
        "2 Laporan",
        "9.359.805.637",
      ),
      t(
        "2",
        "PENGAWASAN DAN PEMERIKSAAN KOPERASI",
        "Persentase Koperasi yang Telah Diawasi",
        "20%",
        "79.149.440",
      ),
      t(
        "",
        "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah",
        "Jumlah Koperasi yang di Periksa dan diawasi",
        "200 Unit Usaha",
        "79.149.440",
      ),
      "",
      t("", "Keanggotaannya dalam daerah Kabupaten/Kota", "", "", ""),
      t(
        "3",
        "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI",
        "Persentase Koperasi",
        "6,5%",
        "84.157.000",
      ),
      t(
        "",
        "Penilaian Kesehatan Koperasi",
        "Jumlah Penilaian Kesehatan",
        "20 Unit Usaha",
        "84.157.000",
      ),
      t("", "", "terhadap Koperasi Simpan Pinjam", "", ""),
    ]);
    expect(tb.kind).toBe("pk");
    expect(ringkasBaris(tb)).toEqual([
      "2 program 1 -",
      "3 kegiatan - 2",
      "4 kegiatan - 2",
      "5 program 2 -",
      "6 kegiatan - 5",
      "9 program 3 -",
      "10 kegiatan - 9",
    ]);
    expect(tb.rows[0].levelReason).toBe("nama diawali 'PROGRAM'");
    expect(tb.rows[3].levelReason).toBe(
      "nomor urut 2 (tingkat 1) pada kolom 'PROGRAM/KEGIATAN': program",
    );
    expect(tb.rows[1].levelReason).toBe(
      "nama berhuruf campuran pada kolom 'PROGRAM/KEGIATAN': kegiatan; induk menurut urutan baris",
    );
    // Text broken across rows is merged into the row above and not emitted.
    expect(tb.rows[4].nama).toBe(
      "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota",
    );
    expect(tb.rows[6].indikator).toBe("Jumlah Penilaian Kesehatan terhadap Koperasi Simpan Pinjam");
  });

  it("kolom yang terisi: TUJUAN atau SASARAN, dan nama yang diulang", () => {
    const tb = satu([
      t(
        "NO",
        "TUJUAN",
        "SASARAN",
        "INDIKATOR TUJUAN",
        "INDIKATOR SASARAN",
        "Data Awal",
        "2022",
        "2023",
      ),
      t(
        "1",
        "Meningkatkan kapasitas kelembagaan",
        "-",
        "Persentase Koperasi Berkualitas",
        "-",
        "50.70",
        "53.00",
        "54.00",
      ),
      t(
        "2",
        "Meningkatnya keberdayaan pelaku usaha mikro",
        "-",
        "Persentase usaha mikro",
        "-",
        "10.24",
        "12.00",
        "13.00",
      ),
      t(
        "",
        "",
        "Meningkatnya kualitas koperasi",
        "",
        "Persentase Koperasi aktif",
        "88,72",
        "76.00",
        "76.50",
      ),
      t(
        "",
        "",
        "Meningkatkan pertumbuhan wirausaha",
        "",
        "Persentase pertumbuhan wirausaha",
        "NA",
        "30.00",
        "35.00",
      ),
      t(
        "",
        "",
        "Meningkatnya kualitas koperasi",
        "",
        "Persentase koperasi sehat",
        "NA",
        "10",
        "12",
      ),
    ]);
    expect(tb.kind).toBe("renstra");
    expect(ringkasBaris(tb)).toEqual([
      "1 tujuan 1 -",
      "2 tujuan 2 -",
      "3 sasaran - 2",
      "4 sasaran - 2",
      "5 sasaran - 2 lanjut",
    ]);
    expect(tb.rows[2].levelReason).toBe("nama pada kolom 'SASARAN'; induk menurut urutan baris");
    expect(tb.rows[4].levelReason).toBe(
      "baris lanjutan (nama sama dengan entitas di atas): indikator lain dari sasaran pada baris 4",
    );
    expect(tb.rows[3].indikator).toBe("Persentase pertumbuhan wirausaha");
  });

  it("Tujuan/Sasaran tanpa baris anak: semua baris sasaran; dengan baris anak: tujuan lalu sasaran", () => {
    const satuTingkat = satu([
      t("NO", "TUJUAN/SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET"),
      t(
        "1",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "Persentase Pelaku Usaha",
        "Persentase (%)",
        "7%",
      ),
      t("2", "Meningkatnya Pendapatan Koperasi", "Persentase Koperasi", "Persentase (%)", "15%"),
    ]);
    expect(ringkasBaris(satuTingkat)).toEqual(["1 sasaran 1 -", "2 sasaran 2 -"]);
    expect(satuTingkat.rows[0].levelReason).toBe(
      "kolom 'TUJUAN/SASARAN STRATEGIS' tanpa baris anak: nomor 1 dibaca sebagai sasaran",
    );
    const duaTingkat = satu([
      t("NO", "TUJUAN/SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET"),
      t(
        "1",
        "Meningkatkan Kualitas Koperasi dan UMKM",
        "Persentase Pertumbuhan UMKM",
        "Persentase (%)",
        "7%",
      ),
      t(
        "",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "Persentase Pelaku Usaha",
        "Persentase (%)",
        "7%",
      ),
      t("", "Meningkatnya Pendapatan Koperasi", "Persentase Koperasi", "Persentase (%)", "15%"),
      t(
        "2",
        "Meningkatkan kontribusi PDRB",
        "Persentase kontribusi PDRB",
        "Persentase (%)",
        "5.6%",
      ),
      t(
        "",
        "Meningkatkan kontribusi PDRB",
        "Persentase pertumbuhan PDRB",
        "Persentase (%)",
        "6.1%",
      ),
    ]);
    expect(ringkasBaris(duaTingkat)).toEqual([
      "1 tujuan 1 -",
      "2 sasaran - 1",
      "3 sasaran - 1",
      "4 tujuan 2 -",
      "5 tujuan - - lanjut",
    ]);
    expect(duaTingkat.rows[1].levelReason).toBe(
      "baris tanpa nomor di bawah tujuan bernomor pada kolom 'TUJUAN/SASARAN STRATEGIS': sasaran; induk menurut urutan baris",
    );
  });

  it("judul indikator (Output / Keluaran) menunjuk tingkat bila tak ada petunjuk lain", () => {
    const tb = satu([
      t("No", "Indikator Kinerja (Output / Keluaran)", "Target"),
      t("", "Jumlah Dokumen Perencanaan", "2 Dokumen"),
    ]);
    expect(tb.rows[0]).toMatchObject({
      level: "kegiatan",
      levelReason: "judul kolom indikator menunjuk kegiatan",
    });
  });
});

describe("baris jumlah dan rata-rata", () => {
  it.each([
    ["JUMLAH", "jumlah"],
    ["J U M L A H", "jumlah"],
    ["Jumlah", "jumlah"],
    ["TOTAL", "jumlah"],
    ["TOTAL ANGGARAN", "jumlah"],
    ["Rata-rata capaian", "rata-rata"],
    ["Total rata-rata capaian sasaran (1+2+3)", "rata-rata"],
  ])("%p -> %p", (label, jenis) => {
    const tb = satu([
      t("No", "Program", "Target", "Realisasi", "Capaian"),
      t("1", "PROGRAM A", "10", "9", "90"),
      t(label, "", "", "", "90"),
    ]);
    expect(tb.totalRows).toEqual([{ row: 2, label, jenis }]);
    expect(tb.rows.map((r) => r.row)).toEqual([1]);
  });

  it("jumlah di kolom kedua dengan nilai bergeser satu kolom; indikator berawalan Jumlah bukan total", () => {
    const tb = satu([
      t("No", "Program", "Indikator", "Anggaran", "Keterangan"),
      t("1", "PROGRAM A", "Jumlah dokumen", "100", ""),
      t("", "J U M L A H", "", "", "100"),
    ]);
    expect(tb.totalRows).toEqual([{ row: 2, label: "J U M L A H", jenis: "jumlah" }]);
    expect(tb.rows).toHaveLength(1);
    expect(tb.rows[0].indikator).toBe("Jumlah dokumen");
  });

  it("rata-rata capaian di kolom indikator", () => {
    const tb = satu([
      t("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "%"),
      t("1.", "Meningkatnya kualitas", "Persentase Koperasi aktif", "76,50 %", "77,32%", "101,07"),
      t("", "", "Rata-rata capaian sasaran-1", "", "", "101,07"),
      t("2", "Meningkatkan pertumbuhan", "Persentase pertumbuhan", "35%", "42,53%", "121,51"),
    ]);
    expect(tb.totalRows).toEqual([
      { row: 2, label: "Rata-rata capaian sasaran-1", jenis: "rata-rata" },
    ]);
    expect(ringkasBaris(tb)).toEqual(["1 sasaran 1. -", "3 sasaran 2 -"]);
  });
});

describe("polaritas", () => {
  it("dari kolom arah, selain itu bawaan dari opsi", () => {
    const lines = [
      t("No", "Sasaran", "Indikator", "Target (Meningkat, Menurun)", "Target"),
      t("1", "Sasaran A", "Persentase fluktuasi harga", "Menurun", "14,8%"),
      t("2", "Sasaran B", "Persentase pertumbuhan", "Meningkat", "5%"),
      t("3", "Sasaran C", "Indeks X", "", "3"),
      t("4", "Sasaran D", "Indeks Y", "naik/turun", "3"),
    ];
    const tb = satu(lines, [], { polaritasBawaan: "-" });
    expect(tb.rows.map((r) => [r.polaritas, r.polaritasReason])).toEqual([
      ["-", "kolom arah D berisi 'Menurun'"],
      ["+", "kolom arah D berisi 'Meningkat'"],
      ["-", "kolom arah D kosong: memakai polaritas bawaan (-)"],
      ["-", "arah 'naik/turun' di kolom D tidak terbaca: memakai polaritas bawaan (-)"],
    ]);
    const tanpaArah = satu([t("No", "Sasaran", "Indikator", "Target"), t("1", "A", "B", "1")]);
    expect(tanpaArah.rows[0]).toMatchObject({
      polaritas: "+",
      polaritasReason: "tidak ada kolom arah (Meningkat/Menurun): memakai polaritas bawaan (+)",
    });
  });
});

describe("sambung", () => {
  it.each([
    [
      "Persentase Pelaku Usaha UMKM yang Pendap",
      "atannya Meningkat",
      "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
    ],
    [
      "PROGRAM STANDARDISASI DAN PERLINDUNG",
      "AN KONSUMEN",
      "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
    ],
    [
      "Persentase kontribusi PDRB sektor industri",
      "pengolahan terhadap Total PDRB",
      "Persentase kontribusi PDRB sektor industri pengolahan terhadap Total PDRB",
    ],
    [
      "Jumlah laporan Ketersediaan Barang Kebutuhan Pokok dan",
      "Barang Penting",
      "Jumlah laporan Ketersediaan Barang Kebutuhan Pokok dan Barang Penting",
    ],
  ])("%p + %p", (a, b, hasil) => {
    expect(sambung(a, b)).toBe(hasil);
  });
});
