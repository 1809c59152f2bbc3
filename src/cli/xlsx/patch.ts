/**
 * A copy of a workbook with some cells set, and nothing else changed: the edited worksheets, the
 * workbook's calc flag when formulas were written, and the calc chain removed when it went stale.
 * Every other zip entry keeps its original compressed bytes; charts, images, comments, defined
 * names, validations and properties that a load-and-save through exceljs would drop stay as they are.
 */
import { a1 } from "../../core/a1";
import { BukuKerjaError, PESAN_TERPOTONG } from "./errors";
import { openPackage, packageInfo, parseRels, readText, type PackageInfo } from "./opc";
import { GALAT_SEL, editSheet, type GalatSel, type SheetCellEdit } from "./sheet-edit";
import { attrs, decodeXml, elementEnd, findTag, isUtf16, rootTag } from "./xml";
import { entryData, findEntry, writeZip, type ZipArchive, type ZipOutput } from "./zip";

export { sheetPartPaths } from "./opc";
export type { GalatSel } from "./sheet-edit";

export interface CellEdit {
  sheet: string;
  /** 0-based. */
  row: number;
  /** 0-based. */
  col: number;
  /** A constant; with `formula`, the formula's cached result (omit it to leave the cell uncomputed). */
  value?: number | string | boolean | null;
  /**
   * Formula text without `=`. Written without a cached value unless `value` or `error` gives one;
   * the workbook is flagged to recalculate on load either way.
   */
  formula?: string;
  /** An error value (`#DIV/0!`): a constant, or with `formula` its cached result. */
  error?: GalatSel;
  /** A cell whose style index a new cell takes (an existing cell keeps its own style). */
  styleFrom?: { row: number; col: number };
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const encoder = new TextEncoder();

function tidakSah(message: string): BukuKerjaError {
  return new BukuKerjaError("suntingan-tidak-sah", message);
}

function validIndex(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= max;
}

function checkEdit(e: CellEdit): void {
  if (!validIndex(e.row, MAX_ROW) || !validIndex(e.col, MAX_COL)) {
    throw tidakSah(`Alamat sel di luar lembar kerja (baris ${e.row + 1}, kolom ${e.col + 1}).`);
  }
  if (e.styleFrom !== undefined) {
    if (!validIndex(e.styleFrom.row, MAX_ROW) || !validIndex(e.styleFrom.col, MAX_COL)) {
      throw tidakSah(`Sel contoh format untuk ${a1(e.row, e.col)} di luar lembar kerja.`);
    }
  }
  if (typeof e.value === "number" && !Number.isFinite(e.value)) {
    throw tidakSah(`Nilai untuk sel ${a1(e.row, e.col)} bukan angka yang dapat disimpan.`);
  }
  if (e.error !== undefined && !GALAT_SEL.includes(e.error)) {
    throw tidakSah(`Nilai galat untuk sel ${a1(e.row, e.col)} tidak dikenal Excel.`);
  }
  if (e.formula !== undefined && e.formula.replace(/^\s*=/, "").trim() === "") {
    throw tidakSah(`Rumus untuk sel ${a1(e.row, e.col)} kosong.`);
  }
}

function sheetFor(info: PackageInfo, name: string): PackageInfo["sheets"][number] {
  const exact = info.sheets.find((s) => s.name === name);
  if (exact !== undefined) return exact;
  // Excel treats sheet names case-insensitively.
  const lower = name.toLowerCase();
  const loose = info.sheets.find((s) => s.name.toLowerCase() === lower);
  if (loose !== undefined) return loose;
  throw tidakSah(`Lembar "${name}" tidak ada di buku kerja ini.`);
}

/** Text of a part to edit; UTF-16 parts are rewritten in UTF-8, the encoding exceljs and we write. */
function editableText(zip: ZipArchive, path: string): string {
  const e = findEntry(zip, path);
  if (e === undefined) throw new BukuKerjaError("rusak", PESAN_TERPOTONG);
  const data = entryData(e);
  const text = decodeXml(data, true);
  return isUtf16(data)
    ? text.replace(/(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2")
    : text;
}

/** `fullCalcOnLoad="1"` on calcPr, adding calcPr where the schema puts it when there is none. */
export function withFullCalcOnLoad(xml: string): string {
  const root = rootTag(xml);
  if (root === undefined) return xml;
  const p = root.prefix;
  const calc = findTag(xml, p, "calcPr", root.end);
  if (calc !== undefined) {
    const open = xml.slice(calc.start, calc.end);
    const re = /(\sfullCalcOnLoad\s*=\s*)("[^"]*"|'[^']*')/;
    if (re.test(open)) {
      if (/\sfullCalcOnLoad\s*=\s*["'](1|true)["']/.test(open)) return xml;
      return xml.slice(0, calc.start) + open.replace(re, '$1"1"') + xml.slice(calc.end);
    }
    const nameEnd = calc.start + 1 + p.length + "calcPr".length;
    return `${xml.slice(0, nameEnd)} fullCalcOnLoad="1"${xml.slice(nameEnd)}`;
  }
  let at = -1;
  for (const local of ["sheets", "functionGroups", "externalReferences", "definedNames"]) {
    const t = findTag(xml, p, local, root.end);
    if (t !== undefined) at = Math.max(at, elementEnd(xml, t));
  }
  if (at < 0) return xml;
  return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

/** Removes the first element named `local` whose attributes satisfy `match`. */
function withoutElement(
  xml: string,
  local: string,
  match: (a: Map<string, string>) => boolean,
): string {
  const root = rootTag(xml);
  if (root === undefined) return xml;
  for (let t = findTag(xml, root.prefix, local, root.end); t !== undefined;) {
    if (match(attrs(t.attrText))) {
      const end = elementEnd(xml, t);
      return xml.slice(0, t.start) + xml.slice(end < 0 ? t.end : end);
    }
    t = findTag(xml, root.prefix, local, t.end);
  }
  return xml;
}

export function patchWorkbook(original: Uint8Array, edits: readonly CellEdit[]): Uint8Array {
  const zip = openPackage(original);
  const info = packageInfo(zip);
  edits.forEach(checkEdit);

  const bySheet = new Map<string, { path: string; name: string; edits: SheetCellEdit[] }>();
  for (const e of edits) {
    const sheet = sheetFor(info, e.sheet);
    let group = bySheet.get(sheet.path);
    if (group === undefined)
      bySheet.set(sheet.path, (group = { path: sheet.path, name: sheet.name, edits: [] }));
    group.edits.push({
      row: e.row,
      col: e.col,
      value: e.value,
      formula: e.formula,
      error: e.error,
      styleFrom: e.styleFrom,
    });
  }

  const replaced = new Map<string, Uint8Array>();
  const removed = new Set<string>();
  let formulaWritten = false;
  let formulaReplaced = false;
  for (const group of bySheet.values()) {
    let result;
    try {
      result = editSheet(editableText(zip, group.path), group.name, group.edits);
    } catch (err) {
      if (err instanceof BukuKerjaError) throw err;
      throw new BukuKerjaError(
        "rusak",
        `Lembar "${group.name}" tidak dapat diubah karena isinya rusak: buka berkas di Excel, lalu simpan ulang sebagai .xlsx.`,
      );
    }
    formulaWritten ||= result.formulaWritten;
    formulaReplaced ||= result.formulaReplaced;
    replaced.set(group.path.toLowerCase(), encoder.encode(result.xml));
  }

  if (formulaWritten) {
    const wb = editableText(zip, info.workbookPath);
    const next = withFullCalcOnLoad(wb);
    if (next !== wb) replaced.set(info.workbookPath.toLowerCase(), encoder.encode(next));
  }
  // A calc chain listing cells that changed makes Excel "repair" the file; Excel rebuilds it.
  if ((formulaWritten || formulaReplaced) && info.calcChainPath !== undefined) {
    const chain = info.calcChainPath;
    removed.add(chain.toLowerCase());
    const relsXml = readText(zip, info.workbookRelsPath);
    if (relsXml !== undefined) {
      const ids = new Set(
        parseRels(relsXml)
          .filter((r) => r.type === "calcChain")
          .map((r) => r.id),
      );
      const text = editableText(zip, info.workbookRelsPath);
      const next = withoutElement(text, "Relationship", (a) => ids.has(a.get("Id") ?? ""));
      if (next !== text) replaced.set(info.workbookRelsPath.toLowerCase(), encoder.encode(next));
    }
    if (findEntry(zip, "[Content_Types].xml") !== undefined) {
      const text = editableText(zip, "[Content_Types].xml");
      const part = `/${chain}`.toLowerCase();
      const next = withoutElement(
        text,
        "Override",
        (a) => (a.get("PartName") ?? "").toLowerCase() === part,
      );
      if (next !== text) replaced.set("[content_types].xml", encoder.encode(next));
    }
  }

  const out: ZipOutput[] = [];
  for (const entry of zip.entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key)) continue;
    const data = replaced.get(key);
    if (data !== undefined && zip.byName.get(key) === entry) {
      out.push({ kind: "new", name: entry.name, data, like: entry });
    } else {
      out.push({ kind: "copy", entry });
    }
  }
  return writeZip(out);
}
