/** Shared by the xlsx tests: fixture bytes, zip contents, small workbooks built in memory. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";

export const FIXTURES = join(__dirname, "..", "..", "fixtures", "xlsx");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Entry name -> uncompressed bytes, in zip order. */
export function entries(data: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(data)));
}

export function text(data: Uint8Array, name: string): string {
  const e = entries(data).get(name);
  if (e === undefined) throw new Error(`no ${name}`);
  return new TextDecoder().decode(e);
}

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A one-sheet workbook around the given sheet XML body (inside <worksheet>), plus extra parts. */
export function workbook(opts: {
  sheetBody: string;
  sheetRoot?: string;
  workbookPr?: string;
  styles?: string;
  sharedStrings?: string[];
  extraWorkbook?: string;
}): Uint8Array {
  const root = opts.sheetRoot ?? `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;
  const close = root.startsWith("<x:") ? "</x:worksheet>" : "</worksheet>";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>` +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.workbookPr ?? ""}` +
        `<sheets><sheet name="Lembar" sheetId="1" r:id="rId1"/></sheets>${opts.extraWorkbook ?? ""}</workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (opts.styles === undefined
          ? ""
          : `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`) +
        (opts.sharedStrings === undefined
          ? ""
          : `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`) +
        `<Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/>` +
        `</Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0"?>${root}${opts.sheetBody}${close}`),
    "xl/calcChain.xml": strToU8(
      `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="A1" i="1"/></calcChain>`,
    ),
  };
  if (opts.styles !== undefined) files["xl/styles.xml"] = strToU8(opts.styles);
  if (opts.sharedStrings !== undefined) {
    const si = opts.sharedStrings.map((s) => `<si><t>${s}</t></si>`).join("");
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${si}</sst>`,
    );
  }
  return zipSync(files);
}

/** Styles with cellXfs: 0 General, 1 `0.00%`, 2 a date (`dd/mm/yyyy`, id 164). */
export const STYLES =
  `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="10" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** A fresh ArrayBuffer holding exactly these bytes (what exceljs's `load` accepts). */
export function arrayBuffer(data: Uint8Array): ArrayBuffer {
  return Uint8Array.from(data).buffer;
}
