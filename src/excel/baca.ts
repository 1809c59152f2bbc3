/**
 * Reads the whole workbook into the engine's `WorkbookModel` in a fixed number of syncs:
 *
 * 1. the sheet list (names, visibility);
 * 2. per sheet: the used range's position and size, the merged areas, and the cells of a window
 *    from A1 that shares a fixed cell budget among the sheets; small sheets end here;
 * 3. and on: what lies outside the windows, packed under the payload budget (bytes per cell
 *    measured on each sheet's window), so only a big total size adds syncs.
 *
 * The sheet list must arrive before anything can be asked about a sheet, so two syncs is the
 * floor. Needs ExcelApi 1.4 (used ranges); merged areas need 1.13.
 */
import { areaA1 } from "../core/a1";
import type { Area, Cell, SheetModel, WorkbookModel } from "../core/workbook";
import {
  galatMuatanBesar,
  periksaBatal,
  type ExcelContext,
  type ExcelRange,
  type ExcelRangeAreas,
  type ExcelWorksheet,
  type TandaBatal,
} from "./api";
import { ANGGARAN_BYTES, jalankanBatch, rencanakanBatch, type Potongan } from "./bertahap";
import { detectHost, excelApiAtLeast } from "./host";
import { areaDariAlamat, rapikanBaris, selDariOffice } from "./sel";

export interface OpsiBaca {
  /** Highest ExcelApi set of the host (`1.17`); default: detected from the global `Office`. */
  excelApi?: string;
  /** Payload budget per sync in bytes (default 4,000,000, under Excel's 5 MB). */
  anggaranBytes?: number;
  /** Cells of all sheets' windows together in the second sync (default 40,000). */
  selJendela?: number;
  /** Width of each window in columns (default 26, A:Z). */
  kolomJendela?: number;
  batal?: TandaBatal;
  kemajuan?: (selesai: number, total: number) => void;
}

export interface BacaanBukuKerja extends WorkbookModel {
  /** What could not be read, for the planner (Bahasa Indonesia). */
  catatan: string[];
  syncs: number;
}

export const SEL_JENDELA = 40_000;
export const KOLOM_JENDELA = 26;
/** Assumed payload per cell (values + formulas + numberFormat) before any cell was seen. */
export const BYTES_PER_SEL_BAWAAN = 64;
/** Margin on measured bytes per cell: the rest of a sheet may hold longer text than its top. */
export const FAKTOR_AMAN = 1.25;
/** Fewer window cells than this do not make a trustworthy measurement. */
const SAMPEL_MIN = 100;

const PROPERTI_SEL = ["values", "formulas", "numberFormat"];
const PROPERTI_UKURAN = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

export const CATATAN_GABUNG_TIDAK_DIDUKUNG =
  "Sel gabungan (merge) tidak dibaca: Excel ini belum mendukung ExcelApi 1.13. Judul tabel yang digabung dibaca dari sel kiri atasnya saja.";
export const CATATAN_GABUNG_GAGAL =
  "Sel gabungan (merge) tidak dibaca: Excel menolak daftar sel gabungan (mungkin lebih dari 512 area pada satu lembar). Judul tabel yang digabung dibaca dari sel kiri atasnya saja.";

interface Lembar {
  proxy: ExcelWorksheet;
  model: SheetModel;
  terpakai: Area | null;
  bytesPerSel: number;
}

interface Antre2 {
  terpakai: ExcelRange;
  gabung?: ExcelRangeAreas;
  jendela?: ExcelRange;
}

interface PotonganBaca extends Potongan {
  lembar: number;
}

function panjangJson(nilai: unknown): number {
  if (typeof nilai === "string") return nilai.length + 3;
  if (typeof nilai === "number" || typeof nilai === "boolean") return String(nilai).length + 1;
  return 5;
}

/**
 * Copies the cells of `bagian` (absolute, inside the block loaded at `asal`) into the model and
 * returns their JSON size, the measure for the rest of the sheet.
 */
function salinBlok(
  cells: (Cell | undefined)[][],
  asal: { r0: number; c0: number },
  data: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] },
  bagian: Area,
): number {
  let bytes = 0;
  for (let r = bagian.r0; r <= bagian.r1; r++) {
    const i = r - asal.r0;
    const v = data.values[i] ?? [];
    const f = data.formulas[i] ?? [];
    const n = data.numberFormat[i] ?? [];
    const row = cells[r];
    for (let c = bagian.c0; c <= bagian.c1; c++) {
      const j = c - asal.c0;
      bytes += panjangJson(v[j]) + panjangJson(f[j]) + panjangJson(n[j]);
      const cell = selDariOffice(v[j], f[j], n[j]);
      if (cell !== undefined) row[c] = cell;
    }
    bytes += 6;
  }
  return bytes;
}

function irisan(a: Area, b: Area): Area | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

/** What of `u` lies outside the window `w` (anchored at A1): below it, and right of it. */
function sisaLuarJendela(u: Area, w: Area | null): Area[] {
  if (w === null) return [u];
  const sisa: Area[] = [];
  if (u.r1 > w.r1) sisa.push({ r0: Math.max(u.r0, w.r1 + 1), c0: u.c0, r1: u.r1, c1: u.c1 });
  if (u.c1 > w.c1 && u.r0 <= w.r1) {
    sisa.push({ r0: u.r0, c0: Math.max(u.c0, w.c1 + 1), r1: Math.min(u.r1, w.r1), c1: u.c1 });
  }
  return sisa;
}

function antreUkuran(lembar: ExcelWorksheet[], gabung: boolean, jendela: Area | null): Antre2[] {
  return lembar.map((ws) => {
    const terpakai = ws.getUsedRangeOrNullObject(true);
    terpakai.load(PROPERTI_UKURAN);
    const antre: Antre2 = { terpakai };
    if (gabung) {
      antre.gabung = ws.getRange().getMergedAreasOrNullObject();
      antre.gabung.load(["address"]);
    }
    if (jendela !== null) {
      antre.jendela = ws.getRange(areaA1(jendela));
      antre.jendela.load(PROPERTI_SEL);
    }
    return antre;
  });
}

/** Reads every sheet (hidden ones too) with values, number formats, formulas and merged areas. */
export async function bacaBukuKerja(
  context: ExcelContext,
  opsi: OpsiBaca = {},
): Promise<BacaanBukuKerja> {
  const excelApi = opsi.excelApi ?? detectHost().excelApi;
  const anggaran = opsi.anggaranBytes ?? ANGGARAN_BYTES;
  const catatan: string[] = [];
  let syncs = 0;

  const koleksi = context.workbook.worksheets;
  koleksi.load(["items/name", "items/visibility"]);
  periksaBatal(opsi.batal);
  syncs++;
  await context.sync();
  const proxy = koleksi.items;

  const kolomJendela = opsi.kolomJendela ?? KOLOM_JENDELA;
  const barisJendela = Math.floor(
    (opsi.selJendela ?? SEL_JENDELA) / Math.max(1, proxy.length) / kolomJendela,
  );
  let jendela: Area | null =
    barisJendela >= 1 ? { r0: 0, c0: 0, r1: barisJendela - 1, c1: kolomJendela - 1 } : null;
  let gabung = excelApiAtLeast(excelApi, 13);
  if (!gabung) catatan.push(CATATAN_GABUNG_TIDAK_DIDUKUNG);

  let antre2: Antre2[];
  for (;;) {
    antre2 = antreUkuran(proxy, gabung, jendela);
    periksaBatal(opsi.batal);
    try {
      syncs++;
      await context.sync();
      break;
    } catch (error: unknown) {
      // Give up the optional parts one at a time: the windows when too big, then the merges.
      if (galatMuatanBesar(error) && jendela !== null) jendela = null;
      else if (gabung) {
        gabung = false;
        catatan.push(CATATAN_GABUNG_GAGAL);
      } else throw error;
    }
  }

  const lembar: Lembar[] = proxy.map((ws, i) => {
    const a = antre2[i];
    const terpakai: Area | null = a.terpakai.isNullObject
      ? null
      : {
          r0: a.terpakai.rowIndex,
          c0: a.terpakai.columnIndex,
          r1: a.terpakai.rowIndex + a.terpakai.rowCount - 1,
          c1: a.terpakai.columnIndex + a.terpakai.columnCount - 1,
        };
    const cells: (Cell | undefined)[][] = [];
    if (terpakai !== null) for (let r = 0; r <= terpakai.r1; r++) cells.push([]);
    const merges =
      a.gabung === undefined || a.gabung.isNullObject ? [] : areaDariAlamat(a.gabung.address);
    const model: SheetModel = { name: ws.name, cells, merges };
    if (ws.visibility !== "Visible") model.hidden = true;
    let bytesPerSel = BYTES_PER_SEL_BAWAAN;
    const dalam = terpakai === null || jendela === null ? null : irisan(terpakai, jendela);
    if (dalam !== null && a.jendela !== undefined) {
      const bytes = salinBlok(cells, { r0: 0, c0: 0 }, a.jendela, dalam);
      const n = (dalam.r1 - dalam.r0 + 1) * (dalam.c1 - dalam.c0 + 1);
      if (n >= SAMPEL_MIN) bytesPerSel = Math.ceil((bytes / n) * FAKTOR_AMAN);
    }
    return { proxy: ws, model, terpakai, bytesPerSel };
  });

  const potongan: PotonganBaca[] = [];
  lembar.forEach((l, i) => {
    if (l.terpakai === null) return;
    for (const s of sisaLuarJendela(l.terpakai, jendela)) {
      potongan.push({
        lembar: i,
        r0: s.r0,
        c0: s.c0,
        rows: s.r1 - s.r0 + 1,
        cols: s.c1 - s.c0 + 1,
        bytesPerSel: l.bytesPerSel,
      });
    }
  });

  syncs += await jalankanBatch(context, rencanakanBatch(potongan, anggaran), {
    antre: (p) => {
      const range = lembar[p.lembar].proxy.getRange(
        areaA1({ r0: p.r0, c0: p.c0, r1: p.r0 + p.rows - 1, c1: p.c0 + p.cols - 1 }),
      );
      range.load(PROPERTI_SEL);
      return range;
    },
    terima: (p, range) => {
      const bagian = { r0: p.r0, c0: p.c0, r1: p.r0 + p.rows - 1, c1: p.c0 + p.cols - 1 };
      salinBlok(lembar[p.lembar].model.cells, p, range, bagian);
    },
    batal: opsi.batal,
    kemajuan: opsi.kemajuan,
  });

  return {
    sheets: lembar.map((l) => ({ ...l.model, cells: rapikanBaris(l.model.cells) })),
    catatan,
    syncs,
  };
}
