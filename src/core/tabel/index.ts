/** Table recognition: find and explain every SAKIP table of a workbook. */
export { recognize } from "./tabel";
export type {
  ColumnRole,
  ColumnRoleId,
  Correction,
  DataRow,
  Level,
  RecognizeOptions,
  RecognizedTable,
  TableKind,
  TotalRow,
  Variant,
} from "./types";
export { LEVELS, TABLE_KINDS } from "./types";
