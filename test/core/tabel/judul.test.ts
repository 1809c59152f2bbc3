/** Header variants: groups, numbering rows, broken words, typos, labels one column off. */
import { peran, satu, t } from "./bantu";

describe("baris judul", () => {
  it("kelompok ANGGARAN di atas Anggaran | Realisasi | % Capaian, baris satuan (Rp.)", () => {
    const tb = satu(
      [
        t(
          "No.",
          "Tujuan/Sasaran",
          "Indikator Kinerja",
          "",
          "",
          "ANGGARAN",
          "",
          "",
          "Tingkat Efisiensi",
        ),
        t("", "", "Target", "Realisasi", "% Capaian", "Anggaran", "Realisasi", "% Capaian", ""),
        t("", "", "", "", "", "(Rp.)", "(Rp.)", "", ""),
        t("1", "Meningkatnya kualitas", "80%", "90%", "112,50%", "1.000", "900", "90,00%", "1,25"),
      ],
      ["A1:A3", "B1:B3", "C1:E1", "F1:H1", "I1:I3"],
    );
    expect(tb.headerRows).toEqual([0, 2]);
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
    const g = tb.columns.find((c) => c.role === "realisasi_anggaran");
    expect(g?.header).toBe("ANGGARAN > Realisasi (Rp.)");
    expect(g?.reason).toBe(
      "judul 'Realisasi' di bawah 'ANGGARAN' dibaca sebagai realisasi anggaran",
    );
    expect(tb.columns.find((c) => c.role === "capaian")?.reason).toBe(
      "judul '% Capaian' di bawah 'Indikator Kinerja' dibaca sebagai capaian kinerja",
    );
    expect(tb.kind).toBe("efisiensi");
  });

  it("kelompok tanpa sel gabungan: label kelompok menaungi sel kosong yang berisi sub-judul", () => {
    const tb = satu([
      t("No.", "Tujuan/Sasaran", "Indikator Kinerja", "2022", "", "", "2023", "", ""),
      t("", "", "", "Target", "Realisasi", "% Capaian", "Target", "Realisasi", "% Capaian"),
      t("1", "Meningkatnya X", "Persentase X", "6%", "10,47%", "174,5%", "7%", "16,24%", "232%"),
    ]);
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
    expect(tb.columns[4].header).toBe("2022 > Realisasi");
    expect(tb.columns[7].reason).toBe(
      "judul 'Realisasi' dibaca sebagai realisasi kinerja; tahun 2023 dari judul '2023'",
    );
  });

  it("TARGET KINERJA PADA TAHUN di atas 2022 ... 2026 dan baris nomor (1) (2) ...", () => {
    const tb = satu(
      [
        t("NO", "SASARAN", "INDIKATOR KINERJA", "TARGET KINERJA PADA TAHUN", "", "", "", ""),
        t("", "", "", "2022", "2023", "2024", "2025", "2026"),
        t("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
        t("1.", "Meningkatnya X", "Persentase X", "80%", "80%", "85%", "90%", "95%"),
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:H1"],
    );
    expect(tb.headerRows).toEqual([0, 2]);
    expect(peran(tb).slice(3)).toEqual([
      "D:target:2022",
      "E:target:2023",
      "F:target:2024",
      "G:target:2025",
      "H:target:2026",
    ]);
    expect(tb.columns[3].reason).toBe(
      "judul '2022' di bawah 'TARGET KINERJA PADA TAHUN' dibaca sebagai target; tahun 2022 dari judul '2022'",
    );
    expect(tb.kind).toBe("renstra");
  });

  it("kata terpotong dan salah ketik tetap dikenali, dengan alasan yang menyebut bacaannya", () => {
    const tb = satu([
      t("NO", "SASARAN", "INDIKATO R", "TARGE T", "REALIS ASI", "CAP AIAN", "Katagori"),
      t("1", "Meningkatnya X", "Persentase X", "80", "76,5", "95,63", "Sangat Tinggi"),
    ]);
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:target",
      "E:realisasi",
      "F:capaian",
      "G:kategori",
    ]);
    expect(tb.columns[4].reason).toBe(
      "judul 'REALIS ASI' (dibaca 'realisasi') dibaca sebagai realisasi kinerja",
    );
    expect(tb.columns[6].reason).toBe(
      "judul 'Katagori' (dibaca 'kategori') dibaca sebagai kategori",
    );
  });

  it("nomor di dalam label (Rumus (4)) dan rumus di baris nomor (6=4/5*100)", () => {
    const tb = satu([
      t(
        "No.",
        "Tujuan/Sasaran",
        "Indikator Kinerja",
        "Realisasi Kinerja Tahun 2023",
        "Target Akhir 2026",
        "Tingkat Kemajuan",
      ),
      t("1", "2", "3", "4", "5", "6=4/5*100"),
      t("1", "Meningkatnya X", "Persentase X", "16,24%", "9%", "180,44"),
    ]);
    expect(tb.headerRows).toEqual([0, 1]);
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:realisasi:2023",
      "E:target::akhir",
      "F:kemajuan",
    ]);
    expect(tb.kind).toBe("pengukuran");
    expect(tb.kindReason).toContain("'Tingkat Kemajuan' (F)");
  });

  it("Perhitungan > Rumus | Tipe | Target (arah) dan Target Kinerja > Sebelum | Sesudah", () => {
    const tb = satu(
      [
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
        t("", "", "", "Rumus (4)", "Tipe (5)", "Target (6)", "", "Sebelum (8)", "Sesudah (9)"),
        t(
          "2.3.",
          "Meningkatkan koperasi",
          "Rasio Koperasi",
          "A / B x 100%",
          "Non Kumulatif",
          "Meningkat",
          "Bidang Koperasi",
          "80 Prosen",
          "80 Prosen",
        ),
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2", "H1:I1"],
    );
    expect(peran(tb)).toEqual([
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
    expect(tb.columns[5].reason).toBe(
      "judul 'Target (6)' di bawah 'Perhitungan' menyatakan arah (meningkat/menurun)",
    );
    expect(tb.columns[7].header).toBe("Target Kinerja > Sebelum (8)");
    expect(tb.kind).toBe("pk");
    expect(tb.rows[0]).toMatchObject({
      polaritas: "+",
      polaritasReason: "kolom arah F berisi 'Meningkat'",
    });
  });

  it("Realisasi di sebelah Anggaran dan % Capaian sesudahnya: anggaran", () => {
    const tb = satu([
      t("No.", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi", "% Capaian"),
      t("1", "PROGRAM PENUNJANG", "12.649.363.995", "9.440.925.382", "74,64"),
    ]);
    expect(peran(tb)).toEqual(["A:no", "B:uraian", "C:pagu", "D:realisasi_anggaran", "E:serapan"]);
    expect(tb.columns[3].reason).toBe(
      "judul 'Realisasi' di sebelah kolom 'Anggaran (Rp)' (pagu) dibaca sebagai realisasi anggaran",
    );
    expect(tb.columns[4].reason).toBe(
      "judul '% Capaian' di sebelah kolom 'Realisasi' (realisasi anggaran) dibaca sebagai serapan anggaran",
    );
    expect(tb.kind).toBe("anggaran");
    expect(tb.kindReason).toBe(
      "jenis anggaran: kolom 'Anggaran (Rp)' (C), 'Realisasi' (D) dan '% Capaian' (E) tanpa target/realisasi kinerja di baris judul 1",
    );
  });

  it("SILPA dan Persentase (%) sesudahnya", () => {
    const tb = satu([
      t(
        "KODE REK",
        "PROGRAM/ KEGIATAN / SUB KEGIATAN",
        "ANGGARAN (Rp)",
        "REALISASI ANGGARAN (Rp)",
        "SILPA (Rp)",
        "Persentase (%)",
      ),
      t("2.17.01", "PROGRAM PENUNJANG", "11.674.610.355", "10.711.482.609", "956.623.047", "8,19"),
    ]);
    expect(peran(tb)).toEqual([
      "A:kode",
      "B:uraian",
      "C:pagu",
      "D:realisasi_anggaran",
      "E:sisa",
      "F:persen_sisa",
    ]);
  });

  it("% di sebelah Realisasi adalah capaian; Tingkat Capaian berisi teks adalah kategori; realisasi tahun lalu", () => {
    const tb = satu(
      [
        t(
          "NO.",
          "INDIKATOR KINERJA",
          "CAPAIAN KINERJA TAHUN 2023",
          "",
          "",
          "",
          "REALISASI TAHUN 2022",
        ),
        t("", "", "TARGET", "REALISASI", "%", "TINGKAT CAPAIAN", ""),
        t("1", "2", "3", "4", "5", "6", "7"),
        t("TUJUAN :", "", "", "", "", "", ""),
        t(
          "1.",
          "Persentase Koperasi yang Berkualitas",
          "54 %",
          "58,91 %",
          "109,09",
          "Sangat Tinggi",
          "54 %",
        ),
      ],
      ["A1:A2", "B1:B2", "C1:F1", "G1:G2"],
    );
    expect(peran(tb)).toEqual([
      "A:no",
      "B:indikator",
      "C:target:2023",
      "D:realisasi:2023",
      "E:capaian:2023",
      "F:kategori:2023",
      "G:realisasi:2022",
    ]);
    expect(tb.columns[5].reason).toBe(
      "judul 'TINGKAT CAPAIAN' berisi teks kategori, bukan angka: dibaca sebagai kategori; tahun 2023 dari judul 'CAPAIAN KINERJA TAHUN 2023'",
    );
  });

  it("Capaian 2020 sebelum target per tahun adalah data awal", () => {
    const tb = satu([
      t(
        "No",
        "Sasaran",
        "Indikator",
        "Capaian 2020",
        "Target 2022",
        "Target 2023",
        "Target Akhir Renstra",
      ),
      t("1", "Meningkatnya X", "Persentase X", "50", "53", "54", "57"),
    ]);
    expect(peran(tb)).toEqual([
      "A:no",
      "B:sasaran",
      "C:indikator",
      "D:baseline",
      "E:target:2022",
      "F:target:2023",
      "G:target::akhir",
    ]);
    expect(tb.columns[3].reason).toBe(
      "judul 'Capaian 2020' (tahun 2020) mendahului target tahun 2022: dibaca sebagai data awal (baseline)",
    );
    expect(tb.kind).toBe("renstra");
  });

  it("satu kolom per kategori dengan nama kategori sebagai judul", () => {
    const tb = satu(
      [
        t("No", "Indikator", "Target", "Realisasi", "Kategori", "", ""),
        t("", "", "", "", "Tinggi", "Sedang", "Rendah"),
        t("1", "Persentase X", "80", "70", "", "Sedang", ""),
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"],
    );
    expect(peran(tb)).toEqual([
      "A:no",
      "B:indikator",
      "C:target",
      "D:realisasi",
      "E:kategori",
      "F:kategori",
      "G:kategori",
    ]);
    expect(tb.columns[5].reason).toBe(
      "judul 'Sedang' adalah nama kategori: satu kolom per kategori",
    );
  });

  it("judul satu kolom bergeser dari data: SASARAN menaungi sel nomor dan sel nama", () => {
    const tb = satu([
      t(
        "NO",
        "TUJUAN",
        "SASARAN",
        "INDIKATOR KINERJA",
        "TARGET KINERJA PADA TAHUN",
        "",
        "",
        "",
        "",
      ),
      t("", "", "", "", "2022", "2023", "2024", "2025", "2026"),
      t("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
      t(
        "1.",
        "Meningkatnya Akuntabilitas Kinerja",
        "1.",
        "Meningkatnya capaian kinerja",
        "Persentase capaian kinerja PD",
        "80%",
        "80%",
        "85%",
        "90%",
        "95%",
      ),
      t(
        "2.",
        "Meningkatkan Kualitas Koperasi",
        "1.",
        "Meningkatnya Pendapatan Pelaku UMKM",
        "Persentase Pelaku Usaha",
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
        "Persentase Koperasi",
        "10%",
        "15%",
        "20%",
        "25%",
        "25%",
      ),
    ]);
    expect(tb.range).toEqual({ r0: 0, c0: 0, r1: 5, c1: 9 });
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
    expect(tb.columns[2].reason).toBe(
      "judul 'SASARAN' menaungi dua kolom; kolom C berisi nomor urut sasaran",
    );
    expect(tb.columns[4].header).toBe("INDIKATOR KINERJA");
    expect(tb.rows.map((r) => [r.row, r.level, r.kode, r.parentRow])).toEqual([
      [3, "sasaran", "1.", 3],
      [4, "sasaran", "1.", 4],
      [5, "sasaran", "2.", 4],
    ]);
  });

  it("judul diulang setelah pergantian halaman dilewati sebagai data", () => {
    const tb = satu([
      t("No.", "Sasaran", "Indikator", "Target", "Realisasi"),
      t("1", "2", "3", "4", "5"),
      t("1", "Sasaran A", "Indikator A", "80", "70"),
      "",
      t("No.", "Sasaran", "Indikator", "Target", "Realisasi"),
      t("1", "2", "3", "4", "5"),
      t("2", "Sasaran B", "Indikator B", "90", "95"),
    ]);
    expect(tb.repeatedHeaderRows).toEqual([4, 5]);
    expect(tb.rows.map((r) => r.row)).toEqual([2, 6]);
    expect(tb.range.r1).toBe(6);
  });
});
