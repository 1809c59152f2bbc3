/**
 * Shared helpers of the formula modules: numbers written the way a planner reads them, and the
 * reading of a `Nilai | number` argument into a plain number or a ready-made failure.
 */
import type { Nilai } from "./nilai";
import { err, type Err } from "./result";

// Created once: messages are not on the hot path, but a formatter per call is needless garbage.
const FORMAT_ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 4 });

/** `1234.5` -> `1.234,5`, the way Indonesian reports print numbers. */
export function angkaTeks(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "tak hingga" : "minus tak hingga";
  return FORMAT_ID.format(x);
}

/** How an argument is shown in a message: its raw text when it came from a cell. */
export function teksMasukan(x: Nilai | number): string {
  return typeof x === "number" ? angkaTeks(x) : `"${x.raw}"`;
}

/** A numeric argument after reading: the number plus what the scale trap and unit check need. */
export interface Angka {
  value: number;
  /** True for a percent reading (percent points). */
  persen: boolean;
  /** True when the percent came from a unit written in the text, not from a number format. */
  persenTeks: boolean;
  /** Unit as written, when there is one. */
  unit?: string;
}

/**
 * Reads one side of a formula. `nama` names the side in messages (`Target`, `Pagu`, ...).
 * Grades are refused here; callers that accept them check for them first.
 */
export function bacaAngka(x: Nilai | number, nama: string): Angka | Err {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return err("value", `${nama} bukan angka yang sah (${angkaTeks(x)}).`);
    return { value: x, persen: false, persenTeks: false };
  }
  switch (x.kind) {
    case "pending":
      return err("na", `${nama} belum tersedia ("${x.raw}"): ${x.reason}.`);
    case "unreadable":
      return err("value", `${nama} tidak terbaca: "${x.raw}" (${x.reason}).`);
    case "grade":
      return err("value", `${nama} berupa nilai huruf "${x.raw}", bukan angka.`);
    case "percent":
      if (!Number.isFinite(x.value)) {
        return err("value", `${nama} bukan angka yang sah: "${x.raw}".`);
      }
      return { value: x.value, persen: true, persenTeks: !x.fromFormat, unit: x.unit };
    case "number":
      if (!Number.isFinite(x.value)) {
        return err("value", `${nama} bukan angka yang sah: "${x.raw}".`);
      }
      return { value: x.value, persen: false, persenTeks: false, unit: x.unit };
    default:
      return err("value", `${nama} tidak dikenali.`);
  }
}

export function isErr<T extends object>(x: T | Err): x is Err {
  return "ok" in x && x.ok === false;
}

/** Reads two sides; the first failure wins, unreadable before pending (a typo needs a fix, a pending value only time). */
export function bacaDua(
  a: Nilai | number,
  namaA: string,
  b: Nilai | number,
  namaB: string,
): [Angka, Angka] | Err {
  const x = bacaAngka(a, namaA);
  const y = bacaAngka(b, namaB);
  if (isErr(x) && x.error === "value") return x;
  if (isErr(y) && y.error === "value") return y;
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  return [x, y];
}
