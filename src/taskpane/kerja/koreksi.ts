/**
 * Corrections as the pane edits them: one entry per table (by its sheet and range), the kind
 * and the columns' roles merged into it, so the stored list stays short and readable.
 */
import { areaA1, colLetters } from "../../core/a1";
import {
  COLUMN_ROLES,
  type ColumnRoleId,
  type Correction,
  type RecognizedTable,
  type TableKind,
} from "../../core/tabel/types";

export const PERAN: readonly ColumnRoleId[] = COLUMN_ROLES;

function sama(k: Correction, t: RecognizedTable): boolean {
  return k.sheet === t.sheet && k.at === areaA1(t.range);
}

function ubah(
  daftar: readonly Correction[],
  t: RecognizedTable,
  fn: (k: Correction) => Correction,
): Correction[] {
  const i = daftar.findIndex((k) => sama(k, t));
  if (i < 0) return [...daftar, fn({ sheet: t.sheet, at: areaA1(t.range) })];
  return daftar.map((k, j) => (j === i ? fn(k) : k));
}

export function koreksiJenis(
  daftar: readonly Correction[],
  t: RecognizedTable,
  kind: TableKind | "bukan",
): Correction[] {
  return ubah(daftar, t, (k) => ({ ...k, kind }));
}

/** A year or variant the column had stays with it: a `2023` column keeps meaning 2023. */
export function koreksiPeran(
  daftar: readonly Correction[],
  t: RecognizedTable,
  col: string,
  role: ColumnRoleId | "abaikan",
): Correction[] {
  const lama = t.columns.find((c) => colLetters(c.col) === col);
  const baru: NonNullable<Correction["columns"]>[number] = { col, role };
  if (role !== "abaikan" && lama?.year !== undefined) baru.year = lama.year;
  if (role !== "abaikan" && lama?.variant !== undefined) baru.variant = lama.variant;
  return ubah(daftar, t, (k) => ({
    ...k,
    columns: [...(k.columns ?? []).filter((c) => c.col !== col), baru],
  }));
}

/** Columns the planner told the scan to ignore (they no longer appear among the roles). */
export function kolomDiabaikan(daftar: readonly Correction[], t: RecognizedTable): string[] {
  return daftar
    .filter((k) => sama(k, t))
    .flatMap((k) => (k.columns ?? []).filter((c) => c.role === "abaikan").map((c) => c.col));
}
