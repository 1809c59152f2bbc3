/**
 * Cell edits on worksheet XML as text. Only the `<c>` elements edited (and, when needed, their
 * `<row>` open tag, the `<dimension>` and the cells of a shared formula whose master is replaced)
 * change; every other byte of the part stays as it was, prefixes, extensions and all.
 */
import { a1, parseA1, parseArea } from "../../core/a1";
import type { Area } from "../../core/workbook";
import { BukuKerjaError } from "./errors";
import { slideFormula } from "./formula";
import { sheetLayout, type SheetLayout } from "./sheet-xml";
import {
  attrs,
  elementEnd,
  escapeCellText,
  escapeText,
  findTag,
  readTag,
  unescapeXml,
  type Tag,
} from "./xml";

/** Excel's error values, as a cell stores them. */
export type GalatSel = "#NULL!" | "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#N/A";

export const GALAT_SEL: readonly GalatSel[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
];

export interface SheetCellEdit {
  row: number;
  col: number;
  value?: number | string | boolean | null;
  formula?: string;
  error?: GalatSel;
  styleFrom?: { row: number; col: number };
}

export interface SheetEditResult {
  xml: string;
  /** A formula was written. */
  formulaWritten: boolean;
  /** A cell that held a formula was overwritten (its calc chain entry is now stale). */
  formulaReplaced: boolean;
}

interface Item {
  tag: Tag;
  /** Just after the element. */
  end: number;
  /** 0-based index (row or column), explicit or implied by order. */
  index: number;
}

/** Rows (`row`) or cells (`c`) between `from` and `to`, with implied indices resolved. */
function items(xml: string, p: string, local: string, from: number, to: number): Item[] {
  const out: Item[] = [];
  let prev = -1;
  for (let t = findTag(xml, p, local, from, to); t !== undefined;) {
    const end = elementEnd(xml, t);
    if (end < 0 || end > to) throw new Error(`${local} tidak ditutup`);
    const r = attrs(t.attrText).get("r");
    let index: number | undefined;
    if (r !== undefined) {
      if (local === "row") {
        const n = Number(r);
        index = Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
      } else {
        index = parseA1(r)?.c;
      }
    }
    out.push({ tag: t, end, index: index ?? prev + 1 });
    prev = index ?? prev + 1;
    t = findTag(xml, p, local, end, to);
  }
  return out;
}

function closeTagStart(xml: string, item: Item): number {
  return item.tag.selfClosing ? item.tag.end : xml.lastIndexOf("<", item.end - 1);
}

type Op = { kind: "set"; edit: SheetCellEdit } | { kind: "promote"; formula: string };

interface FormulaInfo {
  si?: string;
  type: string;
  ref?: string;
  text: string;
  r: number;
  c: number;
}

/** Every `<f>` with a `t` attribute (shared and array formulas), with its cell's address. */
function specialFormulas(xml: string, layout: SheetLayout, rowsIdx: Item[]): FormulaInfo[] {
  const p = layout.prefix;
  const sd = layout.sheetData;
  if (sd === undefined) return [];
  const from = sd.end;
  const to = layout.sheetDataEnd;
  const body = xml.slice(from, to);
  if (!body.includes('t="shared"') && !body.includes('t="array"')) return [];
  const out: FormulaInfo[] = [];
  const info = (f: Tag, r: number, c: number): FormulaInfo | undefined => {
    const a = attrs(f.attrText);
    const type = a.get("t");
    if (type !== "shared" && type !== "array") return undefined;
    const fEnd = elementEnd(xml, f);
    const text = f.selfClosing ? "" : unescapeXml(xml.slice(f.end, xml.lastIndexOf("<", fEnd - 1)));
    return { si: a.get("si"), type, ref: a.get("ref"), text, r, c };
  };
  // Fast path: go from formula to formula; each cell names itself with `r`.
  let complete = true;
  for (
    let f = findTag(xml, p, "f", from, to);
    f !== undefined;
    f = findTag(xml, p, "f", f.end, to)
  ) {
    if (!/\bt\s*=\s*["'](shared|array)["']/.test(f.attrText)) continue;
    const cellStart = xml.lastIndexOf(`<${p}c`, f.start);
    const cell = cellStart < 0 ? undefined : readTag(xml, cellStart);
    const pos =
      cell === undefined || cell.local !== "c"
        ? undefined
        : parseA1(attrs(cell.attrText).get("r") ?? "");
    if (pos === undefined) {
      complete = false;
      break;
    }
    const x = info(f, pos.r, pos.c);
    if (x !== undefined) out.push(x);
  }
  if (complete) return out;
  // Cells without addresses: walk rows and cells to know where each formula sits.
  out.length = 0;
  for (const row of rowsIdx) {
    if (row.tag.selfClosing) continue;
    for (const cell of items(xml, p, "c", row.tag.end, closeTagStart(xml, row))) {
      if (cell.tag.selfClosing) continue;
      const f = findTag(xml, p, "f", cell.tag.end, cell.end);
      const x = f === undefined ? undefined : info(f, row.index, cell.index);
      if (x !== undefined) out.push(x);
    }
  }
  return out;
}

function inArea(a: Area, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}

function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

function newCellXml(
  p: string,
  r: number,
  c: number,
  s: string | undefined,
  op: Op,
): string | undefined {
  if (op.kind === "promote") return undefined;
  const head = `<${p}c r="${a1(r, c)}"${s === undefined ? "" : ` s="${s}"`}`;
  const v = (text: string): string => `<${p}v>${text}</${p}v>`;
  const t = (type: string): string => ` t="${type}"`;
  const e = op.edit;
  const x = e.value;
  if (e.formula !== undefined) {
    const f = `<${p}f>${escapeText(e.formula.replace(/^\s*=/, ""))}</${p}f>`;
    // Without a cached value Excel and LibreOffice must compute the cell; with one, a reader that
    // does not recalculate still shows the caller's result (fullCalcOnLoad makes Excel recompute).
    if (e.error !== undefined) return `${head}${t("e")}>${f}${v(e.error)}</${p}c>`;
    if (x === undefined || x === null) return `${head}>${f}</${p}c>`;
    if (typeof x === "number") return `${head}>${f}${v(numberText(x))}</${p}c>`;
    if (typeof x === "boolean") return `${head}${t("b")}>${f}${v(x ? "1" : "0")}</${p}c>`;
    return `${head}${t("str")}>${f}${v(escapeCellText(x))}</${p}c>`;
  }
  if (e.error !== undefined) return `${head}${t("e")}>${v(e.error)}</${p}c>`;
  if (x === undefined || x === null) return `${head}/>`;
  if (typeof x === "number") return `${head}>${v(numberText(x))}</${p}c>`;
  if (typeof x === "boolean") return `${head}${t("b")}>${v(x ? "1" : "0")}</${p}c>`;
  return (
    `${head}${t("inlineStr")}><${p}is><${p}t xml:space="preserve">${escapeCellText(x)}` +
    `</${p}t></${p}is></${p}c>`
  );
}

/** A shared-formula member rewritten to hold its own formula text, value kept. */
function promotedCell(xml: string, p: string, cell: Item, formula: string): string {
  const text = xml.slice(cell.tag.start, cell.end);
  const rel = cell.tag.end - cell.tag.start;
  const f = findTag(text, p, "f", rel);
  if (f === undefined) return text;
  const fEnd = elementEnd(text, f);
  return `${text.slice(0, f.start)}<${p}f>${escapeText(formula)}</${p}f>${text.slice(fEnd)}`;
}

function withAttr(tag: Tag, xml: string, name: string, value: string): string {
  const open = xml.slice(tag.start, tag.end);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(open)) return open.replace(re, `$1"${value}"`);
  const nameEnd = tag.start + 1 + tag.prefix.length + tag.local.length;
  return `${xml.slice(tag.start, nameEnd)} ${name}="${value}"${xml.slice(nameEnd, tag.end)}`;
}

/** `spans` widened to include a column (1-based `min:max`), when the row has one. */
function widenSpans(spans: string, c: number): string {
  let min = Infinity;
  let max = -Infinity;
  for (const part of spans.trim().split(/\s+/)) {
    const [a, b] = part.split(":").map(Number);
    if (Number.isFinite(a)) min = Math.min(min, a);
    if (Number.isFinite(b)) max = Math.max(max, b);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return spans;
  if (c + 1 >= min && c + 1 <= max) return spans;
  return `${Math.min(min, c + 1)}:${Math.max(max, c + 1)}`;
}

interface StyleSource {
  cellStyle(r: number, c: number): string | undefined;
  defaultStyle(r: number, c: number): string | undefined;
}

function styleSource(xml: string, layout: SheetLayout, rowsIdx: Item[]): StyleSource {
  const p = layout.prefix;
  const byRow = new Map(rowsIdx.map((r) => [r.index, r]));
  const cols: { min: number; max: number; style: string }[] = [];
  const sdStart = layout.sheetData?.start ?? xml.length;
  const colsTag = findTag(xml, p, "cols", layout.root.end, sdStart);
  if (colsTag !== undefined) {
    for (let t = findTag(xml, p, "col", colsTag.end, sdStart); t !== undefined;) {
      const a = attrs(t.attrText);
      const style = a.get("style");
      if (style !== undefined) {
        cols.push({ min: Number(a.get("min")) - 1, max: Number(a.get("max")) - 1, style });
      }
      t = findTag(xml, p, "col", t.end, sdStart);
    }
  }
  return {
    cellStyle(r, c) {
      const row = byRow.get(r);
      if (row === undefined || row.tag.selfClosing) return undefined;
      const cell = items(xml, p, "c", row.tag.end, closeTagStart(xml, row)).find(
        (x) => x.index === c,
      );
      return cell === undefined ? undefined : attrs(cell.tag.attrText).get("s");
    },
    defaultStyle(r, c) {
      // What Excel gives a cell typed into a formatted row or column.
      const row = byRow.get(r);
      if (row !== undefined) {
        const a = attrs(row.tag.attrText);
        const cf = a.get("customFormat");
        if ((cf === "1" || cf === "true") && a.get("s") !== undefined) return a.get("s");
      }
      return cols.find((x) => c >= x.min && c <= x.max)?.style;
    },
  };
}

function ensureSheetData(xml: string, layout: SheetLayout): string {
  const p = layout.prefix;
  const sd = layout.sheetData;
  if (sd !== undefined && !sd.selfClosing) return xml;
  if (sd !== undefined) {
    const open = xml.slice(sd.start, sd.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, sd.start)}${open}</${p}sheetData>${xml.slice(sd.end)}`;
  }
  // No sheetData at all: it goes after the elements the schema puts before it.
  let at = layout.root.end;
  for (const local of ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"]) {
    const t = findTag(xml, p, local, layout.root.end);
    if (t !== undefined) at = Math.max(at, elementEnd(xml, t));
  }
  return `${xml.slice(0, at)}<${p}sheetData></${p}sheetData>${xml.slice(at)}`;
}

function suntinganTidakSah(message: string): BukuKerjaError {
  return new BukuKerjaError("suntingan-tidak-sah", message);
}

export function editSheet(
  original: string,
  sheetName: string,
  edits: readonly SheetCellEdit[],
): SheetEditResult {
  let xml = ensureSheetData(original, sheetLayout(original));
  const layout = sheetLayout(xml);
  const p = layout.prefix;
  const sd = layout.sheetData;
  if (sd === undefined) throw new Error("sheetData hilang");
  const contentStart = sd.end;
  const contentEnd = xml.lastIndexOf("<", layout.sheetDataEnd - 1);
  const rowsIdx = items(xml, p, "row", contentStart, contentEnd);
  const styles = styleSource(xml, layout, rowsIdx);
  const special = specialFormulas(xml, layout, rowsIdx);

  const ops = new Map<number, Map<number, Op>>();
  const put = (r: number, c: number, op: Op): void => {
    let m = ops.get(r);
    if (m === undefined) ops.set(r, (m = new Map()));
    m.set(c, op);
  };
  for (const e of edits) put(e.row, e.col, { kind: "set", edit: e });

  for (const f of special) {
    if (f.type !== "array" || f.ref === undefined) continue;
    const area = parseArea(f.ref);
    if (area === undefined || (area.r0 === area.r1 && area.c0 === area.c1)) continue;
    for (const e of edits) {
      if (inArea(area, e.row, e.col)) {
        throw suntinganTidakSah(
          `Sel ${a1(e.row, e.col)} di lembar "${sheetName}" bagian dari rumus array ${f.ref}: ` +
            "ubah atau hapus rumus array itu di Excel lebih dulu.",
        );
      }
    }
  }
  // A replaced shared-formula master would orphan its members: they get their own formula text.
  for (const m of special) {
    if (m.type !== "shared" || m.ref === undefined || m.text === "") continue;
    if (ops.get(m.r)?.get(m.c)?.kind !== "set") continue;
    for (const s of special) {
      if (s.type !== "shared" || s.si !== m.si || (s.r === m.r && s.c === m.c)) continue;
      if (ops.get(s.r)?.get(s.c) !== undefined) continue;
      put(s.r, s.c, { kind: "promote", formula: slideFormula(m.text, s.r - m.r, s.c - m.c) });
    }
  }

  let formulaWritten = false;
  let formulaReplaced = false;
  let bounds: Area | undefined;
  const grow = (r: number, c: number): void => {
    bounds =
      bounds === undefined
        ? { r0: r, c0: c, r1: r, c1: c }
        : {
            r0: Math.min(bounds.r0, r),
            c0: Math.min(bounds.c0, c),
            r1: Math.max(bounds.r1, r),
            c1: Math.max(bounds.c1, c),
          };
  };

  /** The cells of one row after its operations; `inner` is the row's original content. */
  const editCells = (
    r: number,
    rowOps: Map<number, Op>,
    from: number,
    to: number,
  ): { text: string; cols: number[] } => {
    const cells = items(xml, p, "c", from, to);
    const byCol = new Map(cells.map((c) => [c.index, c]));
    // Implied addresses are contiguous, so a cell is never inserted right before one.
    const inserts: { at: number; text: string }[] = [];
    const replaces = new Map<number, string>();
    const cols: number[] = [];
    for (const [c, op] of [...rowOps].sort((a, b) => a[0] - b[0])) {
      const existing = byCol.get(c);
      if (op.kind === "promote") {
        if (existing !== undefined) {
          replaces.set(existing.tag.start, promotedCell(xml, p, existing, op.formula));
        }
        continue;
      }
      const e = op.edit;
      if (e.formula !== undefined) formulaWritten = true;
      if (existing !== undefined) {
        const body = xml.slice(existing.tag.end, existing.end);
        if (findTag(body, p, "f", 0) !== undefined) formulaReplaced = true;
        const s = attrs(existing.tag.attrText).get("s");
        const text = newCellXml(p, r, c, s, op) ?? "";
        replaces.set(existing.tag.start, text);
        cols.push(c);
        grow(r, c);
        continue;
      }
      let s: string | undefined;
      if (e.styleFrom !== undefined) s = styles.cellStyle(e.styleFrom.row, e.styleFrom.col);
      if (s === undefined) s = styles.defaultStyle(r, c);
      const empty = (e.value === undefined || e.value === null) && e.error === undefined;
      if (empty && e.formula === undefined && s === undefined) {
        continue;
      }
      const text = newCellXml(p, r, c, s, op) ?? "";
      const nextIdx = cells.findIndex((x) => x.index > c);
      let at: number;
      if (nextIdx >= 0) {
        at = cells[nextIdx].tag.start;
      } else {
        // After the last cell, before a row extLst if there is one.
        const ext = findTag(
          xml,
          p,
          "extLst",
          cells.length > 0 ? cells[cells.length - 1].end : from,
          to,
        );
        at = ext?.start ?? (cells.length > 0 ? cells[cells.length - 1].end : to);
      }
      inserts.push({ at, text });
      cols.push(c);
      grow(r, c);
    }
    let text = "";
    let pos = from;
    const points = new Set<number>([...inserts.map((i) => i.at), ...replaces.keys()]);
    for (const at of [...points].sort((a, b) => a - b)) {
      text += xml.slice(pos, at);
      pos = at;
      for (const ins of inserts) if (ins.at === at) text += ins.text;
      const cell = cells.find((x) => x.tag.start === at);
      const rep = replaces.get(at);
      if (rep !== undefined && cell !== undefined) {
        text += rep;
        pos = cell.end;
      }
    }
    text += xml.slice(pos, to);
    return { text, cols };
  };

  const rowByIndex = new Map(rowsIdx.map((row) => [row.index, row]));
  const pieces: { start: number; end: number; text: string }[] = [];
  const newRows: { at: number; text: string }[] = [];
  for (const [r, rowOps] of [...ops].sort((a, b) => a[0] - b[0])) {
    const row = rowByIndex.get(r);
    if (row !== undefined) {
      const innerFrom = row.tag.end;
      const innerTo = closeTagStart(xml, row);
      const { text, cols } = editCells(r, rowOps, innerFrom, innerTo);
      let open = xml.slice(row.tag.start, row.tag.end);
      const spans = attrs(row.tag.attrText).get("spans");
      if (spans !== undefined) {
        let widened = spans;
        for (const c of cols) widened = widenSpans(widened, c);
        if (widened !== spans) open = withAttr(row.tag, xml, "spans", widened);
      }
      if (row.tag.selfClosing) {
        if (text === "") continue;
        open = open.replace(/\s*\/>$/, ">");
        pieces.push({ start: row.tag.start, end: row.end, text: `${open}${text}</${p}row>` });
      } else {
        pieces.push({
          start: row.tag.start,
          end: row.end,
          text: open + text + xml.slice(innerTo, row.end),
        });
      }
      continue;
    }
    const { text } = editCells(r, rowOps, 0, 0);
    if (text === "") continue;
    const nextIdx = rowsIdx.findIndex((x) => x.index > r);
    const at = nextIdx >= 0 ? rowsIdx[nextIdx].tag.start : contentEnd;
    newRows.push({ at, text: `<${p}row r="${r + 1}">${text}</${p}row>` });
  }
  let body = "";
  let pos = contentStart;
  const points = [
    ...pieces.map((x) => ({ at: x.start, end: x.end, text: x.text, insert: false })),
    ...newRows.map((x) => ({ at: x.at, end: x.at, text: x.text, insert: true })),
  ].sort((a, b) => a.at - b.at || (a.insert === b.insert ? 0 : a.insert ? -1 : 1));
  for (const pt of points) {
    body += xml.slice(pos, pt.at) + pt.text;
    pos = pt.end;
  }
  body += xml.slice(pos, contentEnd);

  let head = xml.slice(0, contentStart);
  if (bounds !== undefined) head = widenDimension(head, p, layout, bounds, rowsIdx.length === 0);
  xml = head + body + xml.slice(contentEnd);
  return { xml, formulaWritten, formulaReplaced };
}

function widenDimension(
  head: string,
  p: string,
  layout: SheetLayout,
  b: Area,
  wasEmpty: boolean,
): string {
  const dim = findTag(head, p, "dimension", layout.root.end);
  if (dim === undefined) return head;
  // An empty sheet says `A1`, which is no cell to keep.
  const cur = wasEmpty ? undefined : parseArea(attrs(dim.attrText).get("ref") ?? "");
  const next: Area =
    cur === undefined
      ? b
      : {
          r0: Math.min(cur.r0, b.r0),
          c0: Math.min(cur.c0, b.c0),
          r1: Math.max(cur.r1, b.r1),
          c1: Math.max(cur.c1, b.c1),
        };
  if (
    cur !== undefined &&
    next.r0 === cur.r0 &&
    next.c0 === cur.c0 &&
    next.r1 === cur.r1 &&
    next.c1 === cur.c1
  ) {
    return head;
  }
  const text =
    next.r0 === next.r1 && next.c0 === next.c1
      ? a1(next.r0, next.c0)
      : `${a1(next.r0, next.c0)}:${a1(next.r1, next.c1)}`;
  return head.slice(0, dim.start) + withAttr(dim, head, "ref", text) + head.slice(dim.end);
}
