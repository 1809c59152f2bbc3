/**
 * Cells that do not start with a number: pending markers, grades, text targets and junk
 * (SAKIP.md section 4). Kept apart from the number scanner because this path is rare and may
 * afford lower-casing and regexes.
 */
import type { Nilai } from "./nilai";

/** SAKIP evaluation grades on their ordinal scale. */
const PERINGKAT: ReadonlyMap<string, number> = new Map([
  ["aa", 7],
  ["a", 6],
  ["bb", 5],
  ["b", 4],
  ["cc", 3],
  ["c", 2],
  ["d", 1],
]);

/** Markers that mean "no data yet"; a pending value, never 0. */
const TANDA_KOSONG = new Set([
  "-",
  "--",
  "---",
  "\u2013",
  "\u2014",
  "na",
  "n/a",
  "n.a",
  "n.a.",
  "#n/a",
  "tbd",
]);

const FRASA_KOSONG = new Set([
  "belum ada data",
  "tidak ada data",
  "data belum ada",
  "data belum tersedia",
  "belum tersedia",
  "belum ada",
]);

/**
 * First words of direction and qualitative targets (`Meningkat`, `Tersedia`, `Opini WTP`):
 * real targets, but they give no number, so capaian stays pending instead of becoming 0.
 */
const KATA_KUALITATIF = new Set([
  "meningkat",
  "meningkatnya",
  "menurun",
  "menurunnya",
  "naik",
  "turun",
  "tetap",
  "stabil",
  "bertambah",
  "berkurang",
  "tercapai",
  "tidak",
  "ada",
  "tersedia",
  "terlaksana",
  "terpenuhi",
  "terwujud",
  "terbentuk",
  "terbit",
  "tersusun",
  "terealisasi",
  "terkendali",
  "sesuai",
  "baik",
  "sangat",
  "cukup",
  "kurang",
  "tinggi",
  "sedang",
  "rendah",
  "berhasil",
  "optimal",
  "maksimal",
  "minimal",
  "lengkap",
  "selesai",
  "tepat",
  "wtp",
  "wdp",
  "opini",
  "positif",
  "negatif",
]);

const AWALAN_NILAI = /^(?:nilai|predikat)(?:\s+(?:sakip|akip|lakip|evaluasi))?\s*:?\s*/;
const SPASI = /\s+/g;
const KATA_PERTAMA = /^[\p{L}]+/u;
const MARKUP = /\$|\\[a-zA-Z]|<\/?[a-zA-Z][^>]*>|[{}]/;
const GALAT_EXCEL = /^#(?:div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data)$/;
const PEMBANDING = /^(?:[<>\u2264\u2265\u00b1~\u2248]|>=|<=)/;

export function pending(raw: string, reason: string): Nilai {
  return { raw, kind: "pending", reason };
}

export function takTerbaca(raw: string, reason: string): Nilai {
  return { raw, kind: "unreadable", reason };
}

export function alasanMenunggu(s: string): string {
  return `menunggu rilis data: ${s}`;
}

export function alasanMarkup(s: string): string {
  return `sisa format LaTeX/HTML di dalam sel, bukan nilai: '${s}'`;
}

export function alasanSampah(s: string): string {
  return `tidak dapat dibaca sebagai angka: '${s}'`;
}

export function adaMarkup(s: string): boolean {
  return MARKUP.test(s);
}

/** `s` is the folded, trimmed cell text and does not start with a readable number. */
export function bacaBukanAngka(s: string, raw: string): Nilai {
  if (s.length === 0) return pending(raw, "sel kosong");
  const kecil = s.toLowerCase();
  if (TANDA_KOSONG.has(kecil)) return pending(raw, `belum ada data (${s})`);
  if (FRASA_KOSONG.has(kecil)) return pending(raw, "belum ada data");
  if (kecil.includes("menunggu")) return pending(raw, alasanMenunggu(s));
  if (kecil === "rp" || kecil === "rp.") return pending(raw, `sel kosong (hanya '${s}')`);
  if (GALAT_EXCEL.test(kecil)) return takTerbaca(raw, `galat Excel di dalam sel: '${s}'`);
  if (MARKUP.test(s)) return takTerbaca(raw, alasanMarkup(s));
  if (PEMBANDING.test(s)) {
    return takTerbaca(raw, `target berupa batas atau kisaran, bukan satu angka: '${s}'`);
  }

  const huruf = kecil.replace(AWALAN_NILAI, "").replace(SPASI, "");
  const peringkat = PERINGKAT.get(huruf);
  if (peringkat !== undefined) {
    return { raw, kind: "grade", grade: huruf.toUpperCase(), rank: peringkat };
  }

  const kata = KATA_PERTAMA.exec(kecil);
  if (kata !== null && KATA_KUALITATIF.has(kata[0])) {
    return pending(raw, `target berupa teks, bukan angka: '${s}'`);
  }
  return takTerbaca(raw, alasanSampah(s));
}
