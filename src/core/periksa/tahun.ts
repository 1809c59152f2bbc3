/**
 * The report year (Pengaturan.tahun's default): the latest year that has realisasi anywhere in
 * the workbook, else the latest target year.
 */
import { bacaNilai } from "../nilai";
import type { RecognizedTable } from "../tabel/types";
import type { SheetModel, WorkbookModel } from "../workbook";
import { formatPersen, selDi, selTertutup, tahunJudul } from "./baca";

function adaAngka(sheet: SheetModel, tutup: ReadonlySet<number>, t: RecognizedTable, c: number) {
  for (const baris of t.rows) {
    const cell = selDi(sheet, tutup, baris.row, c);
    if (cell === undefined || cell.v === null || cell.v === "") continue;
    const n = bacaNilai(cell.v, { percentFormat: formatPersen(cell) });
    if (n.kind === "number" || n.kind === "percent" || n.kind === "grade") return true;
  }
  return false;
}

/**
 * Years come from year columns; an un-yeared column counts for the year its table's title names
 * (`Capaian Kinerja Tahun 2023`). Undefined when the workbook names no year at all.
 */
export function tahunLaporanBawaan(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
): number | undefined {
  let realisasi: number | undefined;
  let target: number | undefined;
  const tutupPerLembar = new Map<string, Set<number>>();
  for (const t of tables) {
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (sheet === undefined) continue;
    let tutup = tutupPerLembar.get(sheet.name);
    if (tutup === undefined) {
      tutup = selTertutup(sheet);
      tutupPerLembar.set(sheet.name, tutup);
    }
    const judul = tahunJudul(t.title);
    for (const k of t.columns) {
      if (k.role !== "realisasi" && k.role !== "target") continue;
      if (k.variant === "akhir") continue;
      const tahun = k.year ?? judul;
      if (tahun === undefined) continue;
      if (k.role === "realisasi") {
        if ((realisasi === undefined || tahun > realisasi) && adaAngka(sheet, tutup, t, k.col)) {
          realisasi = tahun;
        }
      } else if (target === undefined || tahun > target) {
        if (adaAngka(sheet, tutup, t, k.col)) target = tahun;
      }
    }
  }
  return realisasi ?? target;
}
