/**
 * Range arguments and broadcasting: every function takes matrices and answers in one invocation
 * with a matrix of the broadcast shape, so a whole column is computed by one call.
 */
import { galatExcel } from "./galat";

/** A range argument as Excel passes it (rows of cells); cells are narrowed by the caller. */
export type Matriks = readonly (readonly unknown[])[];

/** What a function may place in a cell of its result. */
export type SelHasil = number | string | CustomFunctions.Error;

export const PESAN_UKURAN =
  "Ukuran rentang tidak sama: sel ini berada di luar bagian yang tumpang-tindih.";

/**
 * Accepts whatever arrives for a matrix parameter: omitted optional arguments (`undefined` or
 * `null`) and plain values become a 1x1 matrix, so callers never special-case them.
 */
export function keMatriks(x: unknown): Matriks {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [[undefined]];
  if (!Array.isArray(x[0])) return [x];
  return x as unknown[][];
}

export function tunggal(m: Matriks): boolean {
  return m.length === 1 && m[0].length === 1;
}

/** Applies `fn` to every cell, keeping the shape. */
export function petakan<T>(m: Matriks, fn: (sel: unknown) => T): T[][] {
  const hasil: T[][] = new Array<T[]>(m.length);
  for (let r = 0; r < m.length; r++) {
    const baris = m[r];
    const keluar = new Array<T>(baris.length);
    for (let c = 0; c < baris.length; c++) keluar[c] = fn(baris[c]);
    hasil[r] = keluar;
  }
  return hasil;
}

/**
 * Calls `hitung` once per cell of the broadcast shape with the cells of every argument at that
 * position: 1x1 arguments apply to every cell; the others should share one shape, and where they
 * do not, cells outside their overlap get #N/A. `sel` is one buffer reused for every cell (no
 * allocation per cell): read it, do not keep it.
 */
export function siarkan(
  args: readonly Matriks[],
  hitung: (sel: unknown[]) => SelHasil,
): SelHasil[][] {
  const n = args.length;
  const konstan: boolean[] = new Array<boolean>(n);
  let jumlahBaris = 1;
  let jumlahKolom = 1;
  for (let i = 0; i < n; i++) {
    const m = args[i];
    konstan[i] = tunggal(m);
    if (konstan[i]) continue;
    if (m.length > jumlahBaris) jumlahBaris = m.length;
    for (const baris of m) if (baris.length > jumlahKolom) jumlahKolom = baris.length;
  }
  const sel = new Array<unknown>(n);
  const hasil: SelHasil[][] = new Array<SelHasil[]>(jumlahBaris);
  for (let r = 0; r < jumlahBaris; r++) {
    const keluar = new Array<SelHasil>(jumlahKolom);
    for (let c = 0; c < jumlahKolom; c++) {
      let diLuar = false;
      for (let i = 0; i < n; i++) {
        const m = args[i];
        if (konstan[i]) {
          sel[i] = m[0][0];
          continue;
        }
        const baris = m[r];
        if (baris === undefined || c >= baris.length) {
          diLuar = true;
          break;
        }
        sel[i] = baris[c];
      }
      keluar[c] = diLuar ? galatExcel("na", PESAN_UKURAN) : hitung(sel);
    }
    hasil[r] = keluar;
  }
  return hasil;
}
