/**
 * An .xlsx into a `WorkbookModel` in the browser. `readWorkbook` tries exceljs first, which pulls
 * Node streams into a bundle; the preview goes straight to the fast-xml-parser reader, which is
 * what `readWorkbookDetail(data, { cadangan: true })` does, without importing exceljs.
 */
import type { Cell, SheetModel, WorkbookModel } from "../core/workbook";
import { BukuKerjaError, PESAN_BUKAN_XLSX, PESAN_CSV, PESAN_TEKS, rusak } from "../cli/xlsx/errors";
import { openPackage, packageInfo } from "../cli/xlsx/opc";
import { readNumFmts, readSharedStrings, readSheetCellsFallback } from "../cli/xlsx/read-fallback";
import { readMerges, sheetLayout } from "../cli/xlsx/sheet-xml";
import { decodeXml } from "../cli/xlsx/xml";
import { entryData, findEntry, type ZipArchive } from "../cli/xlsx/zip";

function teksBagian(zip: ZipArchive, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const e = findEntry(zip, path);
  return e === undefined ? undefined : decodeXml(entryData(e));
}

function bacaDalam(data: Uint8Array): WorkbookModel {
  const zip = openPackage(data);
  const info = packageInfo(zip);
  const sst = teksBagian(zip, info.sharedStringsPath);
  const gaya = teksBagian(zip, info.stylesPath);
  const sharedStrings = sst === undefined ? [] : readSharedStrings(sst);
  let numFmts: (string | undefined)[] = [];
  try {
    if (gaya !== undefined) numFmts = readNumFmts(gaya);
  } catch {
    // Formats only help reading; the values stand without them.
    numFmts = [];
  }
  const sheets: SheetModel[] = info.sheets.map((part) => {
    const xml = teksBagian(zip, part.path);
    if (xml === undefined) throw rusak(`Lembar "${part.name}" tidak ditemukan di berkas.`);
    const layout = sheetLayout(xml);
    const cells: (Cell | undefined)[][] = readSheetCellsFallback(xml, layout, {
      sharedStrings,
      numFmts,
      date1904: info.date1904,
    });
    const sheet: SheetModel = { name: part.name, cells, merges: readMerges(xml, layout) };
    if (part.hidden) sheet.hidden = true;
    return sheet;
  });
  return { sheets };
}

export type HasilBaca = { ok: true; model: WorkbookModel } | { ok: false; pesan: string };

/** No control bytes in the first 512: a CSV or text file saved under an Excel name. */
function teks(data: Uint8Array): boolean {
  const n = Math.min(data.length, 512);
  for (let i = 0; i < n; i++) if (data[i] < 9) return false;
  return n > 0;
}

/** Never throws: a file that cannot be read gives the planner a message instead. */
export function bacaXlsx(data: Uint8Array, namaBerkas?: string): HasilBaca {
  try {
    return { ok: true, model: bacaDalam(data) };
  } catch (e: unknown) {
    if (e instanceof BukuKerjaError && e.message === PESAN_BUKAN_XLSX && teks(data)) {
      const csv = namaBerkas !== undefined && /\.csv$/i.test(namaBerkas);
      return { ok: false, pesan: csv ? PESAN_CSV : PESAN_TEKS };
    }
    if (e instanceof BukuKerjaError) return { ok: false, pesan: e.message };
    return {
      ok: false,
      pesan: "Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx).",
    };
  }
}
