/**
 * Cells between Office's parallel 2-D arrays (`values`, `formulas`, `numberFormat`) and the
 * engine's `Cell`, and the text Excel must receive so a write stores exactly what was meant.
 */
import { parseArea } from "../core/a1";
import type { Area, Cell, CellValue } from "../core/workbook";

export function nilaiSel(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return null;
}

/**
 * One cell from what Office returned; undefined for an empty cell in General format. A formula is
 * kept without its `=`; the value of a formula cell is Excel's cached result, even `""`.
 */
export function selDariOffice(value: unknown, formula: unknown, format: unknown): Cell | undefined {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  let v = nilaiSel(value);
  if (f === undefined && v === "") v = null;
  const fmt =
    typeof format === "string" && format !== "" && format !== "General" ? format : undefined;
  if (v === null && f === undefined && fmt === undefined) return undefined;
  const cell: Cell = { v };
  if (fmt !== undefined) cell.fmt = fmt;
  if (f !== undefined) cell.f = f;
  return cell;
}

/**
 * Texts Excel would turn into something else when written (numbers, dates, percentages,
 * booleans, errors, formulas) get the apostrophe prefix, which Excel strips and keeps as text.
 * Any digit is enough: `Sasaran 1` survives the prefix unchanged, while `1/2` or `12,5` would
 * otherwise become a date or a number depending on the user's locale.
 */
export function perluApostrof(teks: string): boolean {
  if (teks === "") return false;
  if (/^[=+\-@'#]/.test(teks)) return true;
  if (/\d/.test(teks)) return true;
  return /^\s*(true|false|benar|salah)\s*$/i.test(teks);
}

/**
 * The entry of a `range.formulas` array that stores `cell` exactly: a formula as a formula, a
 * number or boolean as itself, text as text (prefixed when Excel would coerce it), an empty cell
 * as `""` (which clears). In a Text-formatted (`@`) cell Excel stores input verbatim.
 */
export function masukanFormula(
  isi: { v: CellValue; f?: string },
  formatSasaran?: string,
): string | number | boolean {
  if (isi.f !== undefined) return isi.f.startsWith("=") ? isi.f : `=${isi.f}`;
  const v = isi.v;
  if (v === null) return "";
  if (typeof v === "string") {
    return formatSasaran !== "@" && perluApostrof(v) ? `'${v}` : v;
  }
  return v;
}

/**
 * Areas of a `RangeAreas.address` such as `Sheet1!A1:B2,'My, Sheet'!D4:E5`. Sheet names may hold
 * commas only inside quotes, so the split walks quotes instead of splitting on every comma.
 */
export function areaDariAlamat(alamat: string): Area[] {
  const hasil: Area[] = [];
  let i = 0;
  const n = alamat.length;
  while (i < n) {
    while (i < n && (alamat[i] === " " || alamat[i] === ",")) i++;
    if (i >= n) break;
    if (alamat[i] === "'") {
      i++;
      while (i < n) {
        if (alamat[i] === "'" && alamat[i + 1] === "'") i += 2;
        else if (alamat[i] === "'") {
          i++;
          break;
        } else i++;
      }
    }
    let j = i;
    while (j < n && alamat[j] !== ",") j++;
    const potong = alamat.slice(i, j).trim();
    const seru = potong.lastIndexOf("!");
    const area = parseArea((seru >= 0 ? potong.slice(seru + 1) : potong).replace(/\$/g, ""));
    if (area !== undefined) hasil.push(area);
    i = j;
  }
  return hasil;
}

/** Rows without trailing empty cells and the grid without trailing empty rows: one shape for one content. */
export function rapikanBaris(cells: (Cell | undefined)[][]): (Cell | undefined)[][] {
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    let akhir = row.length;
    while (akhir > 0 && row[akhir - 1] === undefined) akhir--;
    const rapi: (Cell | undefined)[] = new Array<Cell | undefined>(akhir);
    for (let c = 0; c < akhir; c++) rapi[c] = row[c];
    cells[r] = rapi;
  }
  let n = cells.length;
  while (n > 0 && cells[n - 1].length === 0) n--;
  cells.length = n;
  return cells;
}
