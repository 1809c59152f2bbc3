/** Reading argument cells: values as planners type them, and the option arguments (arah, metode). */
import { bacaArah, bacaMetodeNegatif, METODE_NEGATIF } from "../core/capaian";
import type { MetodeNegatif, Polaritas } from "../core/capaian";
import { bacaMetodeEfisiensi, METODE_EFISIENSI } from "../core/efisiensi";
import type { MetodeEfisiensi } from "../core/efisiensi";
import { bacaKolom, bacaNilai } from "../core/nilai";
import type { Nilai, RawCell } from "../core/nilai";
import { err } from "../core/result";
import type { Err } from "../core/result";
import { daftarPilihan } from "./galat";
import type { Matriks } from "./matriks";

/** A data cell after reading: Excel numbers stay numbers (the fast path), the rest is a Nilai. */
export type SelData = number | Nilai;

export function adalahNilai(x: unknown): x is Nilai {
  return typeof x === "object" && x !== null && "kind" in x && "raw" in x;
}

export function keRaw(x: unknown): RawCell {
  if (x === null || x === undefined) return x;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  return String(x);
}

export function kosong(x: unknown): boolean {
  return x === undefined || x === null || (typeof x === "string" && x.trim() === "");
}

/**
 * Reads the text cells of a range column by column with `bacaKolom`, so a separator that one cell
 * leaves ambiguous (`1.500`) is settled by its neighbours exactly as the checks do. A range of
 * numbers only is returned as it is, with no allocation.
 */
export function bacaRentang(m: Matriks): Matriks {
  const kolomTeks: number[] = [];
  const lebar = m.reduce((w, baris) => Math.max(w, baris.length), 0);
  for (let c = 0; c < lebar; c++) {
    for (const baris of m) {
      if (c < baris.length && typeof baris[c] !== "number") {
        kolomTeks.push(c);
        break;
      }
    }
  }
  if (kolomTeks.length === 0) return m;
  const hasil = m.map((baris) => baris.slice());
  for (const c of kolomTeks) {
    const dibaca = bacaKolom(m.map((baris) => keRaw(baris[c])));
    for (let r = 0; r < m.length; r++) {
      if (c < m[r].length && typeof m[r][c] !== "number") hasil[r][c] = dibaca[r];
    }
  }
  return hasil;
}

/** Narrows a cell of a range read by `bacaRentang` (or any raw cell) to number | Nilai. */
export function sebagaiData(x: unknown): SelData {
  if (typeof x === "number" || adalahNilai(x)) return x;
  return bacaNilai(keRaw(x));
}

/** The number in a cell, in its own scale (percent points for percents), or why there is none. */
export function angkaSel(x: unknown): number | Err {
  const n = sebagaiData(x);
  if (typeof n === "number") return n;
  switch (n.kind) {
    case "number":
    case "percent":
      return n.value;
    case "grade":
      return err(
        "value",
        `"${n.raw}" adalah predikat evaluasi SAKIP (urutan ${n.rank} dari 7, AA tertinggi), bukan angka.`,
      );
    case "pending":
      return err("na", n.reason);
    case "unreadable":
      return err("value", n.reason);
  }
}

/**
 * Wraps a reader so that repeated inputs (a single `arah` applied to 10,000 rows, or a column of
 * the same word) are parsed once.
 */
export function ingatTerakhir<T>(baca: (x: unknown) => T): (x: unknown) => T {
  let adaTerakhir = false;
  let masukTerakhir: unknown;
  let hasilTerakhir: T;
  return (x: unknown): T => {
    if (!adaTerakhir || x !== masukTerakhir) {
      hasilTerakhir = baca(x);
      masukTerakhir = x;
      adaTerakhir = true;
    }
    return hasilTerakhir;
  };
}

const ARAH_DITERIMA = ["+", "-", "naik", "turun", "meningkat", "menurun", "positif", "negatif"];

/** An empty arah means higher is better, the usual case. */
export function bacaArahSel(x: unknown): Polaritas | Err {
  if (kosong(x)) return "+";
  return (
    bacaArah(x) ??
    err("value", `Arah "${String(x)}" tidak dikenal. Gunakan ${daftarPilihan(ARAH_DITERIMA)}.`)
  );
}

export function bacaMetodeNegatifSel(x: unknown, bawaan: MetodeNegatif): MetodeNegatif | Err {
  if (kosong(x)) return bawaan;
  return (
    bacaMetodeNegatif(x) ??
    err("value", `Metode "${String(x)}" tidak dikenal. Gunakan ${daftarPilihan(METODE_NEGATIF)}.`)
  );
}

export function bacaMetodeEfisiensiSel(x: unknown, bawaan: MetodeEfisiensi): MetodeEfisiensi | Err {
  if (kosong(x)) return bawaan;
  return (
    bacaMetodeEfisiensi(x) ??
    err(
      "value",
      `Metode efisiensi "${String(x)}" tidak dikenal. Gunakan ${daftarPilihan(METODE_EFISIENSI)}.`,
    )
  );
}
