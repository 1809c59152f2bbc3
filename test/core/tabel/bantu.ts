/**
 * Test helper: a sheet from TAB-separated lines (as the seeds print tables) plus merges.
 * A cell `#80` is the number 80; `#0.765%` the number 0.765 with a percent format; anything else
 * is text exactly as written; an empty field is an empty cell.
 */
import { colLetters, parseArea } from "../../../src/core/a1";
import { recognize } from "../../../src/core/tabel";
import type { RecognizeOptions, RecognizedTable } from "../../../src/core/tabel/types";
import type { Cell, SheetModel, WorkbookModel } from "../../../src/core/workbook";

function sel(s: string): Cell | undefined {
  if (s === "") return undefined;
  const m = /^#(-?\d+(?:\.\d+)?)(%?)$/.exec(s);
  if (m !== null) return m[2] === "%" ? { v: Number(m[1]), fmt: "0.00%" } : { v: Number(m[1]) };
  return { v: s };
}

export function lembar(
  name: string,
  lines: readonly string[],
  merges: readonly string[] = [],
): SheetModel {
  return {
    name,
    cells: lines.map((l) => (l === "" ? [] : l.split("\t").map(sel))),
    merges: merges.map((m) => {
      const a = parseArea(m);
      if (a === undefined) throw new Error(`bad merge ${m}`);
      return a;
    }),
  };
}

export function buku(...sheets: SheetModel[]): WorkbookModel {
  return { sheets };
}

/** Tab-joins cells (readability helper for tests). */
export function t(...cells: (string | number)[]): string {
  return cells.map((c) => (typeof c === "number" ? `#${c}` : c)).join("\t");
}

/** Recognises one sheet and returns its tables. */
export function kenali(
  lines: readonly string[],
  merges: readonly string[] = [],
  options?: RecognizeOptions,
): RecognizedTable[] {
  return recognize(buku(lembar("Lembar1", lines, merges)), options);
}

/** The single table of a sheet (fails the test when there is not exactly one). */
export function satu(
  lines: readonly string[],
  merges: readonly string[] = [],
  options?: RecognizeOptions,
): RecognizedTable {
  const t = kenali(lines, merges, options);
  if (t.length !== 1) throw new Error(`harap 1 tabel, dapat ${t.length}`);
  return t[0];
}

/** Column roles as `C:target:2023:sebelum` strings, in column order. */
export function peran(t: RecognizedTable): string[] {
  return t.columns.map((c) =>
    [colLetters(c.col), c.role, c.year ?? "", c.variant ?? ""].join(":").replace(/:+$/, ""),
  );
}

/** Data rows as compact strings: `row level kode parent [+]`, 0-based rows. */
export function ringkasBaris(t: RecognizedTable): string[] {
  return t.rows.map((r) =>
    [r.row, r.level ?? "-", r.kode ?? "-", r.parentRow ?? "-", r.continuation ? "lanjut" : ""]
      .join(" ")
      .trim(),
  );
}
