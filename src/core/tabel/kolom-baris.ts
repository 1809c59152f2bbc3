/**
 * How a table's columns serve its rows: which hold numbers, names (with the number column printed
 * before each), indicators, values; and the readings of one row that every later step needs.
 */
import type { Grid } from "./grid";
import { bacaKode, type Kode } from "./kode";
import { PERAN_NAMA, PERAN_NILAI } from "./label";
import type { KolomPeran } from "./peran";

export interface KolomNama {
  k: KolomPeran;
  /** The number column printed just left of it (`NO` before `TUJUAN`), if any. */
  nomor?: number;
}

export interface Ringkas {
  c0: number;
  c1: number;
  nilai: number[];
  nomor: number[];
  nama: KolomNama[];
  indikator: number[];
  arah?: number;
  lain: number[];
  adaKolomNilai: boolean;
}

export function ringkas(kolom: readonly KolomPeran[], c0: number, c1: number): Ringkas {
  const urut = [...kolom].sort((a, b) => a.col - b.col);
  const nama: KolomNama[] = [];
  let nomorTerakhir: number | undefined;
  const out: Ringkas = {
    c0,
    c1,
    nilai: [],
    nomor: [],
    nama,
    indikator: [],
    lain: [],
    adaKolomNilai: false,
  };
  for (const k of urut) {
    if (k.role === "no" || k.role === "kode") {
      out.nomor.push(k.col);
      nomorTerakhir = k.col;
    } else if (PERAN_NAMA.has(k.role)) {
      nama.push({ k, nomor: nomorTerakhir });
      nomorTerakhir = undefined;
    } else if (k.role === "indikator") {
      out.indikator.push(k.col);
      // `Program/Indikator`: the column also names the program rows its indicators sit under.
      if (k.indikatorAnak === true) nama.push({ k, nomor: nomorTerakhir });
      nomorTerakhir = undefined;
    } else if (PERAN_NILAI.has(k.role)) out.nilai.push(k.col);
    else {
      if (k.role === "arah") out.arah = k.col;
      if (k.role === "satuan" || k.role === "rumus" || k.role === "tipe" || k.role === "arah") {
        out.nilai.push(k.col);
      } else out.lain.push(k.col);
    }
  }
  out.adaKolomNilai = urut.some((k) => PERAN_NILAI.has(k.role));
  return out;
}

export function teksNama(g: Grid, r: number, c: number): string {
  const t = g.teks(r, c);
  return /^[-–—]+$/.test(t) ? "" : t;
}

export function adaNilaiDi(g: Grid, r: number, cols: readonly number[]): boolean {
  for (const c of cols) if (!g.kosong(r, c)) return true;
  return false;
}

export function kodeBaris(
  g: Grid,
  r: number,
  R: Ringkas,
  nm: { kol: KolomNama; teks: string } | undefined,
): { teks: string; kode: Kode } | undefined {
  // The number printed for the deepest filled name column (`1.` in SASARAN's number cell).
  if (nm?.kol.nomor !== undefined) {
    const t = g.teks(r, nm.kol.nomor);
    const k = t === "" ? undefined : bacaKode(t);
    if (k !== undefined) return { teks: t, kode: k };
  }
  // A number beside another name column (the sasaran block of a two-block table) is not this
  // row's entity's number.
  if (nm !== undefined && R.nama.some((n) => n.nomor !== undefined)) return undefined;
  for (const c of R.nomor) {
    const t = g.teks(r, c);
    const k = t === "" ? undefined : bacaKode(t);
    if (k !== undefined) return { teks: t, kode: k };
  }
  return undefined;
}

export function namaTerdalam(
  g: Grid,
  r: number,
  R: Ringkas,
): { kol: KolomNama; teks: string } | undefined {
  for (let i = R.nama.length - 1; i >= 0; i--) {
    const t = teksNama(g, r, R.nama[i].k.col);
    if (t !== "") return { kol: R.nama[i], teks: t };
  }
  return undefined;
}

export function teksIndikator(g: Grid, r: number, R: Ringkas): string | undefined {
  for (let i = R.indikator.length - 1; i >= 0; i--) {
    const t = teksNama(g, r, R.indikator[i]);
    if (t !== "") return t;
  }
  return undefined;
}
