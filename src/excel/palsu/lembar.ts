/** One worksheet of the fake: a mutable grid of engine `Cell`s plus merges and visibility. */
import type { Area, Cell, CellValue, SheetModel } from "../../core/workbook";
import { POLA_GALAT, tafsirkanMasukan } from "./masukan";

export type Visibilitas = "Visible" | "Hidden" | "VeryHidden";

/** Computes a formula's value when the fake writes one (a preview may plug in an evaluator). */
export type HitungRumus = (sheet: string, row: number, col: number, formula: string) => CellValue;

export type PropertiTulis = "values" | "formulas" | "numberFormat";

function salinSel(cell: Cell | undefined): Cell | undefined {
  if (cell === undefined) return undefined;
  const salinan: Cell = { v: cell.v };
  if (cell.fmt !== undefined) salinan.fmt = cell.fmt;
  if (cell.f !== undefined) salinan.f = cell.f;
  return salinan;
}

function berisiNilai(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.v !== null || cell.f !== undefined);
}

export class LembarPalsu {
  name: string;
  visibility: Visibilitas;
  readonly id: number;
  readonly cells: (Cell | undefined)[][];
  readonly merges: Area[];
  /**
   * The formulas the workbook came with and their cached results: writing the same formula
   * back (an undo) restores its value, since the fake evaluates nothing.
   */
  private readonly rumusAsal = new Map<string, { f: string; v: CellValue }>();
  private readonly cacheTerpakai = new Map<boolean, Area | null>();

  constructor(sheet: SheetModel, id: number) {
    this.name = sheet.name;
    this.visibility = sheet.hidden === true ? "Hidden" : "Visible";
    this.id = id;
    this.cells = Array.from(sheet.cells, (row) => Array.from(row ?? [], salinSel));
    this.merges = sheet.merges.map((m) => ({ ...m }));
    this.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.f !== undefined) this.rumusAsal.set(`${r}:${c}`, { f: cell.f, v: cell.v });
      }),
    );
  }

  sel(r: number, c: number): Cell | undefined {
    const row = this.cells[r];
    return row === undefined ? undefined : row[c];
  }

  nilai(r: number, c: number): string | number | boolean {
    const v = this.sel(r, c)?.v;
    return v === null || v === undefined ? "" : v;
  }

  rumus(r: number, c: number): string | number | boolean {
    const cell = this.sel(r, c);
    return cell?.f !== undefined ? `=${cell.f}` : this.nilai(r, c);
  }

  format(r: number, c: number): string {
    return this.sel(r, c)?.fmt ?? "General";
  }

  jenisNilai(r: number, c: number): string {
    const v = this.sel(r, c)?.v;
    if (v === null || v === undefined) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return POLA_GALAT.test(v) ? "Error" : "String";
  }

  /** False when `masukan` is not something Excel accepts for `properti`. */
  tulis(
    r: number,
    c: number,
    properti: PropertiTulis,
    masukan: unknown,
    hitung: HitungRumus | undefined,
  ): boolean {
    const lama = this.sel(r, c);
    const baru: Cell = { v: lama?.v ?? null };
    if (lama?.fmt !== undefined) baru.fmt = lama.fmt;
    if (lama?.f !== undefined) baru.f = lama.f;
    if (properti === "numberFormat") {
      if (masukan === null || masukan === undefined) return true;
      if (typeof masukan !== "string") return false;
      if (masukan === "" || masukan === "General") delete baru.fmt;
      else baru.fmt = masukan;
    } else {
      const m = tafsirkanMasukan(masukan, lama?.fmt);
      if (m === undefined) return false;
      if (m.jenis === "tetap") return true;
      delete baru.f;
      if (m.jenis === "kosong") baru.v = null;
      else if (m.jenis === "nilai") baru.v = m.v;
      else {
        baru.f = m.f;
        const asal = this.rumusAsal.get(`${r}:${c}`);
        baru.v = hitung?.(this.name, r, c, m.f) ?? (asal?.f === m.f ? asal.v : null);
      }
    }
    this.setel(
      r,
      c,
      baru.v === null && baru.f === undefined && baru.fmt === undefined ? undefined : baru,
    );
    return true;
  }

  private setel(r: number, c: number, cell: Cell | undefined): void {
    while (this.cells.length <= r) this.cells.push([]);
    const row = this.cells[r];
    while (row.length < c) row.push(undefined);
    row[c] = cell;
    this.cacheTerpakai.clear();
  }

  /**
   * Bounding box of cells with a value or formula (or, when not `valuesOnly`, a format too),
   * within `dalam` when given.
   */
  terpakai(valuesOnly: boolean, dalam?: Area): Area | null {
    if (dalam === undefined) {
      const ada = this.cacheTerpakai.get(valuesOnly);
      if (ada !== undefined) return ada;
    }
    let area: Area | null = null;
    const r0 = dalam?.r0 ?? 0;
    const r1 = Math.min(dalam?.r1 ?? Infinity, this.cells.length - 1);
    for (let r = r0; r <= r1; r++) {
      const row = this.cells[r];
      const c0 = dalam?.c0 ?? 0;
      const c1 = Math.min(dalam?.c1 ?? Infinity, row.length - 1);
      for (let c = c0; c <= c1; c++) {
        const cell = row[c];
        if (!(berisiNilai(cell) || (!valuesOnly && cell?.fmt !== undefined))) continue;
        if (area === null) area = { r0: r, c0: c, r1: r, c1: c };
        else {
          if (c < area.c0) area.c0 = c;
          if (c > area.c1) area.c1 = c;
          area.r1 = r;
        }
      }
    }
    if (dalam === undefined) this.cacheTerpakai.set(valuesOnly, area);
    return area;
  }
}
