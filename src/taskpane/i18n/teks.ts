/**
 * Every string the pane shows, in Bahasa Indonesia (first) and English. Both dictionaries share
 * one interface, so a string missing in either language is a type error.
 */
import type { MetodeNegatif, Polaritas } from "../../core/capaian";
import type { PresetSkalaId } from "../../core/kategori";

export type Bahasa = "id" | "en";

export const DAFTAR_BAHASA: readonly Bahasa[] = ["id", "en"];

export interface Teks {
  judulAplikasi: string;
  /** Label of the button that switches to the other language, written in that language. */
  gantiBahasa: string;
  gantiBahasaKeterangan: string;
  navigasi: string;
  tab: {
    kalkulator: string;
    fungsi: string;
    pindai: string;
    isi: string;
    periksa: string;
    ringkasan: string;
    pengaturan: string;
  };

  host: {
    excelJudul: string;
    excelIsi: (excelApi: string | undefined) => string;
    tanpaRuntimeBersama: string;
    lamaJudul: string;
    lamaIsi: string;
    luarJudul: string;
    luarIsi: string;
  };

  kalkulator: {
    judul: string;
    target: string;
    targetPetunjuk: string;
    realisasi: string;
    realisasiPetunjuk: string;
    arah: string;
    arahPilihan: Record<Polaritas, string>;
    metode: string;
    metodePetunjuk: string;
    metodePilihan: Record<MetodeNegatif, string>;
    skala: string;
    skalaPilihan: Record<PresetSkalaId, string>;
    hitung: string;
    hasil: string;
    capaian: string;
    kategori: string;
    galatJudul: string;
    catatanJudul: string;
    galatInternal: string;
  };

  fungsi: {
    judul: string;
    pemisah: string;
    sintaks: string;
    contoh: string;
    salin: (nama: string) => string;
    disalin: (nama: string) => string;
    gagalSalin: string;
    sisipkan: (nama: string) => string;
    disisipkan: (alamat: string) => string;
    selTerisi: (alamat: string) => string;
    gagalSisip: (detail: string) => string;
  };
}

const ID: Teks = {
  judulAplikasi: "Kinerja",
  gantiBahasa: "English",
  gantiBahasaKeterangan: "Switch the panel to English",
  navigasi: "Bagian panel",
  tab: {
    kalkulator: "Kalkulator",
    fungsi: "Fungsi",
    pindai: "Pindai",
    isi: "Isi",
    periksa: "Periksa",
    ringkasan: "Ringkasan",
    pengaturan: "Pengaturan",
  },

  host: {
    excelJudul: "Terhubung ke Excel",
    excelIsi: (excelApi) =>
      `Fungsi =SAKIP.* tersedia di lembar kerja.${excelApi ? ` Versi ExcelApi: ${excelApi}.` : ""}`,
    tanpaRuntimeBersama:
      "Runtime bersama tidak tersedia: panel dan fungsi berjalan terpisah, pengaturan panel tidak memengaruhi fungsi.",
    lamaJudul: "Versi Excel terbatas",
    lamaIsi:
      "Fungsi =SAKIP.* tidak tersedia di versi Excel ini; panel tetap dapat dipakai untuk menghitung capaian dan membaca daftar fungsi. Untuk memakai fungsi di sel, buka buku kerja di Excel untuk Microsoft 365 atau Excel di web.",
    luarJudul: "Pratinjau di luar Excel",
    luarIsi:
      "Panel dibuka di peramban biasa. Kalkulator dan daftar fungsi tetap berjalan; fungsi =SAKIP.* dan penyisipan rumus ke sel hanya ada di Excel.",
  },

  kalkulator: {
    judul: "Kalkulator capaian",
    target: "Target",
    targetPetunjuk: "Tulis seperti di tabel: 80, 76,50%, 80 Prosen, A",
    realisasi: "Realisasi",
    realisasiPetunjuk: "Tulis seperti di tabel: 90, 77,04%, 18 Dok, BB",
    arah: "Arah indikator",
    arahPilihan: {
      "+": "+ (meningkat: makin tinggi makin baik)",
      "-": "- (menurun: makin rendah makin baik)",
    },
    metode: "Rumus untuk arah -",
    metodePetunjuk: "Dipakai hanya bila arah indikator - (menurun).",
    metodePilihan: {
      selisih: "Selisih: (2T - R) / T x 100 (bawaan)",
      rasio: "Rasio: T / R x 100",
      sisa: "Sisa: (T - R) / T x 100",
    },
    skala: "Skala kategori",
    skalaPilihan: {
      permendagri86: "Permendagri 86/2017 (bawaan)",
      "permendagri86-bulat": "Permendagri 86/2017, batas bulat (91-100, 76-90, ...)",
      atribut: "Atribut capaian (Sangat Berhasil ... Tidak Berhasil)",
    },
    hitung: "Hitung",
    hasil: "Hasil",
    capaian: "Capaian (%)",
    kategori: "Kategori",
    galatJudul: "Capaian tidak dapat dihitung",
    catatanJudul: "Catatan",
    galatInternal: "Terjadi kesalahan di mesin hitung. Silakan laporkan masukan yang dipakai.",
  },

  fungsi: {
    judul: "Daftar fungsi =SAKIP.*",
    pemisah:
      "Sintaks ditulis dengan pemisah titik koma (;) seperti Excel berpengaturan regional Indonesia; pada pengaturan Inggris gunakan koma (,). Argumen dalam [ ] boleh dihilangkan.",
    sintaks: "Sintaks",
    contoh: "Contoh",
    salin: (nama) => `Salin sintaks ${nama}`,
    disalin: (nama) => `Sintaks ${nama} disalin ke papan klip.`,
    gagalSalin:
      "Papan klip tidak dapat dipakai di sini; pilih teks sintaks lalu salin dengan Ctrl+C.",
    sisipkan: (nama) => `Sisipkan contoh ${nama} ke sel aktif`,
    disisipkan: (alamat) => `Contoh rumus ditulis ke sel ${alamat}.`,
    selTerisi: (alamat) =>
      `Sel ${alamat} sudah berisi; pilih sel kosong agar isinya tidak tertimpa.`,
    gagalSisip: (detail) => `Rumus tidak dapat disisipkan: ${detail}`,
  },
};

const EN: Teks = {
  judulAplikasi: "Kinerja",
  gantiBahasa: "Bahasa Indonesia",
  gantiBahasaKeterangan: "Ganti panel ke Bahasa Indonesia",
  navigasi: "Panel sections",
  tab: {
    kalkulator: "Calculator",
    fungsi: "Functions",
    pindai: "Scan",
    isi: "Fill",
    periksa: "Check",
    ringkasan: "Summary",
    pengaturan: "Settings",
  },

  host: {
    excelJudul: "Connected to Excel",
    excelIsi: (excelApi) =>
      `The =SAKIP.* functions are available in the worksheet.${excelApi ? ` ExcelApi version: ${excelApi}.` : ""}`,
    tanpaRuntimeBersama:
      "No shared runtime: the panel and the functions run separately, so panel settings do not affect the functions.",
    lamaJudul: "Limited Excel version",
    lamaIsi:
      "The =SAKIP.* functions are not available in this version of Excel; the panel can still be used to compute capaian and read the function list. To use the functions in cells, open the workbook in Excel for Microsoft 365 or Excel on the web.",
    luarJudul: "Preview outside Excel",
    luarIsi:
      "The panel is open in a plain browser. The calculator and the function list work; the =SAKIP.* functions and inserting formulas into cells exist only in Excel.",
  },

  kalkulator: {
    judul: "Capaian calculator",
    target: "Target",
    targetPetunjuk: "Type it as in the table: 80, 76,50%, 80 Prosen, A",
    realisasi: "Realisasi (actual)",
    realisasiPetunjuk: "Type it as in the table: 90, 77,04%, 18 Dok, BB",
    arah: "Indicator direction",
    arahPilihan: {
      "+": "+ (increasing: higher is better)",
      "-": "- (decreasing: lower is better)",
    },
    metode: "Formula for direction -",
    metodePetunjuk: "Used only when the indicator direction is - (decreasing).",
    metodePilihan: {
      selisih: "Selisih (difference): (2T - R) / T x 100 (default)",
      rasio: "Rasio (ratio): T / R x 100",
      sisa: "Sisa (remaining gap): (T - R) / T x 100",
    },
    skala: "Category scale",
    skalaPilihan: {
      permendagri86: "Permendagri 86/2017 (default)",
      "permendagri86-bulat": "Permendagri 86/2017, whole-number bounds (91-100, 76-90, ...)",
      atribut: "Atribut capaian (Sangat Berhasil ... Tidak Berhasil)",
    },
    hitung: "Compute",
    hasil: "Result",
    capaian: "Capaian (%)",
    kategori: "Category",
    galatJudul: "Capaian cannot be computed (details in Indonesian)",
    catatanJudul: "Notes (in Indonesian)",
    galatInternal: "The calculation engine failed. Please report the inputs you used.",
  },

  fungsi: {
    judul: "=SAKIP.* functions",
    pemisah:
      "Syntax is written with commas (,) as in Excel with English regional settings; with Indonesian regional settings use semicolons (;). Arguments in [ ] are optional.",
    sintaks: "Syntax",
    contoh: "Example",
    salin: (nama) => `Copy ${nama} syntax`,
    disalin: (nama) => `${nama} syntax copied to the clipboard.`,
    gagalSalin:
      "The clipboard is not available here; select the syntax text and copy it with Ctrl+C.",
    sisipkan: (nama) => `Insert ${nama} example into the active cell`,
    disisipkan: (alamat) => `Example formula written to cell ${alamat}.`,
    selTerisi: (alamat) =>
      `Cell ${alamat} is not empty; pick an empty cell so nothing is overwritten.`,
    gagalSisip: (detail) => `The formula could not be inserted: ${detail}`,
  },
};

export const TEKS: Readonly<Record<Bahasa, Teks>> = { id: ID, en: EN };

/** The argument separator shown in syntax: Indonesian regional settings use `;`. */
export const PEMISAH_ARGUMEN: Readonly<Record<Bahasa, string>> = { id: ";", en: "," };
