/**
 * Writes a fill into the workbook and keeps what it overwrote. Edits are grouped into rectangles
 * (runs of consecutive rows in a column, side-by-side columns with the same run joined), each
 * written with one `range.formulas` assignment. One sync reads what the target cells hold (for
 * the undo), one writes with calculation suspended; only a payload above the budget adds syncs.
 * Nothing outside the given cells is touched.
 */
import { areaA1, a1 } from "../core/a1";
import type { CellValue } from "../core/workbook";
import type { ExcelContext, ExcelRange, ExcelWorksheet, TandaBatal } from "./api";
import { ANGGARAN_BYTES, jalankanBatch, rencanakanBatch, type Potongan } from "./bertahap";
import { detectHost, excelApiAtLeast } from "./host";
import { masukanFormula } from "./sel";

export interface Isian {
  sheet: string;
  /** 0-based, like the model. */
  row: number;
  col: number;
  /** `null` empties the cell. */
  value?: CellValue;
  /** Formula text, with or without the leading `=`; wins over `value`. */
  formula?: string;
}

export type MasukanSel = string | number | boolean;

/** What one rectangle held before: entries for `range.formulas` that restore it exactly. */
export interface BlokUndo {
  sheet: string;
  row: number;
  col: number;
  formulas: MasukanSel[][];
  /** Formats to put back first (`@` where a formula replaced text); `null` leaves a cell's. */
  numberFormat?: (string | null)[][];
}

/** Plain data (JSON-safe), so the pane can keep it as long as it likes. */
export interface UndoRecord {
  blok: BlokUndo[];
}

export interface OpsiTulis {
  /** Highest ExcelApi set of the host; default: detected from the global `Office`. */
  excelApi?: string;
  /** Payload budget per sync in bytes (default 4,000,000). */
  anggaranBytes?: number;
  batal?: TandaBatal;
}

export interface HasilTulis {
  undo: UndoRecord;
  syncs: number;
  /** Cells written. */
  sel: number;
}

/** Assumed read payload per cell for the undo (formulas + valueTypes + numberFormat). */
export const BYTES_PER_SEL_UNDO = 48;

interface Persegi {
  sheet: string;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  isian: Isian[][];
}

interface PotonganPersegi extends Potongan {
  indeks: number;
  /** Row of the rectangle this piece starts at. */
  baris0: number;
}

function galatIsian(isian: Isian, alasan: string): Error {
  return new Error(`Isian tidak sah untuk ${isian.sheet}!${a1(isian.row, isian.col)}: ${alasan}`);
}

function periksaIsian(isian: Isian): void {
  if (
    !Number.isInteger(isian.row) ||
    !Number.isInteger(isian.col) ||
    isian.row < 0 ||
    isian.col < 0
  ) {
    throw new Error(
      `Isian tidak sah: baris ${isian.row}, kolom ${isian.col} di lembar ${isian.sheet}.`,
    );
  }
  if (isian.formula === undefined && isian.value === undefined) {
    throw galatIsian(isian, "tidak ada nilai maupun rumus.");
  }
  if (
    isian.formula === undefined &&
    typeof isian.value === "number" &&
    !Number.isFinite(isian.value)
  ) {
    throw galatIsian(isian, "angka tidak terhingga.");
  }
}

/** Rectangles covering exactly the edited cells; a later edit of the same cell wins. */
export function kelompokkanIsian(isian: readonly Isian[]): Persegi[] {
  const perKolom = new Map<string, { sheet: string; col: number; baris: Map<number, Isian> }>();
  for (const e of isian) {
    periksaIsian(e);
    const kunci = `${e.sheet}\u0000${e.col}`;
    let k = perKolom.get(kunci);
    if (k === undefined) {
      k = { sheet: e.sheet, col: e.col, baris: new Map() };
      perKolom.set(kunci, k);
    }
    k.baris.set(e.row, e);
  }
  // Runs of consecutive rows per column, then columns with the same run side by side joined.
  const runs = new Map<
    string,
    { sheet: string; r0: number; r1: number; kolom: Map<number, Isian[]> }
  >();
  for (const k of perKolom.values()) {
    const baris = [...k.baris.keys()].sort((a, b) => a - b);
    let awal = 0;
    for (let i = 1; i <= baris.length; i++) {
      if (i < baris.length && baris[i] === baris[i - 1] + 1) continue;
      const r0 = baris[awal];
      const r1 = baris[i - 1];
      const kunci = `${k.sheet}\u0000${r0}\u0000${r1}`;
      let run = runs.get(kunci);
      if (run === undefined) {
        run = { sheet: k.sheet, r0, r1, kolom: new Map() };
        runs.set(kunci, run);
      }
      run.kolom.set(
        k.col,
        baris.slice(awal, i).map((r) => k.baris.get(r) as Isian),
      );
      awal = i;
    }
  }
  const persegi: Persegi[] = [];
  for (const run of runs.values()) {
    const kolom = [...run.kolom.keys()].sort((a, b) => a - b);
    let awal = 0;
    for (let i = 1; i <= kolom.length; i++) {
      if (i < kolom.length && kolom[i] === kolom[i - 1] + 1) continue;
      const cols = kolom.slice(awal, i);
      const rows = run.r1 - run.r0 + 1;
      const isianBaris: Isian[][] = [];
      for (let r = 0; r < rows; r++)
        isianBaris.push(cols.map((c) => (run.kolom.get(c) as Isian[])[r]));
      persegi.push({
        sheet: run.sheet,
        r0: run.r0,
        c0: cols[0],
        rows,
        cols: cols.length,
        isian: isianBaris,
      });
      awal = i;
    }
  }
  return persegi.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.c0 - b.c0 || a.r0 - b.r0);
}

/**
 * The `formulas` entry that restores what Office reported for one cell: its formula, its
 * constant, an error as typed, text protected from re-parsing, an empty cell as `""`.
 */
export function masukanPulih(formula: unknown, jenisNilai: unknown, format: unknown): MasukanSel {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  if (formula === "" || formula === null || formula === undefined || jenisNilai === "Empty")
    return "";
  if (typeof formula === "number" || typeof formula === "boolean") return formula;
  if (typeof formula !== "string") return "";
  if (jenisNilai === "Error") return formula;
  return masukanFormula({ v: formula }, typeof format === "string" ? format : undefined);
}

function masukanIsian(isian: Isian, format: unknown): MasukanSel {
  if (isian.formula !== undefined) return masukanFormula({ v: null, f: isian.formula });
  return masukanFormula(
    { v: isian.value ?? null },
    typeof format === "string" ? format : undefined,
  );
}

interface BlokTulis {
  sheet: string;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  formulas: MasukanSel[][];
  /** Set before the formulas; `null` keeps a cell's format. */
  numberFormat?: (string | null)[][];
}

function potonganTulis(blok: readonly BlokTulis[]): PotonganPersegi[] {
  return blok.map((b, indeks) => {
    const bytes = JSON.stringify(b.formulas).length + JSON.stringify(b.numberFormat ?? []).length;
    return {
      indeks,
      baris0: b.r0,
      r0: b.r0,
      c0: b.c0,
      rows: b.rows,
      cols: b.cols,
      bytesPerSel: Math.ceil(bytes / (b.rows * b.cols)),
    };
  });
}

function rentang(lembar: ExcelWorksheet, p: Potongan): ExcelRange {
  return lembar.getRange(
    areaA1({ r0: p.r0, c0: p.c0, r1: p.r0 + p.rows - 1, c1: p.c0 + p.cols - 1 }),
  );
}

/**
 * Worksheet proxies shared by the pieces of one sync. Office invalidates proxies created in a
 * batch it refused, so every attempt starts with fresh ones.
 */
function lembarPerSync(context: ExcelContext): {
  ambil: (nama: string) => ExcelWorksheet;
  kosongkan: () => void;
} {
  const cache = new Map<string, ExcelWorksheet>();
  return {
    ambil: (nama) => {
      let ws = cache.get(nama);
      if (ws === undefined) {
        ws = context.workbook.worksheets.getItem(nama);
        cache.set(nama, ws);
      }
      return ws;
    },
    kosongkan: () => cache.clear(),
  };
}

async function tulisBlok(
  context: ExcelContext,
  blok: readonly BlokTulis[],
  opsi: OpsiTulis,
): Promise<number> {
  const jeda = excelApiAtLeast(opsi.excelApi ?? detectHost().excelApi, 6);
  const lembar = lembarPerSync(context);
  const batch = rencanakanBatch(potonganTulis(blok), opsi.anggaranBytes ?? ANGGARAN_BYTES);
  return jalankanBatch(context, batch, {
    awalSync: () => {
      lembar.kosongkan();
      // Suspension lasts until the next sync only, so every write sync asks for it again.
      if (jeda) context.workbook.application.suspendApiCalculationUntilNextSync();
    },
    antre: (p) => {
      const b = blok[p.indeks];
      const awal = p.r0 - p.baris0;
      const range = rentang(lembar.ambil(b.sheet), p);
      if (b.numberFormat !== undefined) {
        range.numberFormat = b.numberFormat.slice(awal, awal + p.rows);
      }
      range.formulas = b.formulas.slice(awal, awal + p.rows);
    },
    batal: opsi.batal,
  });
}

/**
 * Writes `isian` and returns the exact prior content of every written cell. A formula aimed at a
 * Text-formatted (`@`) cell would stay text in Excel, so that cell's format becomes General first
 * (and the undo puts `@` back).
 */
export async function tulisIsian(
  context: ExcelContext,
  isian: readonly Isian[],
  opsi: OpsiTulis = {},
): Promise<HasilTulis> {
  const persegi = kelompokkanIsian(isian);
  const lembar = lembarPerSync(context);
  const sebelum: MasukanSel[][][] = persegi.map((p) => Array.from({ length: p.rows }, () => []));
  const format: unknown[][][] = persegi.map((p) => Array.from({ length: p.rows }, () => []));
  const baca: PotonganPersegi[] = persegi.map((p, indeks) => ({
    indeks,
    baris0: p.r0,
    r0: p.r0,
    c0: p.c0,
    rows: p.rows,
    cols: p.cols,
    bytesPerSel: BYTES_PER_SEL_UNDO,
  }));
  let syncs = await jalankanBatch(
    context,
    rencanakanBatch(baca, opsi.anggaranBytes ?? ANGGARAN_BYTES),
    {
      awalSync: lembar.kosongkan,
      antre: (p) => {
        const range = rentang(lembar.ambil(persegi[p.indeks].sheet), p);
        range.load(["formulas", "valueTypes", "numberFormat"]);
        return range;
      },
      terima: (p, range) => {
        const awal = p.r0 - p.baris0;
        for (let i = 0; i < p.rows; i++) {
          const f = range.formulas[i] ?? [];
          const t = range.valueTypes[i] ?? [];
          const n = range.numberFormat[i] ?? [];
          sebelum[p.indeks][awal + i] = Array.from({ length: p.cols }, (_, j) =>
            masukanPulih(f[j], t[j], n[j]),
          );
          format[p.indeks][awal + i] = n;
        }
      },
      batal: opsi.batal,
    },
  );

  const tulis: BlokTulis[] = [];
  const undo: BlokUndo[] = [];
  persegi.forEach((p, k) => {
    const teksJadiRumus = p.isian.map((baris, i) =>
      baris.map((e, j) => e.formula !== undefined && format[k][i]?.[j] === "@"),
    );
    const ubahFormat = teksJadiRumus.some((baris) => baris.includes(true));
    const blok: BlokTulis = {
      sheet: p.sheet,
      r0: p.r0,
      c0: p.c0,
      rows: p.rows,
      cols: p.cols,
      formulas: p.isian.map((baris, i) => baris.map((e, j) => masukanIsian(e, format[k][i]?.[j]))),
    };
    const pulih: BlokUndo = { sheet: p.sheet, row: p.r0, col: p.c0, formulas: sebelum[k] };
    if (ubahFormat) {
      blok.numberFormat = teksJadiRumus.map((baris) => baris.map((t) => (t ? "General" : null)));
      pulih.numberFormat = teksJadiRumus.map((baris) => baris.map((t) => (t ? "@" : null)));
    }
    tulis.push(blok);
    undo.push(pulih);
  });
  syncs += await tulisBlok(context, tulis, opsi);
  return {
    undo: { blok: undo },
    syncs,
    sel: persegi.reduce((n, p) => n + p.rows * p.cols, 0),
  };
}

/** Puts back what `tulisIsian` overwrote: formulas as formulas, values as values, empty as empty. */
export async function batalkanIsian(
  context: ExcelContext,
  undo: UndoRecord,
  opsi: OpsiTulis = {},
): Promise<{ syncs: number }> {
  const blok: BlokTulis[] = undo.blok
    .filter((b) => b.formulas.length > 0 && b.formulas[0].length > 0)
    .map((b) => ({
      sheet: b.sheet,
      r0: b.row,
      c0: b.col,
      rows: b.formulas.length,
      cols: b.formulas[0].length,
      formulas: b.formulas,
      ...(b.numberFormat === undefined ? {} : { numberFormat: b.numberFormat }),
    }));
  return { syncs: await tulisBlok(context, blok, opsi) };
}
