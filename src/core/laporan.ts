/**
 * The report of one workbook as `kinerja check --json` prints it (and the task pane shows it):
 * tables with the values the engine computed (not the printed ones) and the findings.
 */
import type { Polaritas } from "./capaian";
import type { Level, TableKind } from "./tabel/types";
import type { CellRef, RuleId, Severity } from "./periksa/types";

export interface RowReport {
  /** 1-based sheet row, as Excel shows it. */
  row: number;
  level?: Level;
  kode?: string;
  indikator?: string;
  polaritas?: Polaritas;
  /** Read from the table (the report year's column where there are several). */
  target?: number;
  realisasi?: number;
  /** Computed; absent when it does not apply or cannot be computed. */
  capaian?: number;
  kategori?: string;
  pagu?: number;
  realisasi_anggaran?: number;
  serapan?: number;
  sisa?: number;
  efisiensi?: number;
}

export interface TableReport {
  sheet: string;
  /** A1 range, e.g. `A3:H40`. */
  range: string;
  kind: TableKind;
  /** 1-based first and last header row. */
  headerRows: [number, number];
  /**
   * Role key to column letter. The key is the role id, with `_<year>` for year columns and
   * `_<variant>` for Sebelum/Sesudah/akhir columns (`target_2023`, `pagu_sesudah`, `target_akhir`);
   * a second column of the same key gets `_2`, `_3` ... in column order.
   */
  columns: Record<string, string>;
  rows: RowReport[];
}

export interface FindingReport extends CellRef {
  rule: RuleId;
  severity: Severity;
  message: string;
  expected?: string | number;
  actual?: string | number;
  related?: CellRef;
}

export interface FileReport {
  file: string;
  tables: TableReport[];
  findings: FindingReport[];
}

export interface CheckReport {
  files: FileReport[];
}
