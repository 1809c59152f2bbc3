/**
 * Header blocks: the row that starts a table, the group, sub-label, units and numbering rows
 * below it, and each column's label path (`ANGGARAN > Realisasi`). Labels are matched by their
 * normalised content, never by their position.
 */
import { Grid, Kelas } from "./grid";
import { bacaLabel, PERAN_NAMA, type Bacaan } from "./label";
import type { TeksJudul } from "./teks";

export interface Label {
  /** Row and column of the cell holding the text (top-left of a merge). */
  r: number;
  c: number;
  teks: TeksJudul;
  bacaan?: Bacaan;
}

export interface BlokJudul {
  r0: number;
  r1: number;
  /** Rows whose cells are labels (numbering and units rows excluded). */
  barisLabel: number[];
  barisNomor?: number;
  barisSatuan: number[];
  c0: number;
  c1: number;
}

/** `1`, `(1)`, `6=4/5*100`, `$6=4/5*100$`, `4 + 5`: the numbering row under a header. */
const RE_NOMOR = /^\$?\(?\d{1,2}\)?(\s*=\s*[\d\s/*x×+\-().]+)?\$?$/;
const RE_SATUAN = /^\(?\s*(rp\.?|rupiah|%|persen|\(%\))\s*\)?$/i;

function selNomor(g: Grid, r: number, c: number): boolean {
  const v = g.nilai(r, c);
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 60;
  return typeof v === "string" && RE_NOMOR.test(v.trim());
}

/** A numbering row: at least two numbering cells and nothing else. */
export function barisNomor(g: Grid, r: number, c0: number, c1: number): boolean {
  let n = 0;
  for (let c = c0; c <= c1; c++) {
    if (g.kosong(r, c)) continue;
    if (!selNomor(g, r, c)) return false;
    n++;
  }
  return n >= 2;
}

function barisSatuan(g: Grid, r: number, c0: number, c1: number): boolean {
  let n = 0;
  for (let c = c0; c <= c1; c++) {
    if (g.kosong(r, c) || g.gabungan(r, c) !== undefined) continue;
    if (!RE_SATUAN.test(g.teks(r, c))) return false;
    n++;
  }
  return n >= 1;
}

function tahunAngka(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

interface NilaiBaris {
  labels: number;
  peran: Set<string>;
  lain: number;
  jangkar: boolean;
}

/**
 * Reads a row as a possible header row: how many cells are labels, which roles they name, how
 * many are something else. Undefined as soon as a cell holds a value (a data row).
 */
function nilaiBaris(g: Grid, r: number, c0: number, c1: number): NilaiBaris | undefined {
  const hasil: NilaiBaris = { labels: 0, peran: new Set(), lain: 0, jangkar: false };
  const row = g.sheet.cells[r];
  if (row === undefined) return hasil;
  const end = Math.min(c1, row.length - 1);
  for (let c = c0; c <= end; c++) {
    const v = g.nilai(r, c);
    if (v === undefined) continue;
    if (typeof v === "number") {
      if (tahunAngka(v)) {
        hasil.labels++;
        continue;
      }
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") continue;
    if (tahunAngka(Number(v.trim()))) {
      hasil.labels++;
      continue;
    }
    const k = g.kelasSel(r, c);
    if (k === Kelas.Angka) return undefined;
    if (v.length > 90) {
      hasil.lain++;
      continue;
    }
    const t = g.judul(r, c);
    const b = t.tokens.length <= 12 && t.kenal >= 0.6 ? bacaLabel(t) : undefined;
    if (b === undefined) {
      hasil.lain++;
      continue;
    }
    hasil.labels++;
    const id = b.role ?? b.khusus ?? "";
    hasil.peran.add(id);
    if (b.role !== undefined && JANGKAR.has(b.role)) hasil.jangkar = true;
  }
  return hasil;
}

/** Columns that anchor a header: names, their numbers and the indicator. */
const JANGKAR = new Set<string>([...PERAN_NAMA, "no", "kode", "indikator"]);

/**
 * A row that can start a table: two or more labels naming different roles, one of them a name,
 * number or indicator column, and hardly anything that is not a label.
 */
export function calonJudul(g: Grid, r: number): boolean {
  const row = g.sheet.cells[r];
  if (row === undefined) return false;
  // Values first: a data row is rejected before any of its texts is normalised.
  for (let c = 0; c < row.length; c++) {
    const v = row[c]?.v;
    if (typeof v === "number" ? !tahunAngka(v) : g.kelasSel(r, c) === Kelas.Angka) {
      if (typeof v === "string" && tahunAngka(Number(v.trim()))) continue;
      return false;
    }
  }
  const n = nilaiBaris(g, r, 0, g.width - 1);
  if (n === undefined) return false;
  return n.labels >= 2 && n.peran.size >= 2 && n.jangkar && n.lain <= Math.max(1, n.labels / 3);
}

/** A row of labels only (sub-labels under groups, a units row): part of the header above it. */
function barisSubLabel(g: Grid, r: number, c0: number, c1: number): boolean {
  const n = nilaiBaris(g, r, c0, c1);
  if (n === undefined || n.labels < 1 || n.lain > 0) return false;
  // `TUJUAN :` alone in the first column opens a section of the body; it is no sub-label.
  let isi = 0;
  for (let c = c0; c <= c1; c++) {
    if (g.kosong(r, c)) continue;
    isi++;
    if (g.teks(r, c).endsWith(":")) return false;
  }
  return !(isi === 1 && !g.kosong(r, c0));
}

/** Builds the header block that starts at row `r` (a `calonJudul` row). */
export function bangunBlok(g: Grid, r: number): BlokJudul {
  let c0 = g.width;
  let c1 = -1;
  let r1 = r;
  const lebar = (row: number): void => {
    for (let c = 0; c < g.width; c++) {
      if (g.kosong(row, c)) continue;
      const m = g.gabungan(row, c);
      const a = m === undefined ? c : m.c0;
      const b = m === undefined ? c : m.c1;
      if (a < c0) c0 = a;
      if (b > c1) c1 = b;
    }
  };
  lebar(r);
  // Vertical merges starting in the first row say how deep the header is.
  for (let c = c0; c <= c1; c++) {
    const m = g.gabungan(r, c);
    if (m !== undefined && m.r0 === r && m.r1 > r1 && m.r1 - r < 4) r1 = m.r1;
  }
  const barisLabel = [r];
  const satuan: number[] = [];
  let nomor: number | undefined;
  for (let k = r + 1; k <= r1; k++) {
    if (barisNomor(g, k, c0, c1)) {
      nomor = k;
      continue;
    }
    if (barisSatuan(g, k, c0, c1)) satuan.push(k);
    else barisLabel.push(k);
    lebar(k);
  }
  for (let k = r1 + 1; k < g.rows && k - r < 5 && nomor === undefined; k++) {
    if (g.barisKosong(k, c0, c1)) break;
    if (barisNomor(g, k, c0, c1)) {
      nomor = k;
      r1 = k;
      break;
    }
    if (barisSatuan(g, k, c0, c1)) {
      satuan.push(k);
      r1 = k;
      continue;
    }
    if (!barisSubLabel(g, k, c0, c1) || barisLabel.length >= 4) break;
    barisLabel.push(k);
    r1 = k;
    lebar(k);
  }
  return { r0: r, r1, barisLabel, barisNomor: nomor, barisSatuan: satuan, c0, c1 };
}

/**
 * Each column's label path, top to bottom. A merged group cell labels every column it spans; an
 * unmerged group cell labels the empty cells to its right that have sub-labels under them.
 */
export function jalurLabel(g: Grid, b: BlokJudul): Map<number, Label[]> {
  const hasil = new Map<number, Label[]>();
  const rows = b.barisLabel;
  for (let c = b.c0; c <= b.c1; c++) hasil.set(c, []);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const bawah = rows[i + 1];
    let grup: Label | undefined;
    for (let c = b.c0; c <= b.c1; c++) {
      const jalur = hasil.get(c) as Label[];
      const m = g.gabungan(r, c);
      let lab: Label | undefined;
      if (m !== undefined) {
        if (!g.kosong(m.r0, m.c0)) lab = buatLabel(g, m.r0, m.c0);
      } else if (!g.kosong(r, c)) {
        lab = buatLabel(g, r, c);
      } else if (grup !== undefined && bawah !== undefined && !g.kosong(bawah, c)) {
        lab = grup;
      }
      if (lab !== undefined) {
        const akhir = jalur[jalur.length - 1];
        if (akhir === undefined || akhir.r !== lab.r || akhir.c !== lab.c) jalur.push(lab);
      }
      // An unmerged label with a sub-label under it opens a group for the empty cells after it.
      if (m === undefined && !g.kosong(r, c)) {
        grup = bawah !== undefined && !g.kosong(bawah, c) ? lab : undefined;
      } else if (m !== undefined) {
        grup = undefined;
      } else if (bawah === undefined || g.kosong(bawah, c)) {
        grup = undefined;
      }
    }
  }
  for (const r of b.barisSatuan) {
    for (let c = b.c0; c <= b.c1; c++) {
      if (g.kosong(r, c)) continue;
      const jalur = hasil.get(c) as Label[];
      jalur.push(buatLabel(g, r, c));
    }
  }
  return hasil;
}

function buatLabel(g: Grid, r: number, c: number): Label {
  const teks = g.judul(r, c);
  return { r, c, teks, bacaan: bacaLabel(teks) };
}

/** `ANGGARAN > Realisasi (Rp.)`: the path as shown in reasons and in `ColumnRole.header`. */
export function teksJalur(jalur: readonly Label[]): string {
  const bagian: string[] = [];
  for (const l of jalur) {
    if (l.bacaan?.khusus === "rp" && bagian.length > 0) {
      bagian[bagian.length - 1] += ` ${l.teks.raw}`;
    } else bagian.push(l.teks.raw);
  }
  return bagian.join(" > ");
}

/** Normalised signature of a row, to recognise a header repeated after a page break. */
export function tandaBaris(g: Grid, r: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) out.push(g.kosong(r, c) ? "" : g.judul(r, c).norm);
  return out;
}
