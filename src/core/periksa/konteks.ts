/**
 * What every rule sees: the cascade, the computed rows, the settings, and helpers to point at
 * cells and to read printed values with the decimals they were printed with.
 */
import { a1 } from "../a1";
import type { Kaskade } from "../kaskade/types";
import type { Skala } from "../kategori";
import type { Nilai } from "../nilai";
import { bulatkan, cocokCetak, desimalCetak } from "../pembulatan";
import type { Pengaturan } from "../pengaturan";
import type { WorkbookModel, Cell } from "../workbook";
import type { Result } from "../result";
import { selDi, teksSel, type KolomBaca, type PasanganTahun, type TabelBaca } from "./baca";
import { capaianPasangan, type HasilBaris } from "./hitung-baris";
import type { CellRef } from "./types";

export interface Konteks {
  wb: WorkbookModel;
  kaskade: Kaskade;
  pengaturan: Pengaturan;
  skala: Skala;
  tahun?: number;
  /** Per table, per data row. */
  hasil: HasilBaris[][];
  /** Per table: merged positions of its sheet. */
  tutup: ReadonlySet<number>[];
  /** Computed capaian per year pair and row, filled on first use (several rules read it). */
  ingatCapaian?: Map<PasanganTahun, (Result<number> | null | undefined)[]>;
}

/** Capaian of a year pair on a row, with the row's effective polarity; computed once per run. */
export function capaianDi(
  ktx: Konteks,
  tb: TabelBaca,
  p: PasanganTahun,
  i: number,
): Result<number> | undefined {
  ktx.ingatCapaian ??= new Map();
  let baris = ktx.ingatCapaian.get(p);
  if (baris === undefined) {
    baris = new Array<Result<number> | null | undefined>(tb.tabel.rows.length);
    ktx.ingatCapaian.set(p, baris);
  }
  const ada = baris[i];
  if (ada !== undefined) return ada ?? undefined;
  const c = capaianPasangan(p, i, ktx.kaskade.polaritas[tb.indeks][i], ktx.pengaturan);
  baris[i] = c ?? null;
  return c;
}

export function sel(tb: TabelBaca, r: number, c: number): CellRef {
  return { sheet: tb.tabel.sheet, cell: a1(r, c) };
}

/** The cell of column `k` on data row `i`. */
export function selBaris(tb: TabelBaca, k: KolomBaca, i: number): CellRef {
  return sel(tb, tb.tabel.rows[i].row, k.peran.col);
}

export function selTotal(tb: TabelBaca, k: KolomBaca, j: number): CellRef {
  return sel(tb, tb.tabel.totalRows[j].row, k.peran.col);
}

export function selMentah(ktx: Konteks, tb: TabelBaca, r: number, c: number): Cell | undefined {
  return selDi(tb.sheet, ktx.tutup[tb.indeks], r, c);
}

export function teksDi(ktx: Konteks, tb: TabelBaca, k: KolomBaca | undefined, i: number): string {
  if (k === undefined) return "";
  return teksSel(selMentah(ktx, tb, tb.tabel.rows[i].row, k.peran.col));
}

/** The column holding the row's name: its level's column, else the first filled name column. */
export function kolomNamaBaris(ktx: Konteks, tb: TabelBaca, i: number): KolomBaca | undefined {
  const level = tb.tabel.rows[i].level;
  const sendiri = tb.kolomNama.find((k) => k.peran.role === level);
  if (sendiri !== undefined && teksDi(ktx, tb, sendiri, i) !== "") return sendiri;
  return tb.kolomNama.find((k) => teksDi(ktx, tb, k, i) !== "") ?? sendiri ?? tb.kolomNama[0];
}

/** The indicator cell of a row (the name cell where the table has no indicator column). */
export function selIndikator(ktx: Konteks, tb: TabelBaca, i: number): CellRef {
  const k = tb.kolomIndikator ?? kolomNamaBaris(ktx, tb, i);
  if (k !== undefined) return selBaris(tb, k, i);
  return sel(tb, tb.tabel.rows[i].row, tb.tabel.range.c0);
}

/** The code cell of a row (the column that prints `kode`), else its name cell. */
export function selKode(ktx: Konteks, tb: TabelBaca, i: number): CellRef {
  const kode = tb.tabel.rows[i].kode?.trim();
  if (kode !== undefined && kode !== "") {
    const k =
      tb.kolomKode.find((x) => teksDi(ktx, tb, x, i) === kode) ??
      tb.kolomKode.find((x) => teksDi(ktx, tb, x, i).includes(kode)) ??
      tb.kolomNama.find((x) => teksDi(ktx, tb, x, i).includes(kode));
    if (k !== undefined) return selBaris(tb, k, i);
  }
  const nama = kolomNamaBaris(ktx, tb, i);
  if (nama !== undefined) return selBaris(tb, nama, i);
  if (tb.kolomKode.length > 0) return selBaris(tb, tb.kolomKode[0], i);
  return selIndikator(ktx, tb, i);
}

/** A printed number: the value as read, the value as shown, and its printed decimals. */
export interface Cetak {
  /** As read (percent points for percent cells). */
  nilai: number;
  /** As shown: rounded to the printed decimals for numbers typed in cells. */
  tampil: number;
  desimal: number;
  teks: string;
}

const DESIMAL_FORMAT = /[0#?](?:[.]([0#?]+))?/;

/** Decimals a number format shows (`0.00%` -> 2, `#,##0` -> 0); undefined for General. */
export function desimalFormat(fmt: string | undefined): number | undefined {
  if (fmt === undefined) return undefined;
  const bagian = fmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  if (/general/i.test(bagian)) return undefined;
  const m = DESIMAL_FORMAT.exec(bagian);
  if (m === null) return undefined;
  return m[1] === undefined ? 0 : m[1].length;
}

/** Decimals of a typed number, up to `maks` (0.1 + 0.2 counts as one decimal, not seventeen). */
function desimalAngka(x: number, maks: number): number {
  if (!Number.isFinite(x)) return 0;
  let skala = Math.abs(x);
  for (let d = 0; d < maks; d++) {
    if (Math.abs(skala - Math.round(skala)) <= 1e-9 * Math.max(1, skala)) return d;
    skala *= 10;
  }
  return maks;
}

/**
 * Reads a printed number of a cell: decimals from the cell text, or for typed numbers from the
 * number format, else the number's own decimals up to 2. Undefined for pending, unreadable and
 * grade cells (those are not printed numbers).
 */
export function cetakDari(n: Nilai | undefined, cell: Cell | undefined): Cetak | undefined {
  if (n === undefined || (n.kind !== "number" && n.kind !== "percent")) return undefined;
  if (cell !== undefined && typeof cell.v === "number") {
    const d = desimalFormat(cell.fmt) ?? desimalAngka(n.value, 2);
    return { nilai: n.value, tampil: bulatkan(n.value, d), desimal: d, teks: n.raw };
  }
  const d = desimalCetak(n.raw);
  return { nilai: n.value, tampil: n.value, desimal: d, teks: n.raw };
}

export function cetakBaris(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca | undefined,
  i: number,
): Cetak | undefined {
  if (k === undefined) return undefined;
  return cetakDari(k.nilai[i], selMentah(ktx, tb, tb.tabel.rows[i].row, k.peran.col));
}

export function cetakTotal(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca,
  j: number,
): Cetak | undefined {
  return cetakDari(k.nilaiTotal[j], selMentah(ktx, tb, tb.tabel.totalRows[j].row, k.peran.col));
}

/** Whether a printed value shows the computed one (half-up or truncated), or lies within `toleransi`. */
export function cocok(c: Cetak, dihitung: number, toleransi: number): boolean {
  if (cocokCetak(c.tampil, dihitung, c.desimal) !== false) return true;
  return Math.abs(c.nilai - dihitung) <= toleransi + 1e-9 * Math.max(1, Math.abs(dihitung));
}

/** Two printed values are the same when the more precise one shows as the other at its decimals. */
export function samaCetak(a: Cetak, b: Cetak, relatif: number): boolean {
  if (a.tampil === b.tampil) return true;
  const [kasar, halus] = a.desimal <= b.desimal ? [a, b] : [b, a];
  // A whole number is taken as exact: 6 and 6,1 are two targets, 14,8 and 14,75 one.
  if (kasar.desimal >= 1 && cocokCetak(kasar.tampil, halus.tampil, kasar.desimal) !== false) {
    return true;
  }
  return (
    Math.abs(a.tampil - b.tampil) <= relatif * Math.max(Math.abs(a.tampil), Math.abs(b.tampil))
  );
}

/** An amount of money read from a cell (a percent is not money). */
export function uang(n: Nilai | undefined): number | undefined {
  return n !== undefined && n.kind === "number" ? n.value : undefined;
}
