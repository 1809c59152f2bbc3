/**
 * Rounding as reports print it: half-up mostly, sometimes truncated (SAKIP.md section 5).
 * CONTRACT FILE: bodies are implemented by the formulas work package.
 */

export type CaraBulat = "half-up" | "truncate";

/** Rounds to `decimals` places, robust to binary artefacts (1.005 -> 1.01 half-up). */
export function bulatkan(_x: number, _decimals: number, _cara?: CaraBulat): number {
  throw new Error("not implemented yet");
}

/** Decimal places of a printed number as written (`74,64` -> 2, `100` -> 0). */
export function desimalCetak(_printed: string): number {
  throw new Error("not implemented yet");
}

/**
 * Whether a printed value matches the unrounded computed one at the printed decimals:
 * `half-up`, `truncate` (noted), or false.
 */
export function cocokCetak(
  _printed: number,
  _computed: number,
  _decimals: number,
): CaraBulat | false {
  throw new Error("not implemented yet");
}
