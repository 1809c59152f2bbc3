/**
 * Real tables of report 002 (LKjIP 2023, Sumenep), transcribed as a planner keeps them in Excel:
 * merged header cells where the PDF had them, the report's own text in the cells.
 */
import { kenali, peran, ringkasBaris, satu, t } from "./bantu";

describe("seed 002 Tabel 2.1 (Renstra, SASARAN menaungi nomor dan nama, judul diulang)", () => {
  const judul = [
    t(
      "NO",
      "TUJUAN",
      "SASARAN",
      "",
      "INDIKATOR KINERJA",
      "TARGET KINERJA PADA TAHUN",
      "",
      "",
      "",
      "",
    ),
    t("", "", "", "", "", "2022", "2023", "2024", "2025", "2026"),
    t("(1)", "(2)", "(3)", "", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
  ];
  const gabung = (r: number): string[] => [
    `A${r}:A${r + 1}`,
    `B${r}:B${r + 1}`,
    `C${r}:D${r + 1}`,
    `E${r}:E${r + 1}`,
    `F${r}:J${r}`,
    `C${r + 2}:D${r + 2}`,
  ];
  const lines = [
    t("Tabel 2.1"),
    t("Tujuan, Sasaran, Indikator dan Target Kinerja"),
    "",
    ...judul,
    t(
      "1.",
      "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
      "1.",
      "Meningkatnya capaian kinerja Perangkat Daerah",
      "Persentase capaian kinerja PD",
      "80%",
      "80%",
      "85%",
      "90%",
      "95%",
    ),
    t(
      "2.",
      "Meningkatkan Kualitas Koperasi dan UMKM",
      "1.",
      "Meningkatnya Pendapatan Pelaku UMKM",
      "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
      "6%",
      "7%",
      "8%",
      "9%",
      "9%",
    ),
    t(
      "",
      "",
      "2.",
      "Meningkatnya Pendapatan Koperasi",
      "Persentase Koperasi yang Pendapatannya Meningkat",
      "10%",
      "15%",
      "20%",
      "25%",
      "25%",
    ),
    t(
      "3.",
      "Meningkatkan kontribusi PDRB sektor industri pengolahan",
      "1.",
      "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
      "Persentase pertumbuhan sektor PDRB Industri pengolahan",
      "0.5%",
      "6.1%",
      "6.2%",
      "6.3%",
      "6.4%",
    ),
    t(
      "4.",
      "Meningkatkan kontribusi PDRB sektor perdagangan besar dan eceran, reparasi mobil dan sepeda motor",
      "1.",
      "Terjaminnya akses terhadap kebutuhan Pokok",
      "Persentase fluktuasi harga Bapokti",
      "15%",
      "14,8%",
      "14,6%",
      "14,4%",
      "14,2%",
    ),
    "",
    ...judul,
    t(
      "",
      "",
      "2.",
      "Meningkatnya pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
      "Persentase pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
      "0.2%",
      "5.1%",
      "5.2%",
      "5.3%",
      "5.4%",
    ),
    "",
    t(
      "Sumber : Renstra Perubahan Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Sumenep periode 2021-2026",
    ),
  ];
  const tb = satu(lines, [...gabung(4), ...gabung(13)]);

  it("judul, rentang, baris judul dan ulangan", () => {
    expect(tb.title).toBe("Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Kinerja");
    expect(tb.range).toEqual({ r0: 3, c0: 0, r1: 15, c1: 9 });
    expect(tb.headerRows).toEqual([3, 5]);
    expect(tb.repeatedHeaderRows).toEqual([12, 13, 14]);
    expect(tb.kind).toBe("renstra");
    expect(tb.totalRows).toEqual([]);
  });

  it("peran kolom", () => {
    expect(peran(tb)).toEqual([
      "A:no",
      "B:tujuan",
      "C:no",
      "D:sasaran",
      "E:indikator",
      "F:target:2022",
      "G:target:2023",
      "H:target:2024",
      "I:target:2025",
      "J:target:2026",
    ]);
    expect(tb.columns[3].header).toBe("SASARAN");
    expect(tb.columns[6].header).toBe("TARGET KINERJA PADA TAHUN > 2023");
  });

  it("baris sasaran dengan tujuan pada kolomnya sendiri", () => {
    expect(ringkasBaris(tb)).toEqual([
      "6 sasaran 1. 6",
      "7 sasaran 1. 7",
      "8 sasaran 2. 7",
      "9 sasaran 1. 9",
      "10 sasaran 1. 10",
      "15 sasaran 2. 10",
    ]);
    expect(tb.rows[2]).toMatchObject({
      nama: "Meningkatnya Pendapatan Koperasi",
      indikator: "Persentase Koperasi yang Pendapatannya Meningkat",
      continuation: false,
      levelReason: "nama pada kolom 'SASARAN'; induk menurut urutan baris",
      polaritas: "+",
    });
    expect(tb.rows[0].levelReason).toBe("nama pada kolom 'SASARAN'; induk pada baris yang sama");
  });

  it("tata letak PDF tanpa gabungan: label SASARAN satu kolom bergeser, hasilnya sama", () => {
    const pdf = satu(
      lines
        .map((l) => l.replace(/^(\(1\)\t\(2\)\t\(3\))\t/, "$1\t"))
        .map((l) =>
          l.startsWith("NO\t") || l.startsWith("\t\t\t\t\t2022") || l.startsWith("(1)")
            ? l
                .split("\t")
                .filter((_, i) => i !== 3)
                .join("\t")
            : l,
        ),
    );
    expect(peran(pdf)).toEqual(peran(tb));
    expect(ringkasBaris(pdf)).toEqual(ringkasBaris(tb));
    expect(pdf.repeatedHeaderRows).toEqual([12, 13, 14]);
  });
});

describe("seed 002 Tabel 2.4 (PK, tujuan bernomor dan sasaran tanpa nomor, indikator terpotong)", () => {
  const tb = satu([
    t("Tabel 2.4"),
    t(
      "Perjanjian Kinerja Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Sumenep Tahun 2023",
    ),
    "",
    t("NO", "TUJUAN/SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET"),
    t("1", "2", "3", "4", "5"),
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
      "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
      "Persentase (%)",
      "7%",
    ),
    t(
      "",
      "Meningkatnya Pendapatan Koperasi",
      "Persentase Koperasi yang Pendapatannya Meningkat",
      "Persentase (%)",
      "15%",
    ),
    t(
      "2",
      "Meningkatkan kontribusi PDRB sektor industri pengolahan",
      "Persentase kontribusi PDRB sektor industri",
      "Persentase (%)",
      "5.6%",
    ),
    t("", "", "pengolahan terhadap Total PDRB", "", ""),
    t(
      "",
      "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
      "Persentase pertumbuhan sektor PDRB Industri pengolahan",
      "Persentase (%)",
      "0.5%",
    ),
    t(
      "3",
      "Meningkatkan kontribusi PDRB sektor perdagangan besar dan eceran, reparasi mobil dan sepeda motor",
      "Persentase kontribusi PDRB sektor perdagangan besar dan eceran, reparasi mobil dan sepeda motor terhadap total PDRB",
      "Persentase (%)",
      "5.1%",
    ),
    t(
      "",
      "Terjaminnya akses terhadap kebutuhan Pokok",
      "Persentase fluktuasi harga Bapokti",
      "Persentase (%)",
      "15%",
    ),
    t(
      "",
      "Meningkatnya pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
      "Persentase pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
      "Persentase (%)",
      "0.2%",
    ),
    t("4", "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "Sakip PD", "-", "A"),
    t(
      "",
      "Meningkatnya capaian kinerja Perangkat Daerah",
      "Persentase capaian kinerja PD",
      "Persentase (%)",
      "80%",
    ),
    "",
    t(
      "Sumber : Perjanjian Kinerja Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Sumenep Tahun 2023",
    ),
  ]);

  it("jenis, judul dan kolom", () => {
    expect(tb.kind).toBe("pk");
    expect(tb.headerRows).toEqual([3, 4]);
    expect(tb.range).toEqual({ r0: 3, c0: 0, r1: 15, c1: 4 });
    expect(peran(tb)).toEqual(["A:no", "B:sasaran", "C:indikator", "D:satuan", "E:target"]);
  });

  it("tingkat, induk, dan indikator yang disambung", () => {
    expect(ringkasBaris(tb)).toEqual([
      "5 tujuan 1 -",
      "6 sasaran - 5",
      "7 sasaran - 5",
      "8 tujuan 2 -",
      "10 sasaran - 8",
      "11 tujuan 3 -",
      "12 sasaran - 11",
      "13 sasaran - 11",
      "14 tujuan 4 -",
      "15 sasaran - 14",
    ]);
    expect(tb.rows[3].indikator).toBe(
      "Persentase kontribusi PDRB sektor industri pengolahan terhadap Total PDRB",
    );
    expect(tb.rows.map((r) => r.row)).not.toContain(9);
    expect(tb.rows[0].levelReason).toBe(
      "nomor urut 1 (tingkat 1) pada kolom 'TUJUAN/SASARAN STRATEGIS': tujuan",
    );
  });
});

describe("seed 002 Tabel 2.5 (daftar program dan kegiatan DPA)", () => {
  const tb = satu([
    t("NO.", "PROGRAM/KEGIATAN", "INDIKATOR KINERJA", "TARGET", "ANGGARAN"),
    t("1", "2", "3", "4", "5"),
    t(
      "1",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "Persentase terpenuhinya kebutuhan sarana dan prasarana kantor",
      "100 %",
      "#12365337022",
    ),
    t(
      "",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "Jumlah dokumen perencanaan penganggaran dan evaluasi perangkat daerah",
      "18 dokumen",
      "#14876000",
    ),
    t(
      "",
      "Administrasi Keuangan Perangkat Daerah",
      "Jumlah laporan administrasi keuangan perangkat daerah yang disusun",
      "2 Laporan",
      "#9359805637",
    ),
    t(
      "2",
      "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
      "Persentase Koperasi yang Telah Diawasi dan Diperiksa",
      "20%",
      "#79149440",
    ),
    t(
      "",
      "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah",
      "Jumlah Koperasi yang di Periksa dan diawasi",
      "200 Unit Usaha",
      "#79149440",
    ),
    t("", "Keanggotaannya dalam daerah Kabupaten/Kota", "", "", ""),
    t(
      "6",
      "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
      "Persentase UMKM Yang Difasilitasi Usahanya",
      "7 %",
      "#455693909",
    ),
    t(
      "",
      "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
      "Jumlah Usaha Mikro yang Dilakukan Pemberdayaan Melalui Pendataan, Kemitraan, Kemudahan Perijinan, Penguatan",
      "300 Unit Usaha",
      "#455693909",
    ),
    t("", "", "Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan", "", ""),
  ]);

  it("PK daftar program dengan target dan anggaran", () => {
    expect(tb.kind).toBe("pk");
    expect(peran(tb)).toEqual(["A:no", "B:uraian", "C:indikator", "D:target", "E:pagu"]);
    expect(ringkasBaris(tb)).toEqual([
      "2 program 1 -",
      "3 kegiatan - 2",
      "4 kegiatan - 2",
      "5 program 2 -",
      "6 kegiatan - 5",
      "8 program 6 -",
      "9 kegiatan - 8",
    ]);
    expect(tb.rows[4].nama).toBe(
      "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota",
    );
    expect(tb.rows[6].indikator).toBe(
      "Jumlah Usaha Mikro yang Dilakukan Pemberdayaan Melalui Pendataan, Kemitraan, Kemudahan Perijinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
    );
  });
});

describe("seed 002 Tabel 3.3 (dua kelompok tahun, indikator terpotong di tengah kata)", () => {
  const tb = satu(
    [
      t("No.", "Tujuan/Sasaran", "Indikator Kinerja", "2022", "", "", "2023", "", ""),
      t("", "", "", "Target", "Realisasi", "% Capaian", "Target", "Realisasi", "% Capaian"),
      t(
        "1",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "Persentase Pelaku Usaha UMKM yang Pendap",
        "6%",
        "10,47%",
        "174,5%",
        "7%",
        "16,24%",
        "232%",
      ),
      t("", "", "atannya Meningkat", "", "", "", "", "", ""),
      t(
        "2",
        "Meningkatnya pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
        "Persentase pertumbuhan PDRB sub sektor perdagangan besar dan eceran",
        "0.2%",
        "5,77%",
        "288,5%",
        "5.1%",
        "Menunggu Rilis PDRB oleh BPS 2024",
        "-",
      ),
      t(
        "3",
        "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
        "Persentase pertumbuhan sektor PDRB Industri pengolahan",
        "0.5%",
        "7,89%",
        "157,8%",
        "6.1%",
        "Menunggu Rilis PDRB oleh BPS 2024",
        "-",
      ),
    ],
    ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"],
  );

  it("peran per tahun dan baris", () => {
    expect(tb.kind).toBe("pengukuran");
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:target:2022",
      "E:realisasi:2022",
      "F:capaian:2022",
      "G:target:2023",
      "H:realisasi:2023",
      "I:capaian:2023",
    ]);
    expect(ringkasBaris(tb)).toEqual(["2 sasaran 1 -", "4 sasaran 2 -", "5 sasaran 3 -"]);
    expect(tb.rows[0].indikator).toBe("Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat");
  });
});

describe("seed 002 Tabel 3.8 (capaian anggaran: % Capaian adalah serapan)", () => {
  const tb = satu([
    t("No.", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"),
    t(
      "1",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "12.649.363.995",
      "9.440.925.382",
      "74,64",
    ),
    t(
      "",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "17.276.000",
      "17.098.500",
      "98,97",
    ),
    t("", "Administrasi Keuangan Perangkat Daerah", "9.464.053.120", "6.311.467.159", "66,69"),
    t("2", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "179.999.840", "179.851.399", "99,92"),
    t(
      "",
      "Pemeriksaan Dan Penagwasan Koperasi, Simpan Pinjam/ Unit Simpan Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota",
      "179.999.840",
      "179.851.399",
      "99,92",
    ),
  ]);

  it("jenis anggaran, peran, baris", () => {
    expect(tb.kind).toBe("anggaran");
    expect(peran(tb)).toEqual(["A:no", "B:uraian", "C:pagu", "D:realisasi_anggaran", "E:serapan"]);
    expect(ringkasBaris(tb)).toEqual([
      "1 program 1 -",
      "2 kegiatan - 1",
      "3 kegiatan - 1",
      "4 program 2 -",
      "5 kegiatan - 4",
    ]);
    expect(tb.rows.every((r) => r.indikator === undefined)).toBe(true);
  });
});

describe("seed 002 Tabel 3.9 (efisiensi, tiga baris judul, angka dan persen berformat)", () => {
  const tb = satu(
    [
      t("Tabel 3.9"),
      t("Perbandingan Pencapaian Kinerja dan Anggaran Tujuan dan Sasaran"),
      "",
      t(
        "No.",
        "Tujuan/Sasaran",
        "Indikator Kinerja",
        "",
        "",
        "Anggaran",
        "",
        "",
        "Tingkat Efisiensi",
      ),
      t("", "", "Target", "Realisasi", "% Capaian", "Anggaran", "Realisasi", "% Capaian", ""),
      t("", "", "", "", "", "(Rp.)", "(Rp.)", "", ""),
      t(
        "1",
        "Persentase Pertumbuhan UMKM",
        "7%",
        "4,4%",
        "62,85%",
        "#3952453098",
        "#3866199732",
        "#0.9782%",
        "0,64",
      ),
      t(
        "",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "7%",
        "16,24%",
        "232%",
        "#3952453098",
        "#3866199732",
        "#0.9782%",
        "2,37",
      ),
      t(
        "2",
        "Meningkatkan kontribusi PDRB sektor industri pengolahan",
        "5.6%",
        "Menunggu Rilis PDRB oleh BPS 2024",
        "-",
        "#5854613801",
        "#5417237447",
        "#0.9253%",
        "-",
      ),
      t(
        "",
        "Meningkatnya pertumbuhan sektor PDRB industri pengolahan",
        "6.1%",
        "Menunggu Rilis PDRB oleh BPS 2024",
        "-",
        "#5854613801",
        "#5417237447",
        "#0.9253%",
        "-",
      ),
      t(
        "4",
        "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
        "A",
        "A",
        "100%",
        "#12649363995",
        "#9440925382",
        "#0.7464%",
        "1,34",
      ),
      t(
        "",
        "Meningkatnya capaian kinerja Perangkat Daerah",
        "80%",
        "90%",
        "112,50%",
        "#12649363995",
        "#9440925382",
        "#0.7464%",
        "1,51",
      ),
      "",
      t("*Jika tingkat efisiensi mencapai kurang dari 1, maka tidak efisien"),
    ],
    ["A4:A6", "B4:B6", "C4:E4", "F4:H4", "I4:I6"],
  );

  it("efisiensi dengan kelompok Indikator Kinerja dan Anggaran", () => {
    expect(tb.kind).toBe("efisiensi");
    expect(tb.headerRows).toEqual([3, 5]);
    expect(tb.range).toEqual({ r0: 3, c0: 0, r1: 11, c1: 8 });
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:target",
      "D:realisasi",
      "E:capaian",
      "F:pagu",
      "G:realisasi_anggaran",
      "H:serapan",
      "I:efisiensi",
    ]);
    expect(tb.columns[5].header).toBe("Anggaran > Anggaran (Rp.)");
    expect(tb.kindReason).toBe(
      "jenis efisiensi: capaian kinerja dan serapan anggaran berdampingan (kolom 'Indikator Kinerja > % Capaian' (E), 'Anggaran > % Capaian' (H) dan 'Tingkat Efisiensi' (I)) di baris judul 4-6",
    );
    expect(ringkasBaris(tb)).toEqual([
      "6 tujuan 1 -",
      "7 sasaran - 6",
      "8 tujuan 2 -",
      "9 sasaran - 8",
      "10 tujuan 4 -",
      "11 sasaran - 10",
    ]);
  });
});

describe("seed 002: tabel skala kategori di antara tabel SAKIP", () => {
  it("Pengkategorian Capaian dilewati, tabel sesudahnya dikenali", () => {
    const tabel = kenali([
      t("Tabel 3.1"),
      t("Pengkategorian Capaian Kinerja"),
      "",
      t("No", "Kategori/Interpretasi", "Rata-Rata % Capaian"),
      t("1", "Sangat Tinggi", "$91 \\leq 100$"),
      t("2", "Tinggi", "$76 \\leq 90$"),
      t("5", "Sangat Rendah", "≤ 50"),
      "",
      t("Tabel 3.2"),
      t("Capaian Indikator Kinerja Utama"),
      "",
      t(
        "No.",
        "Tujuan/ Sasaran",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian %",
        "Kategori",
        "Sumber Data",
      ),
      t(
        "1",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "Persentase Pelaku Usaha UMKM yang Pendapatannya Meningkat",
        "7%",
        "16,24%",
        "232%",
        "Sangat Tinggi",
        "DKUPP Th. 2023",
      ),
    ]);
    expect(tabel.map((x) => [x.title, x.kind, x.range.r0])).toEqual([
      ["Tabel 3.2 Capaian Indikator Kinerja Utama", "pengukuran", 11],
    ]);
  });
});
