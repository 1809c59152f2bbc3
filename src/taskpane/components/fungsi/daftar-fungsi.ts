/**
 * The `=SAKIP.*` reference shown in the pane: names, arguments, one line per language and an
 * example whose arguments are literals, so it can be inserted into a cell as a complete formula.
 */
import type { Bahasa } from "../../i18n/teks";

export interface ArgumenFungsi {
  nama: string;
  opsional?: boolean;
}

export interface InfoFungsi {
  /** Name without the namespace, as registered: `CAPAIAN` is called as `=SAKIP.CAPAIAN(...)`. */
  nama: string;
  argumen: readonly ArgumenFungsi[];
  keterangan: Readonly<Record<Bahasa, string>>;
  /** Literal arguments of a working example. */
  contoh: readonly (number | string)[];
}

export const NAMESPACE = "SAKIP";

export const DAFTAR_FUNGSI: readonly InfoFungsi[] = [
  {
    nama: "CAPAIAN",
    argumen: [
      { nama: "target" },
      { nama: "realisasi" },
      { nama: "arah", opsional: true },
      { nama: "metode", opsional: true },
    ],
    keterangan: {
      id: "Capaian kinerja dalam persen; arah + atau -, metode selisih, rasio atau sisa untuk arah -.",
      en: "Performance achievement in percent; direction + or -, method selisih, rasio or sisa for direction -.",
    },
    contoh: [80, 90],
  },
  {
    nama: "KATEGORI",
    argumen: [{ nama: "capaian" }, { nama: "skala", opsional: true }],
    keterangan: {
      id: "Kategori capaian menurut skala permendagri86 (bawaan), permendagri86-bulat, atribut atau rentang tabel skala Anda sendiri.",
      en: "Achievement category on the permendagri86 (default), permendagri86-bulat or atribut scale, or your own scale table range.",
    },
    contoh: [112.5],
  },
  {
    nama: "SERAPAN",
    argumen: [{ nama: "pagu" }, { nama: "realisasi" }],
    keterangan: {
      id: "Serapan anggaran dalam persen: realisasi anggaran dibagi pagu.",
      en: "Budget absorption in percent: spending divided by the budget ceiling (pagu).",
    },
    contoh: [1500000000, 1275000000],
  },
  {
    nama: "SISA",
    argumen: [{ nama: "pagu" }, { nama: "realisasi" }],
    keterangan: {
      id: "Sisa anggaran (SILPA) dalam rupiah: pagu dikurangi realisasi.",
      en: "Unspent budget (SILPA) in rupiah: pagu minus spending.",
    },
    contoh: [1500000000, 1275000000],
  },
  {
    nama: "EFISIENSI",
    argumen: [{ nama: "capaian" }, { nama: "serapan" }, { nama: "metode", opsional: true }],
    keterangan: {
      id: "Tingkat efisiensi dari capaian kinerja dan serapan anggaran; metode selisih (bawaan), rasio atau indeks.",
      en: "Efficiency from achievement and budget absorption; method selisih (default), rasio or indeks.",
    },
    contoh: [112.5, 85],
  },
  {
    nama: "KATEGORI.EFISIENSI",
    argumen: [
      { nama: "efisiensi" },
      { nama: "metode", opsional: true },
      { nama: "pita", opsional: true },
    ],
    keterangan: {
      id: "Efisien atau Tidak Efisien menurut ambang metodenya, atau label dari tabel pita kantor Anda untuk metode indeks.",
      en: "Efisien or Tidak Efisien by the method's threshold, or a label from your office's band table for the indeks method.",
    },
    contoh: [27.5],
  },
  {
    nama: "NILAI",
    argumen: [{ nama: "teks" }],
    keterangan: {
      id: "Membaca angka yang diketik seperti di laporan (76,50%, 3.952.453.098, 80 Prosen); persen menjadi poin persen.",
      en: "Reads a number typed as in reports (76,50%, 3.952.453.098, 80 Prosen); percentages become percent points.",
    },
    contoh: ["76,50%"],
  },
  {
    nama: "CAPAIAN.RENSTRA",
    argumen: [{ nama: "realisasi" }, { nama: "target_akhir" }],
    keterangan: {
      id: "Kemajuan terhadap target akhir Renstra dalam persen (nilai kumulatif untuk indikator kumulatif).",
      en: "Progress towards the end-of-Renstra target in percent (cumulative values for cumulative indicators).",
    },
    contoh: [45, 60],
  },
];

export function namaLengkap(fungsi: InfoFungsi): string {
  return `${NAMESPACE}.${fungsi.nama}`;
}

/** `=SAKIP.CAPAIAN(target; realisasi; [arah]; [metode])` with the given separator. */
export function sintaks(fungsi: InfoFungsi, pemisah: string): string {
  const argumen = fungsi.argumen.map((a) => (a.opsional ? `[${a.nama}]` : a.nama));
  return `=${namaLengkap(fungsi)}(${argumen.join(`${pemisah} `)})`;
}

function literal(nilai: number | string, desimal: string): string {
  if (typeof nilai === "number") return String(nilai).replace(".", desimal);
  return `"${nilai.replace(/"/g, '""')}"`;
}

/**
 * The example as typed in Excel with the given separators. `pemisah = ","` with `desimal = "."`
 * is the invariant syntax that `Range.formulas` expects.
 */
export function rumusContoh(fungsi: InfoFungsi, pemisah = ",", desimal = "."): string {
  const argumen = fungsi.contoh.map((n) => literal(n, desimal));
  return `=${namaLengkap(fungsi)}(${argumen.join(pemisah)})`;
}
