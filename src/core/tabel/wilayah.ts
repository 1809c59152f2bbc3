/**
 * Where a table's body ends: a blank gap of two rows or more, a caption, a footnote, prose, or a
 * new header. Headers repeated after a page break are noted and skipped. The body's columns are
 * profiled (numbers, codes, text) so that labels one column off from their data can be seen.
 */
import { Grid, Kelas } from "./grid";
import { barisNomor, calonJudul, tandaBaris, type BlokJudul } from "./judul";

export interface Wilayah {
  /** Body rows in order: data, totals, section rows, continuation text (repeats excluded). */
  baris: number[];
  ulangan: number[];
  /** Last row of the table (body or repeat). */
  akhir: number;
  c0: number;
  c1: number;
}

const RE_KAPSI = /^(tabel|table|gambar|grafik|diagram)\s*[\divx]/i;
const BAGIAN_RE = /^\s*(tujuan|sasaran|program|kegiatan|sub\s*kegiatan)(\s+strategis)?\s*:?\s*$/i;
/** A signature block: `Semarang, 01 November 2023`, `PIHAK KEDUA,`, `Mengetahui`, `NIP. ...`. */
const RE_TTD =
  /^(pihak\s+(pertama|kedua|kesatu)\b|mengetahui\b|nip\b|[A-Za-z .]+,\s*(\d{1,2}\s+)?[A-Za-z]+\s+\d{4}\s*$)/i;
const RE_CATATAN = /^(sumber\b|sumber\s*:|keterangan\s*:|ket\s*[.:]|catatan\b|note\b|\*)/i;

/** First non-empty text of a row within [c0, c1] and how many cells are filled. */
function isiBaris(
  g: Grid,
  r: number,
  c0: number,
  c1: number,
): { teks: string; n: number; c: number } {
  let teks = "";
  let n = 0;
  let kol = -1;
  const row = g.sheet.cells[r];
  if (row === undefined) return { teks, n, c: kol };
  const end = Math.min(c1, row.length - 1);
  for (let c = c0; c <= end; c++) {
    if (g.kosong(r, c)) continue;
    n++;
    if (kol < 0) {
      kol = c;
      teks = g.teks(r, c);
    }
  }
  return { teks, n, c: kol };
}

/** A cell holding a value (number, amount, pending mark): such a row is no header. */
export function adaNilai(g: Grid, r: number, c0: number, c1: number): boolean {
  const row = g.sheet.cells[r];
  if (row === undefined) return false;
  // Typed numbers first: most data rows have one, and no text needs classifying then.
  const end = Math.min(c1, row.length - 1);
  for (let c = c0; c <= end; c++) {
    const v = row[c]?.v;
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 1990 && v <= 2100)) return true;
  }
  for (let c = c0; c <= end; c++) {
    const k = g.kelasSel(r, c);
    if (k === Kelas.Angka || k === Kelas.Tunda) {
      const v = g.nilai(r, c);
      const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
      if (Number.isInteger(n) && n >= 1990 && n <= 2100) continue;
      return true;
    }
  }
  return false;
}

export function kapsi(teks: string): boolean {
  return RE_KAPSI.test(teks);
}

/**
 * A header row printed again after a page break: its labels equal the header's, allowing for
 * conversion debris at the end of a label (`SUB KEGIATAN ^o` / `SUB KEGIATAN _{oi}`).
 */
function ulanganJudul(g: Grid, r: number, b: BlokJudul, tanda: string[][]): boolean {
  if (barisNomor(g, r, b.c0, b.c1)) return true;
  const t = tandaBaris(g, r, b.c0, b.c1);
  const isiBarisIni = t.filter((x) => x !== "").length;
  for (const h of tanda) {
    let isi = 0;
    let sama = 0;
    for (let i = 0; i < h.length; i++) {
      if (h[i] === "") continue;
      isi++;
      const x = t[i];
      if (x !== "" && (x === h[i] || x.startsWith(h[i]) || h[i].startsWith(x))) sama++;
    }
    if (isi >= 1 && sama >= Math.max(1, Math.ceil(Math.max(isi, isiBarisIni) * 0.8))) return true;
  }
  return false;
}

export function pindaiWilayah(g: Grid, b: BlokJudul): Wilayah {
  const baris: number[] = [];
  const ulangan: number[] = [];
  const tanda: string[][] = [];
  for (const r of b.barisLabel) tanda.push(tandaBaris(g, r, b.c0, b.c1));
  let akhir = b.r1;
  let kosong = 0;
  const cKanan = Math.min(g.width - 1, b.c1 + 2);
  const cKiri = Math.max(0, b.c0 - 1);
  for (let r = b.r1 + 1; r < g.rows; r++) {
    const isi = isiBaris(g, r, cKiri, cKanan);
    if (isi.n === 0) {
      if (++kosong >= 2) break;
      continue;
    }
    kosong = 0;
    if (isi.n === 1 && (kapsi(isi.teks) || RE_CATATAN.test(isi.teks) || RE_TTD.test(isi.teks)))
      break;
    if (isi.n <= 2 && kapsi(isi.teks)) break;
    const bernilai = adaNilai(g, r, cKiri, cKanan);
    if (bernilai ? barisNomor(g, r, b.c0, b.c1) : ulanganJudul(g, r, b, tanda)) {
      ulangan.push(r);
      akhir = r;
      continue;
    }
    if (!bernilai && calonJudul(g, r)) break;
    // A lone sentence in the first column is the prose after the table (`Uraian penjelasan :`).
    if (isi.n === 1 && isi.c <= b.c0) {
      if (isi.teks.length > (/[a-z]/.test(isi.teks) ? 60 : 80)) break;
      if (isi.teks.endsWith(":") && /[a-z]/.test(isi.teks) && !BAGIAN_RE.test(isi.teks)) break;
    }
    // Another table's header (`No. | Kabupaten / Kota | Jumlah ...`), even one that is not ours.
    if (
      !bernilai &&
      isi.n >= 3 &&
      /^no\.?$/i.test(isi.teks) &&
      ulanganJudul(g, r, b, tanda) === false
    ) {
      break;
    }
    baris.push(r);
    akhir = r;
  }
  let c0 = b.c0;
  let c1 = b.c1;
  // Data printed a column beyond the header (labels one column off) widens the table.
  const sisi = (c: number): boolean => {
    let n = 0;
    for (const r of baris) if (!g.kosong(r, c)) n++;
    return baris.length > 0 && n >= Math.max(1, baris.length * 0.3);
  };
  while (c1 + 1 < g.width && c1 + 1 <= b.c1 + 2 && sisi(c1 + 1)) c1++;
  if (c0 > 0 && sisi(c0 - 1)) c0--;
  return { baris, ulangan, akhir, c0, c1 };
}

/** What a column's body holds, counted over up to `maks` rows spread through the body. */
export interface Profil {
  n: number;
  angka: number;
  tunda: number;
  kode: number;
  teks: number;
  panjang: number;
  /** Cells with letters that are not grades or units: category words, names. */
  hurufSaja: number;
}

export function profilKolom(g: Grid, baris: readonly number[], c: number, maks = 400): Profil {
  const p: Profil = { n: 0, angka: 0, tunda: 0, kode: 0, teks: 0, panjang: 0, hurufSaja: 0 };
  const langkah = Math.max(1, Math.floor(baris.length / maks));
  for (let i = 0; i < baris.length; i += langkah) {
    const r = baris[i];
    const k = g.kelasSel(r, c);
    if (k === Kelas.Kosong) continue;
    p.n++;
    if (k === Kelas.Angka) p.angka++;
    else if (k === Kelas.Tunda) p.tunda++;
    else if (k === Kelas.Kode) p.kode++;
    else {
      p.teks++;
      if (k === Kelas.TeksPanjang) p.panjang++;
      if (!/\d/.test(g.teks(r, c))) p.hurufSaja++;
    }
  }
  return p;
}

export type Tipe = "nama" | "nilai" | "kode" | "teks";

/** The kind of content a column mostly holds; undefined when empty or mixed. */
export function tipeData(p: Profil): Tipe | undefined {
  if (p.n === 0) return undefined;
  if (p.kode / p.n >= 0.6) return "kode";
  if ((p.angka + p.tunda) / p.n >= 0.6) return "nilai";
  if (p.panjang / p.n >= 0.5) return "nama";
  if (p.teks / p.n >= 0.6) return "teks";
  return undefined;
}
