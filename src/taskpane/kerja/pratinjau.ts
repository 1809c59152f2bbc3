/**
 * What a fill would overwrite: cells that already hold something other than what the fill
 * computes. Empty cells and cells already holding the same value are not listed, so the planner
 * sees only the changes that matter.
 */
import { a1 } from "../../core/a1";
import type { EditSel } from "../../core/isi";
import type { CellValue, WorkbookModel } from "../../core/workbook";
import type { Isian } from "../../excel/tulis";

export interface SelBerbeda {
  sheet: string;
  alamat: string;
  lama: string;
  baru: string;
}

function teks(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : String(v);
}

function samaNilai(a: CellValue | undefined, b: number | string | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

export function selBerbeda(wb: WorkbookModel, edits: readonly EditSel[]): SelBerbeda[] {
  const lembar = new Map(wb.sheets.map((s) => [s.name, s]));
  const hasil: SelBerbeda[] = [];
  for (const e of edits) {
    const sel = lembar.get(e.sheet)?.cells[e.row]?.[e.col];
    if (sel === undefined) continue;
    const kosong = (sel.v === null || sel.v === "") && sel.f === undefined;
    if (kosong) continue;
    const baru = e.error ?? e.value;
    const sama =
      e.formula !== undefined && sel.f !== undefined
        ? sel.f.replace(/\s/g, "") === e.formula.replace(/\s/g, "")
        : sel.f === undefined && samaNilai(sel.v, baru);
    if (sama) continue;
    hasil.push({
      sheet: e.sheet,
      alamat: `'${e.sheet}'!${a1(e.row, e.col)}`,
      lama: sel.f !== undefined ? `=${sel.f}` : teks(sel.v),
      baru: teks(baru),
    });
  }
  return hasil;
}

/** The core's edit as the adapter writes it; an error result is written as its error text. */
export function keIsian(e: EditSel): Isian {
  if (e.formula !== undefined)
    return { sheet: e.sheet, row: e.row, col: e.col, formula: e.formula };
  return { sheet: e.sheet, row: e.row, col: e.col, value: e.error ?? e.value ?? null };
}
