/**
 * Budget: serapan (absorption) and sisa/SILPA (SAKIP.md section 5).
 * CONTRACT FILE: bodies are implemented by the formulas work package.
 */
import type { Nilai } from "./nilai";
import type { Result } from "./result";

/** realisasi / pagu x 100; pagu 0 -> div0. */
export function hitungSerapan(_pagu: Nilai | number, _realisasi: Nilai | number): Result<number> {
  throw new Error("not implemented yet");
}

/** pagu - realisasi. */
export function hitungSisa(_pagu: Nilai | number, _realisasi: Nilai | number): Result<number> {
  throw new Error("not implemented yet");
}

/** (pagu - realisasi) / pagu x 100. */
export function hitungPersenSisa(
  _pagu: Nilai | number,
  _realisasi: Nilai | number,
): Result<number> {
  throw new Error("not implemented yet");
}
