/**
 * Reading cell values as planners type them (SAKIP.md section 4).
 * CONTRACT FILE: types are final; bodies are implemented by the nilai work package.
 */

/** A cell value as it arrives: from Excel, exceljs or a user's typing. */
export type RawCell = string | number | boolean | null | undefined;

interface Base {
  /** The input as text, exactly as given (numbers via String()). */
  raw: string;
}

/** A plain quantity, e.g. `3.952.453.098`, `18 dokumen`, `Rp 1.234.567,-`, `92 poin`. */
export interface NumberNilai extends Base {
  kind: "number";
  value: number;
  /** Unit as written (`Dok`, `Orang`, `poin`, `Rp`), normalised to trimmed text; absent when none. */
  unit?: string;
  /** Set when the separators could be read two ways; says which reading was taken and why. */
  ambiguous?: string;
}

/** A percentage in percent points: `76,50%` and `80 Prosen` give 76.5 and 80. */
export interface PercentNilai extends Base {
  kind: "percent";
  value: number;
  /** `%`, `Prosen`, `persen`, ... as written; `%` when it came from a percent number format. */
  unit: string;
  /** True when the value came from a percent-formatted number (0.765 shown as 76,50%). */
  fromFormat?: boolean;
  ambiguous?: string;
}

/** An ordinal SAKIP evaluation grade: AA, A, BB, B, CC, C, D. */
export interface GradeNilai extends Base {
  kind: "grade";
  grade: string;
  /** AA = 7, A = 6, BB = 5, B = 4, CC = 3, C = 2, D = 1. */
  rank: number;
}

/** Not known yet (`-`, `NA`, empty, `Menunggu Rilis PDRB oleh BPS 2024`) or a text target (`Meningkat`). */
export interface PendingNilai extends Base {
  kind: "pending";
  reason: string;
}

/** Could not be read; `candidates` holds the values when a cell holds two (`71% 55%`). */
export interface UnreadableNilai extends Base {
  kind: "unreadable";
  reason: string;
  candidates?: Nilai[];
}

export type Nilai = NumberNilai | PercentNilai | GradeNilai | PendingNilai | UnreadableNilai;

export interface ReadOptions {
  /** The cell carries a percent number format: a number 0.765 means 76.5 %. */
  percentFormat?: boolean;
  /**
   * Which character is the decimal separator when the text alone cannot tell (`1.500`).
   * Usually inferred from the other cells of a column by `bacaKolom`.
   */
  decimal?: "," | ".";
}

/** Reads one cell. Never throws; always classifies. */
export function bacaNilai(_input: RawCell, _options?: ReadOptions): Nilai {
  throw new Error("not implemented yet");
}

/**
 * Reads a column of cells together, so that separators ambiguous in one cell are settled by the
 * others (SAKIP.md section 4). `percentFormats[i]` says whether cell i is percent-formatted.
 */
export function bacaKolom(
  _inputs: readonly RawCell[],
  _percentFormats?: readonly boolean[],
): Nilai[] {
  throw new Error("not implemented yet");
}

/** The numeric value of a reading in its own scale (percent points for percents), or undefined. */
export function angkaDari(_n: Nilai): number | undefined {
  throw new Error("not implemented yet");
}
