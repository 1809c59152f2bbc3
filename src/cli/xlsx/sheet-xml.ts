/** Where things are in a worksheet part, shared by both readers and the patcher. */
import { parseArea } from "../../core/a1";
import type { Area } from "../../core/workbook";
import { attrs, elementEnd, findTag, isMainNamespace, namespaceOf, rootTag, type Tag } from "./xml";

export interface SheetLayout {
  root: Tag;
  /** Prefix of SpreadsheetML elements (`x:`) or empty. */
  prefix: string;
  /** The `<sheetData>` start tag; undefined for a sheet without one. */
  sheetData?: Tag;
  /** Index just after `</sheetData>` (or the self-closing tag). */
  sheetDataEnd: number;
}

/** Throws a plain Error when the part is not a worksheet: the callers turn it into `rusak`. */
export function sheetLayout(xml: string): SheetLayout {
  const root = rootTag(xml);
  if (root === undefined || root.local !== "worksheet") throw new Error("bukan worksheet");
  const ns = namespaceOf(root, root.prefix);
  // A prefix bound to something other than SpreadsheetML would be a different vocabulary.
  const prefix = ns !== undefined && !isMainNamespace(ns) && root.prefix !== "" ? "" : root.prefix;
  const sheetData = findTag(xml, prefix, "sheetData", root.end);
  if (sheetData === undefined) return { root, prefix, sheetDataEnd: root.end };
  const end = elementEnd(xml, sheetData);
  if (end < 0) throw new Error("sheetData tidak ditutup");
  return { root, prefix, sheetData, sheetDataEnd: end };
}

/** Merged areas listed after the cell data, in file order (0-based). */
export function readMerges(xml: string, layout: SheetLayout): Area[] {
  const out: Area[] = [];
  for (
    let t = findTag(xml, layout.prefix, "mergeCell", layout.sheetDataEnd);
    t !== undefined;
    t = findTag(xml, layout.prefix, "mergeCell", t.end)
  ) {
    const area = parseArea(attrs(t.attrText).get("ref") ?? "");
    if (area !== undefined) out.push(area);
  }
  return out;
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Serial number of an ISO 8601 date (cells with `t="d"`, written by some programs): the same number
 * Excel would store, so every reader gives dates as serials.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_RE.exec(text.trim());
  if (m === null) return undefined;
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000),
  );
  return serialFromMs(ms, date1904);
}

export function serialFromMs(ms: number, date1904: boolean): number {
  return 25569 + ms / 86400000 - (date1904 ? 1462 : 0);
}

/** Built-in number formats by id (the locale-independent ones, as exceljs knows them). */
export const BUILTIN_NUMFMT: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
