/**
 * The last-resort reader: values, formulas, shared and inline strings and number formats straight
 * from the sheet XML with fast-xml-parser, for files exceljs cannot load. It gives the same model
 * as the exceljs path (a test holds both to it on every fixture).
 */
import { XMLParser } from "fast-xml-parser";
import { parseA1 } from "../../core/a1";
import type { Cell, CellValue } from "../../core/workbook";
import { slideFormula } from "./formula";
import { BUILTIN_NUMFMT, isoToSerial, type SheetLayout } from "./sheet-xml";
import { decodeCellEscapes } from "./xml";

const ARRAYS = new Set(["row", "c", "si", "r", "mergeCell", "xf", "numFmt"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => isAttribute !== true && ARRAYS.has(name),
});

type Node = Record<string, unknown>;

function isNode(x: unknown): x is Node {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined ? [] : [x];
}

/** Text content of an element parsed with or without attributes. */
function textOf(x: unknown): string {
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  if (isNode(x)) {
    const t = x["#text"];
    return typeof t === "string" || typeof t === "number" ? String(t) : "";
  }
  return "";
}

function attr(x: unknown, name: string): string | undefined {
  if (!isNode(x)) return undefined;
  const v = x[`@_${name}`];
  return typeof v === "string" ? v : undefined;
}

/** Plain text of a string item (`<si>` or `<is>`): its `<t>`, or its runs' `<t>` joined. */
function stringItemText(item: unknown): string {
  if (!isNode(item)) return textOf(item);
  if (item.t !== undefined) return textOf(item.t);
  return list(item.r)
    .map((run) => (isNode(run) ? textOf(run.t) : ""))
    .join("");
}

export function readSharedStrings(xml: string): string[] {
  const doc = parser.parse(xml) as unknown;
  const sst = isNode(doc) ? doc.sst : undefined;
  if (!isNode(sst)) return [];
  return list(sst.si).map((si) => decodeCellEscapes(stringItemText(si)));
}

/** Number format of each cell style index (`cellXfs`), custom formats first, then built-in. */
export function readNumFmts(xml: string): (string | undefined)[] {
  const doc = parser.parse(xml) as unknown;
  const ss = isNode(doc) ? doc.styleSheet : undefined;
  if (!isNode(ss)) return [];
  const custom = new Map<number, string>();
  const numFmts = ss.numFmts;
  if (isNode(numFmts)) {
    for (const nf of list(numFmts.numFmt)) {
      const id = Number(attr(nf, "numFmtId"));
      const code = attr(nf, "formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    }
  }
  const xfs = ss.cellXfs;
  if (!isNode(xfs)) return [];
  return list(xfs.xf).map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? "0");
    if (!Number.isInteger(id) || id === 0) return undefined;
    return custom.get(id) ?? BUILTIN_NUMFMT[id];
  });
}

export interface FallbackContext {
  sharedStrings: readonly string[];
  numFmts: readonly (string | undefined)[];
  date1904: boolean;
}

interface SharedMaster {
  r: number;
  c: number;
  text: string;
}

function numberOf(text: string): CellValue {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

function valueOf(
  t: string,
  raw: string | undefined,
  isNode0: unknown,
  ctx: FallbackContext,
): CellValue {
  if (t === "inlineStr") {
    const is = isNode(isNode0) ? isNode0.is : undefined;
    // exceljs drops an empty inline string; so do we, so both readers agree.
    const text = is === undefined ? "" : stringItemText(is);
    return text === "" ? null : text;
  }
  if (raw === undefined || raw === "") return null;
  switch (t) {
    case "s":
      return ctx.sharedStrings[parseInt(raw, 10)] ?? null;
    case "str":
    case "e":
      return raw;
    case "b":
      return parseInt(raw, 10) !== 0;
    case "d":
      return isoToSerial(raw, ctx.date1904) ?? raw;
    default:
      return numberOf(raw);
  }
}

export function readSheetCellsFallback(
  xml: string,
  layout: SheetLayout,
  ctx: FallbackContext,
): (Cell | undefined)[][] {
  const cells: (Cell | undefined)[][] = [];
  if (layout.sheetData === undefined || layout.sheetData.selfClosing) return cells;
  // Parse the cell data only, re-rooted so the prefix declaration is not needed.
  const doc = parser.parse(xml.slice(layout.sheetData.start, layout.sheetDataEnd)) as unknown;
  const sheetData = isNode(doc) ? doc.sheetData : undefined;
  if (!isNode(sheetData)) return cells;
  const masters = new Map<string, SharedMaster>();
  let r = -1;
  for (const row of list(sheetData.row)) {
    const rAttr = attr(row, "r");
    r = rAttr === undefined ? r + 1 : Number(rAttr) - 1;
    if (!Number.isInteger(r) || r < 0 || !isNode(row)) continue;
    let c = -1;
    for (const cell of list(row.c)) {
      const ref = attr(cell, "r");
      const pos = ref === undefined ? undefined : parseA1(ref);
      c = pos === undefined ? c + 1 : pos.c;
      if (!isNode(cell)) continue;
      const t = attr(cell, "t") ?? "n";
      const fNode = cell.f;
      let f: string | undefined;
      if (fNode !== undefined) {
        const text = textOf(fNode);
        const si = attr(fNode, "si");
        if (attr(fNode, "t") === "shared" && si !== undefined) {
          const master = masters.get(si);
          if (text !== "" && master === undefined) {
            masters.set(si, { r, c, text });
            f = text;
          } else if (master !== undefined) {
            f = slideFormula(master.text, r - master.r, c - master.c);
          }
        } else if (text !== "") {
          f = text;
        }
      }
      const raw = cell.v === undefined ? undefined : textOf(cell.v);
      const v = valueOf(t, raw, cell, ctx);
      if (f === undefined && v === null) continue;
      const out: Cell = { v };
      const s = attr(cell, "s");
      const fmt = s === undefined ? undefined : ctx.numFmts[parseInt(s, 10)];
      if (fmt !== undefined && fmt.toLowerCase() !== "general") out.fmt = fmt;
      if (f !== undefined) out.f = f;
      while (cells.length <= r) cells.push([]);
      cells[r][c] = out;
    }
  }
  return cells;
}
