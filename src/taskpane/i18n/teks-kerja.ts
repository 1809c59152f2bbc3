/**
 * Strings of the workbook tabs (Pindai, Isi, Periksa, Ringkasan, Pengaturan), Bahasa Indonesia
 * first. Kept apart from `teks.ts` so each file stays readable; same rule: both languages share
 * one interface.
 */
import type { MetodeNegatif, Polaritas } from "../../core/capaian";
import type { MetodeEfisiensi } from "../../core/efisiensi";
import type { ModeIsi } from "../../core/isi";
import type { PresetSkalaId } from "../../core/kategori";
import type { CaraBulat } from "../../core/pembulatan";
import type { Severity } from "../../core/periksa/types";
import type { TableKind } from "../../core/tabel/types";
import { useBahasa } from "./bahasa";
import type { Bahasa } from "./teks";

export interface TeksKerja {
  tanpaExcel: string;
  memuat: string;
  batal: string;
  perluPindai: string;
  galat: (detail: string) => string;
  masalahTersimpan: string;
  skalaPreset: Record<PresetSkalaId, string>;

  pindai: {
    judul: string;
    tombol: string;
    berjalan: string;
    kemajuan: (selesai: number, total: number) => string;
    dibatalkan: string;
    ringkas: (tabel: number, lembar: number) => string;
    tanpaTabel: string;
    lembar: (nama: string) => string;
    jenis: string;
    jenisPilihan: Record<TableKind | "bukan", string>;
    rentang: string;
    alasan: string;
    kolom: string;
    judulKolom: string;
    peran: string;
    abaikan: string;
    dikoreksi: string;
    koreksiDisimpan: string;
    catatan: string;
  };

  isi: {
    judul: string;
    mode: string;
    modePilihan: Record<ModeIsi, string>;
    pratinjau: string;
    jumlahSel: (n: number) => string;
    kolomTabel: string;
    kolomBaris: (kolom: string, header: string, rumus: number, nilai: number) => string;
    berbeda: (n: number) => string;
    berbedaBaris: (alamat: string, lama: string, baru: string) => string;
    lainnya: (n: number) => string;
    dilewati: (n: number) => string;
    tombolIsi: (n: number) => string;
    mengisi: string;
    terisi: (n: number, syncs: number) => string;
    undoDisimpan: string;
    undoHanyaMemori: string;
    tombolBatal: string;
    dibatalkanIsi: string;
    dibatalkan: string;
    kosong: string;
    catatan: string;
  };

  periksa: {
    judul: string;
    aturan: string;
    semuaAturan: string;
    jumlah: Record<Severity, (n: number) => string>;
    tingkat: Record<Severity, string>;
    lembar: (nama: string) => string;
    tanpaTemuan: string;
    terpilih: (alamat: string) => string;
    terkait: (alamat: string) => string;
    pilihTerkait: string;
    lainnya: (n: number) => string;
  };

  ringkasan: {
    judul: string;
    tabel: (lembar: string, rentang: string) => string;
    grafik: string;
    perKategori: string;
    kategori: string;
    jumlah: string;
    tanpaKategori: string;
    tanpaCapaian: string;
    batang: (indikator: string, capaian: string, kategori: string) => string;
  };

  pengaturan: {
    judul: string;
    skala: string;
    skalaSendiri: string;
    tabelSkala: string;
    batasBawah: string;
    label: string;
    tambahBaris: string;
    hapusBaris: (n: number) => string;
    metodeNegatif: string;
    metodeNegatifPilihan: Record<MetodeNegatif, string>;
    metodeEfisiensi: string;
    metodeEfisiensiPilihan: Record<MetodeEfisiensi, string>;
    pitaIndeks: string;
    pembulatan: string;
    pembulatanPilihan: Record<CaraBulat, string>;
    polaritas: string;
    polaritasPilihan: Record<Polaritas, string>;
    tahun: string;
    tahunPetunjuk: string;
    simpan: string;
    tersimpan: string;
    masalah: string;
  };

  fungsiBuku: {
    judul: string;
    penjelasan: string;
    versi: string;
    tombolPasang: string;
    tombolPerbarui: string;
    tombolHapus: string;
    memproses: string;
    membaca: string;
    sesuai: string;
    belumSesuai: (daftar: string) => string;
    dipasang: (daftar: string) => string;
    diperbarui: (daftar: string) => string;
    ditimpa: (daftar: string) => string;
    tidakBerubah: string;
    dihapus: (daftar: string) => string;
    tidakAdaDihapus: string;
    otomatis: string;
    konflikJudul: string;
    konflik: (nama: string, rumus: string) => string;
    ganti: (nama: string) => string;
    lewati: (nama: string) => string;
    dilewati: (nama: string) => string;
    perluApi: string;
  };
}

const JENIS_ID: Record<TableKind | "bukan", string> = {
  renstra: "Renstra",
  iku: "IKU",
  pk: "Perjanjian Kinerja (PK)",
  pengukuran: "Pengukuran kinerja",
  anggaran: "Anggaran",
  efisiensi: "Efisiensi",
  bukan: "Bukan tabel SAKIP",
};

const ID: TeksKerja = {
  tanpaExcel:
    "Panel tidak terhubung ke buku kerja. Buka panel di Excel, atau jalankan pratinjau (npm start) untuk memakai buku kerja contoh.",
  memuat: "Membaca pengaturan buku kerja...",
  batal: "Batalkan",
  perluPindai: "Pindai buku kerja dulu di tab Pindai.",
  galat: (d) => `Terjadi kesalahan: ${d}`,
  masalahTersimpan: "Pengaturan tersimpan di buku kerja bermasalah",
  skalaPreset: {
    permendagri86: "Permendagri 86/2017 (bawaan)",
    "permendagri86-bulat": "Permendagri 86/2017, batas bulat (91-100, 76-90, ...)",
    atribut: "Atribut capaian (Sangat Berhasil ... Tidak Berhasil)",
  },

  pindai: {
    judul: "Pindai buku kerja",
    tombol: "Pindai buku kerja",
    berjalan: "Membaca buku kerja...",
    kemajuan: (s, t) => `Membaca bagian ${s} dari ${t}`,
    dibatalkan: "Pemindaian dibatalkan.",
    ringkas: (t, l) => `${t} tabel SAKIP dikenali di ${l} lembar.`,
    tanpaTabel: "Tidak ada tabel SAKIP yang dikenali.",
    lembar: (n) => `Lembar ${n}`,
    jenis: "Jenis tabel",
    jenisPilihan: JENIS_ID,
    rentang: "Rentang",
    alasan: "Alasan",
    kolom: "Kolom",
    judulKolom: "Judul kolom",
    peran: "Peran",
    abaikan: "Abaikan",
    dikoreksi: "dikoreksi",
    koreksiDisimpan: "Koreksi disimpan di buku kerja dan dipakai pada pemindaian berikutnya.",
    catatan: "Catatan pembacaan",
  },

  isi: {
    judul: "Isi kolom hitungan",
    mode: "Cara mengisi",
    modePilihan: {
      functions: "Fungsi =SAKIP.* (ikut berubah bila data berubah; perlu add-in)",
      formulas: "Rumus Excel biasa (bawaan; berjalan tanpa add-in)",
      values: "Nilai saja (angka hasil hitung, tanpa rumus)",
    },
    pratinjau: "Pratinjau",
    jumlahSel: (n) => `${n} sel akan ditulis.`,
    kolomTabel: "Kolom yang diisi per tabel",
    kolomBaris: (k, h, r, v) => `${k} ${h}: ${r} rumus, ${v} nilai`,
    berbeda: (n) => `${n} sel sudah berisi nilai lain dan akan ditimpa:`,
    berbedaBaris: (a, l, b) => `${a}: ${l} -> ${b}`,
    lainnya: (n) => `dan ${n} sel lainnya`,
    dilewati: (n) => `${n} sel dilewati (masukan tidak lengkap atau tidak terbaca).`,
    tombolIsi: (n) => `Isi ${n} sel`,
    mengisi: "Menulis ke buku kerja...",
    terisi: (n, s) => `${n} sel ditulis (${s} kali sinkron dengan Excel).`,
    undoDisimpan: "Catatan pembatalan disimpan di buku kerja.",
    undoHanyaMemori:
      "Catatan pembatalan terlalu besar untuk disimpan di buku kerja; pembatalan hanya bisa selama panel ini terbuka.",
    tombolBatal: "Batalkan isian",
    dibatalkanIsi: "Isian dibatalkan: sel kembali seperti semula.",
    dibatalkan: "Pengisian dibatalkan sebelum selesai.",
    kosong: "Tidak ada sel yang perlu diisi.",
    catatan: "Catatan pengisian",
  },

  periksa: {
    judul: "Temuan pemeriksaan",
    aturan: "Aturan",
    semuaAturan: "Semua aturan",
    jumlah: {
      error: (n) => `${n} kesalahan`,
      warning: (n) => `${n} peringatan`,
      info: (n) => `${n} informasi`,
    },
    tingkat: { error: "Kesalahan", warning: "Peringatan", info: "Informasi" },
    lembar: (n) => `Lembar ${n}`,
    tanpaTemuan: "Tidak ada temuan.",
    terpilih: (a) => `Sel terpilih: ${a}`,
    terkait: (a) => `Sel terkait: ${a}`,
    pilihTerkait: "Pilih sel terkait",
    lainnya: (n) => `dan ${n} temuan lainnya (saring menurut aturan untuk melihatnya)`,
  },

  ringkasan: {
    judul: "Ringkasan capaian",
    tabel: (l, r) => `Lembar ${l}, ${r}`,
    grafik: "Capaian per indikator",
    perKategori: "Jumlah indikator per kategori",
    kategori: "Kategori",
    jumlah: "Jumlah",
    tanpaKategori: "Tanpa kategori",
    tanpaCapaian: "Belum ada capaian yang dapat dihitung.",
    batang: (i, c, k) => `${i}: capaian ${c}, ${k}`,
  },

  pengaturan: {
    judul: "Pengaturan buku kerja",
    skala: "Skala kategori",
    skalaSendiri: "Tabel sendiri",
    tabelSkala: "Tabel skala (batas bawah | label), dari kategori tertinggi",
    batasBawah: "Batas bawah (%)",
    label: "Label",
    tambahBaris: "Tambah baris",
    hapusBaris: (n) => `Hapus baris ${n}`,
    metodeNegatif: "Rumus untuk indikator menurun (-)",
    metodeNegatifPilihan: {
      selisih: "Selisih: (2T - R) / T x 100 (bawaan)",
      rasio: "Rasio: T / R x 100",
      sisa: "Sisa: (T - R) / T x 100",
    },
    metodeEfisiensi: "Cara menghitung efisiensi",
    metodeEfisiensiPilihan: {
      selisih: "Selisih capaian dan serapan (bawaan)",
      rasio: "Rasio capaian terhadap serapan",
      indeks: "Indeks dengan pita kantor",
    },
    pitaIndeks: "Pita indeks efisiensi (batas bawah | label)",
    pembulatan: "Pembulatan angka di laporan",
    pembulatanPilihan: {
      "half-up": "Dibulatkan (0,5 ke atas)",
      truncate: "Dipotong",
    },
    polaritas: "Arah indikator bila tabel tidak menyebutkan",
    polaritasPilihan: { "+": "+ (meningkat)", "-": "- (menurun)" },
    tahun: "Tahun laporan",
    tahunPetunjuk: "Kosongkan untuk memakai tahun terakhir yang berisi realisasi.",
    simpan: "Simpan pengaturan",
    tersimpan:
      "Pengaturan disimpan di buku kerja dan dipakai oleh fungsi =SAKIP.*, pemindaian, pemeriksaan dan pengisian.",
    masalah: "Masalah pada pengaturan",
  },

  fungsiBuku: {
    judul: "Fungsi =CAPAIAN() di buku kerja",
    penjelasan:
      "Menyimpan CAPAIAN, KATEGORI, SERAPAN, SISA dan EFISIENSI sebagai fungsi di dalam file, sehingga =CAPAIAN(D5;E5) dihitung tanpa add-in, juga oleh rekan yang menerima file ini. Rumusnya mengikuti pengaturan di atas.",
    versi:
      "Dihitung oleh Excel untuk Microsoft 365, Excel 2024 dan Excel di web. Excel 2021, 2019, 2016 dan yang lebih lama menampilkan #NAME?: di sana pakai rumus Excel biasa dari tab Isi, atau fungsi =SAKIP.*.",
    tombolPasang: "Pasang fungsi =CAPAIAN() di buku kerja",
    tombolPerbarui: "Perbarui fungsi =CAPAIAN() di buku kerja",
    tombolHapus: "Hapus fungsi =CAPAIAN() dari buku kerja",
    memproses: "Memproses nama di buku kerja...",
    membaca: "Membaca nama di buku kerja...",
    sesuai: "Fungsi sudah terpasang dan sesuai dengan pengaturan.",
    belumSesuai: (d) => `Belum terpasang atau belum sesuai dengan pengaturan: ${d}.`,
    dipasang: (d) => `Dipasang: ${d}.`,
    diperbarui: (d) => `Diperbarui: ${d}.`,
    ditimpa: (d) => `Diganti atas pilihan Anda: ${d}.`,
    tidakBerubah: "Semua fungsi sudah sesuai; tidak ada yang diubah.",
    dihapus: (d) => `Dihapus: ${d}.`,
    tidakAdaDihapus: "Tidak ada fungsi dari Kinerja di buku kerja ini.",
    otomatis: "Pengaturan berubah: fungsi di buku kerja ikut diperbarui.",
    konflikJudul: "Nama sudah dipakai di buku kerja",
    konflik: (n, r) =>
      `Buku kerja ini sudah punya nama ${n} (${r}) yang bukan dari Kinerja. Nama itu tidak diubah kecuali Anda memilih menggantinya.`,
    ganti: (n) => `Ganti ${n}`,
    lewati: (n) => `Lewati ${n}`,
    dilewati: (n) => `${n} dilewati: nama milik buku kerja tetap dipakai.`,
    perluApi:
      "Excel ini belum dapat menulis nama lewat add-in (perlu ExcelApi 1.7). Pakai rumus Excel biasa dari tab Isi.",
  },
};

const EN: TeksKerja = {
  tanpaExcel:
    "The panel is not connected to a workbook. Open it in Excel, or run the preview (npm start) to use the sample workbook.",
  memuat: "Reading the workbook's settings...",
  batal: "Cancel",
  perluPindai: "Scan the workbook first in the Scan tab.",
  galat: (d) => `Something went wrong: ${d}`,
  masalahTersimpan: "The settings stored in the workbook have problems (details in Indonesian)",
  skalaPreset: {
    permendagri86: "Permendagri 86/2017 (default)",
    "permendagri86-bulat": "Permendagri 86/2017, whole-number bounds (91-100, 76-90, ...)",
    atribut: "Atribut capaian (Sangat Berhasil ... Tidak Berhasil)",
  },

  pindai: {
    judul: "Scan the workbook",
    tombol: "Scan workbook",
    berjalan: "Reading the workbook...",
    kemajuan: (s, t) => `Reading part ${s} of ${t}`,
    dibatalkan: "Scan cancelled.",
    ringkas: (t, l) => `${t} SAKIP tables recognised on ${l} sheets.`,
    tanpaTabel: "No SAKIP table was recognised.",
    lembar: (n) => `Sheet ${n}`,
    jenis: "Table kind",
    jenisPilihan: {
      renstra: "Renstra (strategic plan)",
      iku: "IKU (key indicators)",
      pk: "Perjanjian Kinerja (PK)",
      pengukuran: "Performance measurement",
      anggaran: "Budget",
      efisiensi: "Efficiency",
      bukan: "Not a SAKIP table",
    },
    rentang: "Range",
    alasan: "Reason (in Indonesian)",
    kolom: "Column",
    judulKolom: "Header",
    peran: "Role",
    abaikan: "Ignore",
    dikoreksi: "corrected",
    koreksiDisimpan: "Correction saved in the workbook and used by the next scan.",
    catatan: "Reading notes (in Indonesian)",
  },

  isi: {
    judul: "Fill computed columns",
    mode: "How to fill",
    modePilihan: {
      functions: "=SAKIP.* functions (follow data changes; need the add-in)",
      formulas: "Plain Excel formulas (default; work without the add-in)",
      values: "Values only (computed numbers, no formulas)",
    },
    pratinjau: "Preview",
    jumlahSel: (n) => `${n} cells will be written.`,
    kolomTabel: "Columns filled per table",
    kolomBaris: (k, h, r, v) => `${k} ${h}: ${r} formulas, ${v} values`,
    berbeda: (n) => `${n} cells already hold a different value and will be overwritten:`,
    berbedaBaris: (a, l, b) => `${a}: ${l} -> ${b}`,
    lainnya: (n) => `and ${n} more cells`,
    dilewati: (n) => `${n} cells skipped (inputs missing or unreadable).`,
    tombolIsi: (n) => `Fill ${n} cells`,
    mengisi: "Writing to the workbook...",
    terisi: (n, s) => `${n} cells written (${s} syncs with Excel).`,
    undoDisimpan: "Undo record saved in the workbook.",
    undoHanyaMemori:
      "The undo record is too large to save in the workbook; undo works only while this panel stays open.",
    tombolBatal: "Undo fill",
    dibatalkanIsi: "Fill undone: the cells are back as they were.",
    dibatalkan: "Fill cancelled before it finished.",
    kosong: "No cell needs filling.",
    catatan: "Fill notes (in Indonesian)",
  },

  periksa: {
    judul: "Check findings",
    aturan: "Rule",
    semuaAturan: "All rules",
    jumlah: {
      error: (n) => `${n} errors`,
      warning: (n) => `${n} warnings`,
      info: (n) => `${n} notes`,
    },
    tingkat: { error: "Errors", warning: "Warnings", info: "Notes" },
    lembar: (n) => `Sheet ${n}`,
    tanpaTemuan: "No findings.",
    terpilih: (a) => `Selected cell: ${a}`,
    terkait: (a) => `Related cell: ${a}`,
    pilihTerkait: "Select related cell",
    lainnya: (n) => `and ${n} more findings (filter by rule to see them)`,
  },

  ringkasan: {
    judul: "Capaian summary",
    tabel: (l, r) => `Sheet ${l}, ${r}`,
    grafik: "Capaian per indicator",
    perKategori: "Indicators per category",
    kategori: "Category",
    jumlah: "Count",
    tanpaKategori: "No category",
    tanpaCapaian: "No capaian could be computed yet.",
    batang: (i, c, k) => `${i}: capaian ${c}, ${k}`,
  },

  pengaturan: {
    judul: "Workbook settings",
    skala: "Category scale",
    skalaSendiri: "Own table",
    tabelSkala: "Scale table (lower bound | label), highest category first",
    batasBawah: "Lower bound (%)",
    label: "Label",
    tambahBaris: "Add row",
    hapusBaris: (n) => `Remove row ${n}`,
    metodeNegatif: "Formula for decreasing indicators (-)",
    metodeNegatifPilihan: {
      selisih: "Selisih (difference): (2T - R) / T x 100 (default)",
      rasio: "Rasio (ratio): T / R x 100",
      sisa: "Sisa (remaining gap): (T - R) / T x 100",
    },
    metodeEfisiensi: "Efficiency method",
    metodeEfisiensiPilihan: {
      selisih: "Difference of capaian and absorption (default)",
      rasio: "Ratio of capaian to absorption",
      indeks: "Index with the office's bands",
    },
    pitaIndeks: "Efficiency index bands (lower bound | label)",
    pembulatan: "Rounding in the report",
    pembulatanPilihan: { "half-up": "Rounded (0.5 up)", truncate: "Truncated" },
    polaritas: "Indicator direction when the table does not say",
    polaritasPilihan: { "+": "+ (increasing)", "-": "- (decreasing)" },
    tahun: "Report year",
    tahunPetunjuk: "Leave empty for the latest year with realisasi.",
    simpan: "Save settings",
    tersimpan:
      "Settings saved in the workbook and used by the =SAKIP.* functions, scan, check and fill.",
    masalah: "Problems in the settings (in Indonesian)",
  },

  fungsiBuku: {
    judul: "=CAPAIAN() functions in the workbook",
    penjelasan:
      "Stores CAPAIAN, KATEGORI, SERAPAN, SISA and EFISIENSI as functions inside the file, so =CAPAIAN(D5,E5) computes without the add-in, also for colleagues who receive the file. The formulas follow the settings above.",
    versi:
      "Computed by Excel for Microsoft 365, Excel 2024 and Excel on the web. Excel 2021, 2019, 2016 and older show #NAME?: there, use plain Excel formulas from the Isi tab, or the =SAKIP.* functions.",
    tombolPasang: "Install =CAPAIAN() functions in the workbook",
    tombolPerbarui: "Update =CAPAIAN() functions in the workbook",
    tombolHapus: "Remove =CAPAIAN() functions from the workbook",
    memproses: "Working on the workbook's names...",
    membaca: "Reading the workbook's names...",
    sesuai: "The functions are installed and match the settings.",
    belumSesuai: (d) => `Not installed or not matching the settings: ${d}.`,
    dipasang: (d) => `Installed: ${d}.`,
    diperbarui: (d) => `Updated: ${d}.`,
    ditimpa: (d) => `Replaced as you chose: ${d}.`,
    tidakBerubah: "All functions already match; nothing changed.",
    dihapus: (d) => `Removed: ${d}.`,
    tidakAdaDihapus: "This workbook has no functions from Kinerja.",
    otomatis: "Settings changed: the workbook's functions were updated too.",
    konflikJudul: "Name already used in the workbook",
    konflik: (n, r) =>
      `This workbook already has a name ${n} (${r}) that is not from Kinerja. It is left as is unless you choose to replace it.`,
    ganti: (n) => `Replace ${n}`,
    lewati: (n) => `Skip ${n}`,
    dilewati: (n) => `${n} skipped: the workbook's own name stays.`,
    perluApi:
      "This Excel cannot write names through an add-in (needs ExcelApi 1.7). Use plain Excel formulas from the Isi tab.",
  },
};

export const TEKS_KERJA: Readonly<Record<Bahasa, TeksKerja>> = { id: ID, en: EN };

export function useTeksKerja(): TeksKerja {
  return TEKS_KERJA[useBahasa().bahasa];
}
