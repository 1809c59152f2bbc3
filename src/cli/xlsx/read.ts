/**
 * Any .xlsx (.xlsm, .xltx) into the core WorkbookModel, whichever program wrote it. Nothing in the
 * file is evaluated: formulas give their text and their cached result.
 *
 * Dates come back as their serial number (the number Excel stores, with the cell's date format in
 * `fmt`), as Office.js gives them to the add-in, so both adapters build the same model.
 *
 * Order of attempts, each on a part that no check needs failing: exceljs on the normalised package;
 * exceljs without styles (formats lost, values kept); the small fast-xml-parser reader.
 */
import type { Cell, SheetModel, WorkbookModel } from "../../core/workbook";
import { BukuKerjaError, PESAN_BUKAN_XLSX, PESAN_CSV, PESAN_TEKS, rusak } from "./errors";
import { openPackage, packageInfo, type SheetPart } from "./opc";
import { readCellsWithExceljs, hasAddresses, type SheetSource } from "./read-exceljs";
import { readNumFmts, readSharedStrings, readSheetCellsFallback } from "./read-fallback";
import { readMerges, sheetLayout } from "./sheet-xml";
import { decodeXml } from "./xml";
import { entryData, findEntry, type ZipArchive } from "./zip";

export { BukuKerjaError } from "./errors";
export type { KodeBukuKerja } from "./errors";

export interface ReadOptions {
  /** Shown in messages; the content, not the extension, decides how the file is read. */
  fileName?: string;
}

/** Which reader produced the cells of a sheet; for tests and diagnostics. */
export type Pembaca = "exceljs" | "exceljs-tanpa-gaya" | "cadangan";

export interface ReadDetailOptions extends ReadOptions {
  /** Read every sheet with the fallback reader (tests hold both readers to the same model). */
  cadangan?: boolean;
}

export interface ReadDetail {
  model: WorkbookModel;
  pembaca: Pembaca[];
}

function partBytes(zip: ZipArchive, path: string | undefined): Uint8Array | undefined {
  if (path === undefined) return undefined;
  const e = findEntry(zip, path);
  return e === undefined ? undefined : entryData(e);
}

function pesanLembar(nama: string): string {
  return `Lembar "${nama}" tidak dapat dibaca karena isinya rusak: buka berkas di Excel, lalu simpan ulang sebagai .xlsx.`;
}

function loadSheet(zip: ZipArchive, part: SheetPart): SheetSource {
  const e = findEntry(zip, part.path);
  if (e === undefined) throw rusak(pesanLembar(part.name));
  const xml = decodeXml(entryData(e));
  try {
    return { xml, layout: sheetLayout(xml) };
  } catch {
    throw rusak(pesanLembar(part.name));
  }
}

function fallbackCells(
  sources: readonly SheetSource[],
  parts: readonly SheetPart[],
  zip: ZipArchive,
  sstPath: string | undefined,
  stylesPath: string | undefined,
  date1904: boolean,
): (Cell | undefined)[][][] {
  const sstBytes = partBytes(zip, sstPath);
  const stylesBytes = partBytes(zip, stylesPath);
  let sharedStrings: string[] = [];
  let numFmts: (string | undefined)[] = [];
  try {
    if (sstBytes !== undefined) sharedStrings = readSharedStrings(decodeXml(sstBytes));
  } catch {
    throw rusak(
      "Daftar teks bersama (sharedStrings) di berkas ini rusak: buka di Excel, lalu simpan ulang sebagai .xlsx.",
    );
  }
  try {
    if (stylesBytes !== undefined) numFmts = readNumFmts(decodeXml(stylesBytes));
  } catch {
    // Formats only help reading; the values still stand without them.
    numFmts = [];
  }
  return sources.map((src, i) => {
    try {
      return readSheetCellsFallback(src.xml, src.layout, { sharedStrings, numFmts, date1904 });
    } catch {
      throw rusak(pesanLembar(parts[i].name));
    }
  });
}

function open(data: Uint8Array, fileName: string | undefined): ZipArchive {
  try {
    return openPackage(data);
  } catch (e) {
    // A CSV saved under an Excel name is common; say what it is rather than "not recognised".
    if (e instanceof BukuKerjaError && e.message === PESAN_BUKAN_XLSX && isText(data)) {
      const csv = fileName !== undefined && /\.csv$/i.test(fileName);
      throw rusak(csv ? PESAN_CSV : PESAN_TEKS);
    }
    throw e;
  }
}

function isText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 512);
  for (let i = 0; i < n; i++) {
    if (data[i] < 9) return false;
  }
  return n > 0;
}

export async function readWorkbookDetail(
  data: Uint8Array,
  options: ReadDetailOptions = {},
): Promise<ReadDetail> {
  const zip = open(data, options.fileName);
  const info = packageInfo(zip);
  const sources = info.sheets.map((part) => loadSheet(zip, part));
  const merges = sources.map((s) => readMerges(s.xml, s.layout));

  const viaExceljs = sources.map((s) => options.cadangan !== true && hasAddresses(s.xml, s.layout));
  const exceljsIdx = sources.map((_s, i) => i).filter((i) => viaExceljs[i]);
  const cells: (Cell | undefined)[][][] = sources.map(() => []);
  const pembaca: Pembaca[] = sources.map(() => "cadangan");
  const needFallback = new Set(sources.map((_s, i) => i).filter((i) => !viaExceljs[i]));

  if (exceljsIdx.length > 0) {
    const sharedStrings = partBytes(zip, info.sharedStringsPath);
    const styles = partBytes(zip, info.stylesPath);
    const base = {
      sheets: exceljsIdx.map((i) => sources[i]),
      sharedStrings,
      date1904: info.date1904,
    };
    let got: (Cell | undefined)[][][] | undefined;
    let how: Pembaca = "exceljs";
    try {
      got = await readCellsWithExceljs({ ...base, styles });
    } catch {
      try {
        got = await readCellsWithExceljs(base);
        how = "exceljs-tanpa-gaya";
      } catch {
        got = undefined;
      }
    }
    if (got === undefined) exceljsIdx.forEach((i) => needFallback.add(i));
    else
      exceljsIdx.forEach((i, k) => {
        cells[i] = got[k];
        pembaca[i] = how;
      });
  }

  if (needFallback.size > 0) {
    const idx = [...needFallback].sort((a, b) => a - b);
    const got = fallbackCells(
      idx.map((i) => sources[i]),
      idx.map((i) => info.sheets[i]),
      zip,
      info.sharedStringsPath,
      info.stylesPath,
      info.date1904,
    );
    idx.forEach((i, k) => {
      cells[i] = got[k];
    });
  }

  const sheets: SheetModel[] = info.sheets.map((part, i) => {
    const sheet: SheetModel = { name: part.name, cells: cells[i], merges: merges[i] };
    if (part.hidden) sheet.hidden = true;
    return sheet;
  });
  return { model: { sheets }, pembaca };
}

export async function readWorkbook(
  data: Uint8Array,
  options: ReadOptions = {},
): Promise<WorkbookModel> {
  try {
    return (await readWorkbookDetail(data, options)).model;
  } catch (e) {
    if (e instanceof BukuKerjaError) throw e;
    // Whatever else failed, the user gets a message, never a stack trace.
    throw rusak();
  }
}
