/**
 * The package structure of a workbook (OPC): which part is the workbook, which part holds each
 * sheet, where shared strings, styles and the calc chain live. Found through relationships, not
 * by assuming Excel's part names, because other programs name parts differently.
 */
import {
  BukuKerjaError,
  PESAN_ODS,
  PESAN_TANPA_WORKBOOK,
  PESAN_XLSB,
  PESAN_XLS_LAMA,
  PESAN_TERKUNCI,
  rusak,
} from "./errors";
import { isEncryptedPackage, isOle } from "./ole";
import { attrLocal, attrs, decodeXml, findTag } from "./xml";
import { entryData, findEntry, readZip, type ZipArchive } from "./zip";

export interface Relationship {
  id: string;
  /** Last segment of the type URI (`worksheet`, `styles`, ...): transitional and Strict alike. */
  type: string;
  target: string;
  external: boolean;
}

export interface SheetPart {
  name: string;
  hidden: boolean;
  /** Relationship id in workbook.xml. */
  rId: string;
  /** Zip entry name of the worksheet part. */
  path: string;
}

export interface PackageInfo {
  workbookPath: string;
  workbookRelsPath: string;
  /** Worksheets in workbook order (chart and dialog sheets have no cells and are left out). */
  sheets: SheetPart[];
  sharedStringsPath?: string;
  stylesPath?: string;
  calcChainPath?: string;
  date1904: boolean;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part it comes from. */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.replace(/\\/g, "/").trim();
  const base = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(decodeURIComponentSafe(seg));
  }
  return base.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  let from = 0;
  for (;;) {
    const tag = findRelationshipTag(xml, from);
    if (tag === undefined) return out;
    const a = attrs(tag.attrText);
    const type = a.get("Type") ?? "";
    out.push({
      id: a.get("Id") ?? "",
      type: type.slice(type.lastIndexOf("/") + 1),
      target: a.get("Target") ?? "",
      external: (a.get("TargetMode") ?? "").toLowerCase() === "external",
    });
    from = tag.end;
  }
}

function findRelationshipTag(xml: string, from: number): ReturnType<typeof findTag> {
  // Relationship parts may carry a prefix too; find whichever comes first.
  const plain = findTag(xml, "", "Relationship", from);
  const i = xml.indexOf(":Relationship", from);
  if (i < 0) return plain;
  const lt = xml.lastIndexOf("<", i);
  const prefix = xml.slice(lt + 1, i + 1);
  const prefixed = /^[\w.-]+:$/.test(prefix) ? findTag(xml, prefix, "Relationship", lt) : undefined;
  if (plain === undefined) return prefixed;
  if (prefixed === undefined) return plain;
  return plain.start < prefixed.start ? plain : prefixed;
}

export function readText(zip: ZipArchive, path: string): string | undefined {
  const e = findEntry(zip, path);
  return e === undefined ? undefined : decodeXml(entryData(e));
}

export function readRelsOf(zip: ZipArchive, part: string): Relationship[] {
  const xml = readText(zip, relsPathFor(part));
  return xml === undefined ? [] : parseRels(xml);
}

/** Rejects what is not an OOXML workbook before any parsing, with the message a planner needs. */
export function openPackage(data: Uint8Array): ZipArchive {
  if (isOle(data)) {
    if (isEncryptedPackage(data)) throw new BukuKerjaError("terkunci", PESAN_TERKUNCI);
    throw new BukuKerjaError("xls-lama", PESAN_XLS_LAMA);
  }
  return readZip(data);
}

function findWorkbookPath(zip: ZipArchive): string {
  const rootRels = readText(zip, "_rels/.rels");
  if (rootRels !== undefined) {
    for (const rel of parseRels(rootRels)) {
      if (rel.type === "officeDocument" && !rel.external) {
        const path = resolveTarget("", rel.target);
        if (findEntry(zip, path) !== undefined) return path;
      }
    }
  }
  if (findEntry(zip, "xl/workbook.xml") !== undefined) return "xl/workbook.xml";
  const lain = zip.entries.find((e) => /(^|\/)workbook\.xml$/i.test(e.name));
  if (lain !== undefined) return lain.name;
  if (findEntry(zip, "xl/workbook.bin") !== undefined) throw rusak(PESAN_XLSB);
  const mimetype = readText(zip, "mimetype");
  if (mimetype !== undefined && mimetype.includes("opendocument")) throw rusak(PESAN_ODS);
  throw rusak(PESAN_TANPA_WORKBOOK);
}

function entryName(zip: ZipArchive, path: string): string {
  return findEntry(zip, path)?.name ?? path;
}

export function packageInfo(zip: ZipArchive): PackageInfo {
  const found = findWorkbookPath(zip);
  if (/\.bin$/i.test(found)) throw rusak(PESAN_XLSB);
  const workbookPath = entryName(zip, found);
  const workbookRelsPath = relsPathFor(workbookPath);
  const xml = readText(zip, workbookPath) ?? "";
  const rels = readRelsOf(zip, workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const resolved = (r: Relationship): string =>
    entryName(zip, resolveTarget(workbookPath, r.target));
  const ofType = (type: string, fallback: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    if (rel !== undefined) {
      const p = resolved(rel);
      if (findEntry(zip, p) !== undefined) return p;
    }
    const guess = resolveTarget(workbookPath, fallback);
    return findEntry(zip, guess) !== undefined ? entryName(zip, guess) : undefined;
  };

  const root = findTag(xml, "", "workbook", 0) ?? findPrefixed(xml, "workbook");
  if (root === undefined) throw rusak(PESAN_TANPA_WORKBOOK);
  const p = root.prefix;

  const sheets: SheetPart[] = [];
  for (let t = findTag(xml, p, "sheet", root.end); t !== undefined;) {
    const a = attrs(t.attrText);
    const rId = attrLocal(a, "id") ?? "";
    const rel = relById.get(rId);
    if (rel !== undefined && rel.type === "worksheet" && !rel.external) {
      const path = resolved(rel);
      if (findEntry(zip, path) !== undefined) {
        const state = a.get("state") ?? "visible";
        sheets.push({ name: a.get("name") ?? "", hidden: state !== "visible", rId, path });
      }
    }
    t = findTag(xml, p, "sheet", t.end);
  }

  const pr = findTag(xml, p, "workbookPr", root.end);
  const d1904 = pr === undefined ? undefined : attrs(pr.attrText).get("date1904");
  return {
    workbookPath,
    workbookRelsPath,
    sheets,
    sharedStringsPath: ofType("sharedStrings", "sharedStrings.xml"),
    stylesPath: ofType("styles", "styles.xml"),
    calcChainPath: ofType("calcChain", "calcChain.xml"),
    date1904: d1904 === "1" || d1904 === "true",
  };
}

/** The first element named `local` with any prefix. */
export function findPrefixed(xml: string, local: string): ReturnType<typeof findTag> {
  const re = new RegExp(`<([\\w.-]+:)${local}[\\s>/]`);
  const m = re.exec(xml);
  return m === null ? undefined : findTag(xml, m[1], local, m.index);
}

/** Sheet name -> worksheet part path, in workbook order. */
export function sheetPartPaths(data: Uint8Array): Map<string, string> {
  const info = packageInfo(openPackage(data));
  return new Map(info.sheets.map((s) => [s.name, s.path]));
}
