/**
 * Moves the relative references of a formula by a row and column offset, the way Excel fills a
 * shared formula from its master cell. Text is only rewritten, never evaluated.
 */
import { colIndex, colLetters } from "../../core/a1";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL_RE = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_RE = /^(\$?)(\d{1,7})$/;

function isTokenChar(ch: string): boolean {
  return /[A-Za-z0-9_.$\\]/.test(ch);
}

function shiftCol(abs: string, letters: string, dc: number): string | undefined {
  const c = colIndex(letters);
  if (c === undefined) return undefined;
  const n = abs === "$" ? c : c + dc;
  return n < 0 || n > MAX_COL ? undefined : abs + colLetters(n);
}

function shiftRow(abs: string, digits: string, dr: number): string | undefined {
  const r = Number(digits) - 1;
  const n = abs === "$" ? r : r + dr;
  return n < 0 || n > MAX_ROW ? undefined : abs + String(n + 1);
}

function shiftCell(token: string, dr: number, dc: number): string | undefined {
  const m = CELL_RE.exec(token);
  if (m === null) return undefined;
  // Beyond XFD or row 1048576 the token is a defined name (`XFE1`), not a reference.
  const c = colIndex(m[2]);
  if (c === undefined || c > MAX_COL || Number(m[4]) - 1 > MAX_ROW || m[4] === "0")
    return undefined;
  const col = shiftCol(m[1], m[2], dc);
  const row = shiftRow(m[3], m[4], dr);
  return col === undefined || row === undefined ? "#REF!" : col + row;
}

/** Copies a quoted run (`"text"` or `'sheet'`) where a doubled quote escapes the quote. */
function quotedEnd(f: string, i: number, q: string): number {
  let j = i + 1;
  while (j < f.length) {
    if (f[j] === q) {
      if (f[j + 1] === q) j += 2;
      else return j + 1;
    } else {
      j++;
    }
  }
  return j;
}

function bracketEnd(f: string, i: number): number {
  let depth = 0;
  for (let j = i; j < f.length; j++) {
    if (f[j] === "[") depth++;
    else if (f[j] === "]" && --depth === 0) return j + 1;
  }
  return f.length;
}

export function slideFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const e = quotedEnd(formula, i, ch);
      out += formula.slice(i, e);
      i = e;
      continue;
    }
    if (ch === "[") {
      const e = bracketEnd(formula, i);
      out += formula.slice(i, e);
      i = e;
      continue;
    }
    if (!isTokenChar(ch)) {
      out += ch;
      i++;
      continue;
    }
    let e = i;
    while (e < formula.length && isTokenChar(formula[e])) e++;
    const token = formula.slice(i, e);
    const next = formula[e];
    if (next === "(" || next === "!" || next === "[") {
      // A function name, a sheet name or a table name: never a reference.
      out += token;
      i = e;
      continue;
    }
    if (next === ":") {
      let e2 = e + 1;
      while (e2 < formula.length && isTokenChar(formula[e2])) e2++;
      const second = formula.slice(e + 1, e2);
      const c1 = COL_RE.exec(token);
      const c2 = COL_RE.exec(second);
      if (c1 !== null && c2 !== null) {
        const a = shiftCol(c1[1], c1[2], dc);
        const b = shiftCol(c2[1], c2[2], dc);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i = e2;
        continue;
      }
      const r1 = ROW_RE.exec(token);
      const r2 = ROW_RE.exec(second);
      if (r1 !== null && r2 !== null) {
        const a = shiftRow(r1[1], r1[2], dr);
        const b = shiftRow(r2[1], r2[2], dr);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i = e2;
        continue;
      }
    }
    out += shiftCell(token, dr, dc) ?? token;
    i = e;
  }
  return out;
}
