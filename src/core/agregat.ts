/**
 * Aggregates: means, pooled serapan, Renstra progress, trend (SAKIP.md section 5).
 * CONTRACT FILE: bodies are implemented by the formulas work package.
 */
import type { Result } from "./result";

/** Unweighted mean of the numbers; pending/erroneous members are skipped and noted; none -> na. */
export function rataRata(_values: readonly (number | Result<number>)[]): Result<number> {
  throw new Error("not implemented yet");
}

/** Pooled serapan: sum of realisasi / sum of pagu x 100 (not the mean of percentages). */
export function serapanGabungan(
  _items: readonly { pagu: number; realisasi: number }[],
): Result<number> {
  throw new Error("not implemented yet");
}

/** Renstra progress: realisasi tahun n / target akhir x 100. */
export function kemajuanRenstra(_realisasi: number, _targetAkhir: number): Result<number> {
  throw new Error("not implemented yet");
}

export interface Tren {
  /** Change in percentage points (current - previous). */
  selisih: number;
  label: "naik" | "turun" | "tetap";
}

/** Change from last year; |change| below `tolerance` (default 0.005) is `tetap`. */
export function tren(_current: number, _previous: number, _tolerance?: number): Tren {
  throw new Error("not implemented yet");
}
