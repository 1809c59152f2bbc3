/**
 * Reading cells with exceljs from a normalised copy of the package. exceljs is strict about what
 * it meets (drawings it cannot parse, prefixed or Strict XML, part names other than Excel's,
 * duplicate merges): we give it only the parts that hold cells, under Excel's names, in plain
 * transitional XML. Merges, names and sheet states come from the original parts, not from it.
 */
import ExcelJS from "exceljs";
import type { Cell, CellValue } from "../../core/workbook";
import { slideFormula } from "./formula";
import { serialFromMs, isoToSerial, type SheetLayout } from "./sheet-xml";
import {
  NS_CT,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  STRICT_TO_TRANSITIONAL,
  attrs,
  decodeXml,
  findTag,
  isUtf16,
  rootTag,
} from "./xml";
import { writeZip, type ZipOutput } from "./zip";

export interface SheetSource {
  xml: string;
  layout: SheetLayout;
}

export interface ExceljsInput {
  sheets: readonly SheetSource[];
  sharedStrings?: Uint8Array;
  styles?: Uint8Array;
  date1904: boolean;
}

const encoder = new TextEncoder();
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function toTransitional(xml: string): string {
  let out = xml;
  for (const [strict, transitional] of STRICT_TO_TRANSITIONAL) {
    if (out.includes(strict)) out = out.split(strict).join(transitional);
  }
  return out;
}

function unprefix(xml: string, prefix: string): string {
  if (prefix === "") return xml;
  return xml.replace(new RegExp(`<(/?)${escapeRe(prefix)}`, "g"), "<$1");
}

/**
 * A small part (shared strings, styles) in the form exceljs reads: untouched when it already is,
 * otherwise without the element prefix, with transitional namespaces, in UTF-8.
 */
export function plainPart(data: Uint8Array): Uint8Array {
  const utf16 = isUtf16(data);
  const head = utf16 ? decodeXml(data) : decodeXml(data.subarray(0, 4096));
  const root = rootTag(head);
  const strict = head.includes("purl.oclc.org");
  if (!utf16 && !strict && (root === undefined || root.prefix === "")) return data;
  let xml = decodeXml(data).replace(/^\uFEFF?<\?xml[^>]*\?>/, "");
  if (root !== undefined && root.prefix !== "") {
    xml = unprefix(xml, root.prefix);
    xml = xml.replace(/^(\s*<[\w.-]+)/, `$1 xmlns="${NS_MAIN}"`);
  }
  return encoder.encode(XML_DECL + toTransitional(xml));
}

/** True when the sheet's cells carry their addresses (exceljs misplaces cells without them). */
export function hasAddresses(xml: string, layout: SheetLayout): boolean {
  const sd = layout.sheetData;
  if (sd === undefined || sd.selfClosing) return true;
  const row = findTag(xml, layout.prefix, "row", sd.end, layout.sheetDataEnd);
  if (row === undefined) return true;
  if (!attrs(row.attrText).has("r")) return false;
  const c = findTag(xml, layout.prefix, "c", row.end, layout.sheetDataEnd);
  return c === undefined || attrs(c.attrText).has("r");
}

const ISO_CELL_RE = /<c\b[^>]*\bt="d"[^>]*>[\s\S]*?<\/c>/g;

/** `t="d"` (ISO dates) becomes the serial number exceljs and Excel use. */
function isoDatesToSerials(body: string, date1904: boolean): string {
  if (!body.includes('t="d"')) return body;
  return body.replace(ISO_CELL_RE, (cell) => {
    const m = /<v>([^<]*)<\/v>/.exec(cell);
    const serial = m === null ? undefined : isoToSerial(m[1], date1904);
    if (m === null || serial === undefined) return cell.replace(/\bt="d"/, 't="str"');
    return cell.replace(/\s+t="d"/, "").replace(m[0], `<v>${serial}</v>`);
  });
}

/** The worksheet reduced to its root and its cell data, in plain transitional form. */
export function plainSheet(src: SheetSource, date1904: boolean): string {
  const { xml, layout } = src;
  const rootAttrs = layout.root.attrText.replace(/\sxmlns\s*=\s*("[^"]*"|'[^']*')/, "");
  const open = `<worksheet xmlns="${NS_MAIN}"${toTransitional(rootAttrs)}>`;
  let body =
    layout.sheetData === undefined ? "" : xml.slice(layout.sheetData.start, layout.sheetDataEnd);
  body = isoDatesToSerials(unprefix(body, layout.prefix), date1904);
  return `${XML_DECL}${open}${body}</worksheet>`;
}

function contentTypes(sheetCount: number, sst: boolean, styles: boolean): string {
  const sheetCt = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  const parts = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  for (let i = 1; i <= sheetCount; i++) {
    parts.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${sheetCt}"/>`);
  }
  if (sst) {
    parts.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  if (styles) {
    parts.push(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
  }
  return (
    `${XML_DECL}<Types xmlns="${NS_CT}">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${parts.join("")}</Types>`
  );
}

function rel(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"/>`;
}

/** The normalised package: sheets are named `S1`.. with sheetId 1.. so exceljs cannot trip on names. */
export function plainPackage(input: ExceljsInput): Uint8Array<ArrayBuffer> {
  const n = input.sheets.length;
  const sheetsXml = input.sheets
    .map((_s, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const workbook =
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr${input.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetsXml}</sheets></workbook>`;
  const wbRels = input.sheets.map((_s, i) =>
    rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`),
  );
  if (input.sharedStrings !== undefined) {
    wbRels.push(rel(`rId${n + 1}`, "sharedStrings", "sharedStrings.xml"));
  }
  if (input.styles !== undefined) wbRels.push(rel(`rId${n + 2}`, "styles", "styles.xml"));
  const rootRels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    `${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`;
  const items: ZipOutput[] = [
    {
      kind: "new",
      name: "[Content_Types].xml",
      data: encoder.encode(
        contentTypes(n, input.sharedStrings !== undefined, input.styles !== undefined),
      ),
      store: true,
    },
    { kind: "new", name: "_rels/.rels", data: encoder.encode(rootRels), store: true },
    { kind: "new", name: "xl/workbook.xml", data: encoder.encode(workbook), store: true },
    {
      kind: "new",
      name: "xl/_rels/workbook.xml.rels",
      data: encoder.encode(
        `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${wbRels.join("")}</Relationships>`,
      ),
      store: true,
    },
  ];
  input.sheets.forEach((s, i) => {
    items.push({
      kind: "new",
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: encoder.encode(plainSheet(s, input.date1904)),
      store: true,
    });
  });
  if (input.sharedStrings !== undefined) {
    const data = plainPart(input.sharedStrings);
    items.push({ kind: "new", name: "xl/sharedStrings.xml", data, store: true });
  }
  if (input.styles !== undefined) {
    items.push({ kind: "new", name: "xl/styles.xml", data: plainPart(input.styles), store: true });
  }
  return writeZip(items);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null;
}

/** A cell value or formula result as the core model holds it. */
function plainValue(x: unknown, date1904: boolean): CellValue {
  if (x === null || x === undefined) return null;
  if (typeof x === "number") return Number.isFinite(x) ? x : null;
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (x instanceof Date) return serialFromMs(x.getTime(), date1904);
  if (isObject(x)) {
    if (typeof x.error === "string") return x.error;
    if (Array.isArray(x.richText)) {
      return x.richText
        .map((run: unknown) => (isObject(run) ? String(run.text ?? "") : ""))
        .join("");
    }
    if ("text" in x) return plainValue(x.text, date1904);
  }
  return null;
}

function formulaOf(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): string | undefined {
  const value: unknown = cell.value;
  if (isObject(value) && typeof value.sharedFormula === "string") {
    // Translate the master ourselves: exceljs also shifts text inside string literals.
    const master = ws.getCell(value.sharedFormula);
    const text = master.formula;
    if (typeof text !== "string" || text === "") return undefined;
    const from = master.fullAddress;
    return slideFormula(text, Number(cell.row) - from.row, Number(cell.col) - from.col);
  }
  const f = cell.formula;
  return typeof f === "string" && f !== "" ? f : undefined;
}

function toCell(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Merge || type === ExcelJS.ValueType.Null) return undefined;
  let out: Cell;
  if (type === ExcelJS.ValueType.Formula) {
    const f = formulaOf(ws, cell);
    const v = plainValue(cell.result, date1904);
    if (f === undefined && v === null) return undefined;
    out = f === undefined ? { v } : { v, f };
  } else {
    const v = plainValue(cell.value, date1904);
    if (v === null) return undefined;
    out = { v };
  }
  const fmt: unknown = cell.numFmt;
  if (typeof fmt === "string" && fmt !== "" && fmt.toLowerCase() !== "general") {
    // Keep key order {v, fmt, f} like the fallback reader, so models compare equal.
    return out.f === undefined ? { v: out.v, fmt } : { v: out.v, fmt, f: out.f };
  }
  return out;
}

/** Cells of each sheet, in input order. Throws whatever exceljs throws. */
export async function readCellsWithExceljs(input: ExceljsInput): Promise<(Cell | undefined)[][][]> {
  const pkg = plainPackage(input);
  const wb = new ExcelJS.Workbook();
  // The zip owns its whole ArrayBuffer, which JSZip (inside exceljs) reads without a copy.
  await wb.xlsx.load(pkg.buffer);
  return input.sheets.map((_s, i) => {
    const ws = wb.getWorksheet(i + 1);
    const cells: (Cell | undefined)[][] = [];
    if (ws === undefined) throw new Error("lembar hilang");
    ws.eachRow((row, rowNumber) => {
      const r = rowNumber - 1;
      row.eachCell((cell, colNumber) => {
        const c = toCell(ws, cell, input.date1904);
        if (c === undefined) return;
        while (cells.length <= r) cells.push([]);
        cells[r][colNumber - 1] = c;
      });
    });
    return cells;
  });
}
