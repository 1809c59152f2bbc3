/** Findings of the checks (SAKIP.md section 6). Rule ids are stable. */

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "capaian-mismatch"
  | "kategori-mismatch"
  | "serapan-mismatch"
  | "sisa-mismatch"
  | "efisiensi-mismatch"
  | "total-mismatch"
  | "rollup-mismatch"
  | "realisasi-exceeds-pagu"
  | "target-mismatch"
  | "realisasi-mismatch"
  | "pagu-mismatch"
  | "not-measured"
  | "not-in-pk"
  | "orphan"
  | "code-invalid"
  | "code-duplicate"
  | "value-unreadable"
  | "scale-mismatch"
  | "unit-mismatch"
  | "polarity-suspect"
  | "capaian-outlier";

export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

export interface Finding extends CellRef {
  rule: RuleId;
  severity: Severity;
  /** Bahasa Indonesia. */
  message: string;
  /** English, for `--lang en`. */
  messageEn: string;
  expected?: string | number;
  actual?: string | number;
  /** The other cell of a cross-table finding. */
  related?: CellRef;
}
