/** The command's words in Bahasa Indonesia and English (`--lang en`). */
import type { Severity } from "../core/periksa/types";

export type Bahasa = "id" | "en";

export interface Kamus {
  tabelDitemukan: (n: number) => string;
  tanpaTabel: string;
  barisJudul: (a: number, b: number) => string;
  baris: (n: number) => string;
  temuan: (galat: number, peringatan: number, info: number) => string;
  tanpaTemuan: string;
  lembar: (nama: string) => string;
  tingkat: Record<Severity, string>;
  jumlah: (tingkat: Severity, n: number) => string;
  diharapkan: string;
  tertulis: string;
  terkait: string;
  ringkasan: (berkas: number, galat: number, peringatan: number, info: number) => string;
  gagalBaca: (n: number) => string;
  tidakDapatDibaca: string;
  membaca: string;
  mengenali: string;
  memeriksa: string;
  menulis: string;
  pengaturanDari: (berkas: string) => string;
  masalahPengaturan: (berkas: string) => string;
  terisi: (berkas: string) => string;
  kolomTerisi: (rumus: number, nilai: number, dilewati: number) => string;
  dilewati: (n: number) => string;
  takTerisi: string;
  tanpaIsian: string;
  lainnya: (n: number) => string;
}

const ID: Kamus = {
  tabelDitemukan: (n) => `Tabel ditemukan: ${n}`,
  tanpaTabel: "Tidak ada tabel SAKIP yang dikenali.",
  barisJudul: (a, b) => (a === b ? `judul baris ${a}` : `judul baris ${a}-${b}`),
  baris: (n) => `${n} baris data`,
  temuan: (g, p, i) => `Temuan: ${g} galat, ${p} peringatan, ${i} info`,
  tanpaTemuan: "Tidak ada temuan.",
  lembar: (nama) => `Lembar "${nama}"`,
  tingkat: { error: "galat", warning: "peringatan", info: "info" },
  jumlah: (t, n) => `${n} ${ID.tingkat[t]}`,
  diharapkan: "seharusnya",
  tertulis: "tertulis",
  terkait: "terkait",
  ringkasan: (b, g, p, i) =>
    `Ringkasan: ${b} berkas diperiksa, ${g} galat, ${p} peringatan, ${i} info.`,
  gagalBaca: (n) => `${n} berkas tidak dapat dibaca.`,
  tidakDapatDibaca: "tidak dapat dibaca",
  membaca: "membaca",
  mengenali: "mengenali tabel",
  memeriksa: "memeriksa",
  menulis: "menulis",
  pengaturanDari: (b) => `Pengaturan dari ${b}`,
  masalahPengaturan: (b) => `Peringatan pengaturan (${b}):`,
  terisi: (b) => `Ditulis: ${b}`,
  kolomTerisi: (r, n, d) => `${r} rumus, ${n} nilai, ${d} dilewati`,
  dilewati: (n) => `Sel dilewati: ${n}`,
  takTerisi: "Kolom tidak diisi:",
  tanpaIsian:
    "Tidak ada kolom capaian, kategori, serapan, sisa atau efisiensi yang dapat diisi; salinan tetap ditulis tanpa perubahan.",
  lainnya: (n) => `... dan ${n} lainnya`,
};

const EN: Kamus = {
  tabelDitemukan: (n) => `Tables found: ${n}`,
  tanpaTabel: "No SAKIP table recognised.",
  barisJudul: (a, b) => (a === b ? `header row ${a}` : `header rows ${a}-${b}`),
  baris: (n) => `${n} data rows`,
  temuan: (g, p, i) =>
    `Findings: ${EN.jumlah("error", g)}, ${EN.jumlah("warning", p)}, ${EN.jumlah("info", i)}`,
  tanpaTemuan: "No findings.",
  lembar: (nama) => `Sheet "${nama}"`,
  tingkat: { error: "error", warning: "warning", info: "info" },
  jumlah: (t, n) => `${n} ${EN.tingkat[t]}${n === 1 || t === "info" ? "" : "s"}`,
  diharapkan: "expected",
  tertulis: "printed",
  terkait: "related",
  ringkasan: (b, g, p, i) =>
    `Summary: ${b} file${b === 1 ? "" : "s"} checked, ${EN.jumlah("error", g)}, ` +
    `${EN.jumlah("warning", p)}, ${EN.jumlah("info", i)}.`,
  gagalBaca: (n) => `${n} file${n === 1 ? "" : "s"} could not be read.`,
  tidakDapatDibaca: "cannot be read",
  membaca: "reading",
  mengenali: "recognising tables",
  memeriksa: "checking",
  menulis: "writing",
  pengaturanDari: (b) => `Settings from ${b}`,
  masalahPengaturan: (b) => `Settings warnings (${b}):`,
  terisi: (b) => `Written: ${b}`,
  kolomTerisi: (r, n, d) => `${r} formulas, ${n} values, ${d} skipped`,
  dilewati: (n) => `Cells skipped: ${n}`,
  takTerisi: "Columns not filled:",
  tanpaIsian:
    "No capaian, kategori, serapan, sisa or efisiensi column to fill; the copy was written unchanged.",
  lainnya: (n) => `... and ${n} more`,
};

export function kamus(bahasa: Bahasa): Kamus {
  return bahasa === "en" ? EN : ID;
}

export const BANTUAN = `kinerja — memeriksa dan melengkapi tabel SAKIP dalam berkas Excel (.xlsx)

Pemakaian:
  kinerja check BERKAS... [--json] [--lang id|en] [--config F] [--progress]
  kinerja fill BERKAS -o KELUARAN [--mode formulas|values|functions] [--config F] [--names]
  kinerja names BERKAS -o KELUARAN [--config F] [--timpa]
  kinerja --help | --version

Perintah:
  check   Mengenali tabel Renstra, IKU, PK, pengukuran, anggaran dan efisiensi, lalu
          melaporkan setiap ketidaksesuaian (sel, nilai seharusnya, nilai tertulis).
  fill    Menulis salinan dengan kolom capaian, kategori, serapan, sisa dan efisiensi terisi.
  names   Menulis salinan berisi fungsi buku kerja =CAPAIAN(), =KATEGORI(), =SERAPAN(), =SISA(),
          =EFISIENSI() (LAMBDA; dihitung Excel Microsoft 365, Excel 2024 dan Excel di web).

Opsi:
  --json              Cetak satu dokumen JSON {"files":[...]} (check).
  --lang id|en        Bahasa pesan (bawaan: id).
  --config F          Berkas pengaturan; bawaan: kinerja.config.json di samping tiap berkas.
  -o, --output F      Berkas keluaran (fill); tidak boleh sama dengan berkas masukan.
  --mode M            formulas (bawaan): rumus Excel bawaan; values: nilai hasil hitung;
                      functions: rumus SAKIP.* (perlu add-in Kinerja).
  --names             fill: sekalian pasang fungsi buku kerja =CAPAIAN() dan kawan-kawannya.
  --timpa             names, fill --names: ganti nama yang sudah dipakai buku kerja untuk hal lain.
  --progress          Tampilkan kemajuan di stderr walau bukan terminal.
  -h, --help          Bantuan ini.
  -v, --version       Versi.

Kode keluar: 0 tanpa galat; 1 ada temuan galat; 2 berkas tidak dapat dibaca atau perintah salah.
Rincian: docs/cli.md
`;
