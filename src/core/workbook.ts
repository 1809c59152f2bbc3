/**
 * The workbook as the engine sees it: sheets of cells with value, number format, formula flag and
 * merged areas. Adapters (exceljs in the CLI, Office.js in the add-in) build it; the engine never
 * knows where a grid came from.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The typed value, or the cached result of a formula (never evaluated by us). */
  v: CellValue;
  /** Number format code as stored (`0.00%`, `#,##0`); absent for General. */
  fmt?: string;
  /** Formula text without the leading `=`, when the cell holds one. */
  f?: string;
}

/** A merged area, 0-based inclusive rows and columns. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetModel {
  name: string;
  /** Row-major, 0-based: `cells[r][c]`; missing rows/cells are empty. */
  cells: (Cell | undefined)[][];
  merges: Area[];
  /** Sheet state: hidden sheets are still read; the CLI may report them. */
  hidden?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
}

export function cellAt(sheet: SheetModel, r: number, c: number): Cell | undefined {
  const row = sheet.cells[r];
  return row === undefined ? undefined : row[c];
}

/** Number of columns of the widest row. */
export function sheetWidth(sheet: SheetModel): number {
  let w = 0;
  for (const row of sheet.cells) if (row !== undefined && row.length > w) w = row.length;
  return w;
}
