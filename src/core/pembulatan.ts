/**
 * Rounding as reports print it: half-up mostly, sometimes truncated (SAKIP.md section 5).
 */

export type CaraBulat = "half-up" | "truncate";

/**
 * Binary doubles put 1.005 at 1.00499999999999989... and 0.29 x 100 at 28.999999999999996. A
 * scaled value within a few dozen ulps of a rounding boundary is taken to be on it, as the decimal
 * the planner typed or the spreadsheet showed; a real value that close cannot be told from the
 * artefact anyway. Capped so that huge values (few fractional bits left) are not pulled a whole unit.
 */
const ULP_TOLERANSI = 64 * Number.EPSILON;
const TOLERANSI_MAKS = 0.25;

/** Rounds to `decimals` places, robust to binary artefacts (1.005 -> 1.01 half-up). */
export function bulatkan(x: number, decimals: number, cara: CaraBulat = "half-up"): number {
  if (Number.isNaN(decimals)) return NaN;
  if (!Number.isFinite(x)) return x;
  const d = Math.trunc(decimals);
  if (d > 20) return x;
  const faktor = Math.pow(10, Math.abs(d));
  const mutlak = Math.abs(x);
  const skala = d >= 0 ? mutlak * faktor : mutlak / faktor;
  // Beyond 2^52 every double is an integer: there is nothing left to round.
  if (skala >= 2 ** 52) return x;
  const toleransi = Math.min(Math.max(skala, 1) * ULP_TOLERANSI, TOLERANSI_MAKS);
  const dasar = Math.floor(skala);
  const pecahan = skala - dasar;
  const naik = cara === "truncate" ? 1 - pecahan <= toleransi : pecahan >= 0.5 - toleransi;
  const bulat = naik ? dasar + 1 : dasar;
  if (bulat === 0) return 0;
  // Dividing two exact integers gives the double nearest to the decimal result.
  const hasil = d >= 0 ? bulat / faktor : bulat * faktor;
  return x < 0 ? -hasil : hasil;
}

/**
 * Decimal places of a printed number as written (`74,64` -> 2, `100` -> 0). The last separator
 * is decimal when 1-2 or 4+ digits follow it, or 3 digits with the other separator before it
 * (`1.500,125`) or a zero integer part (`0,125`); a repeated separator is grouping (`12.649.363.995`).
 */
export function desimalCetak(printed: string): number {
  const cocok = /\d[\d.,\s]*/.exec(String(printed));
  if (cocok === null) return 0;
  const angka = cocok[0].replace(/\s+/g, "").replace(/[.,]+$/, "");
  const posisi = Math.max(angka.lastIndexOf("."), angka.lastIndexOf(","));
  if (posisi < 0) return 0;
  const pemisah = angka[posisi];
  const ekor = angka.length - posisi - 1;
  const depan = angka.slice(0, posisi);
  if (depan.includes(pemisah)) return 0;
  if (ekor !== 3) return ekor;
  const lain = pemisah === "." ? "," : ".";
  return depan.includes(lain) || /^0*$/.test(depan) ? 3 : 0;
}

/**
 * Whether a printed value matches the unrounded computed one at the printed decimals:
 * `half-up`, `truncate` (noted), or false.
 */
export function cocokCetak(printed: number, computed: number, decimals: number): CaraBulat | false {
  if (!Number.isFinite(printed) || !Number.isFinite(computed)) return false;
  const toleransi = Math.max(1e-9, Math.abs(printed) * 1e-12);
  if (Math.abs(bulatkan(computed, decimals, "half-up") - printed) <= toleransi) return "half-up";
  if (Math.abs(bulatkan(computed, decimals, "truncate") - printed) <= toleransi) return "truncate";
  return false;
}
