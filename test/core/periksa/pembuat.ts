/**
 * Test builder: a workbook and the RecognizedTable objects recognition would give for it, written
 * side by side so that checks can be tested without the recogniser.
 */
import type { Polaritas } from "../../../src/core/capaian";
import { PENGATURAN_BAWAAN, type Pengaturan } from "../../../src/core/pengaturan";
import type {
  ColumnRoleId,
  DataRow,
  Level,
  RecognizedTable,
  TableKind,
  TotalRow,
  Variant,
} from "../../../src/core/tabel/types";
import type { Area, Cell, CellValue, SheetModel, WorkbookModel } from "../../../src/core/workbook";

export type Isi = CellValue | Cell;

export interface Kol {
  role: ColumnRoleId;
  year?: number;
  variant?: Variant;
  header?: string;
}

export interface Baris {
  isi: Isi[];
  level?: Level;
  /** Index (in `baris`) of the parent row. */
  induk?: number;
  lanjut?: boolean;
  polaritas?: Polaritas;
  total?: "jumlah" | "rata-rata";
  kode?: string;
  nama?: string;
  indikator?: string;
}

export interface Spec {
  kind: TableKind;
  title?: string;
  /** 0-based row of the header row (default 0). */
  r?: number;
  /** 0-based first column (default 0). */
  c?: number;
  kolom: Kol[];
  baris: Baris[];
}

export interface Lembar {
  name: string;
  tables: Spec[];
  merges?: Area[];
}

/** A percent-formatted number (a fraction shown as percent). */
export const pct = (v: number, fmt = "0.00%"): Cell => ({ v, fmt });
/** A number with a format. */
export const fmt = (v: number, f: string): Cell => ({ v, fmt: f });

const PERAN_KODE: readonly ColumnRoleId[] = ["kode", "no"];
const PERAN_NAMA: readonly ColumnRoleId[] = [
  "uraian",
  "program",
  "kegiatan",
  "subkegiatan",
  "sasaran",
  "tujuan",
];

function sel(x: Isi | undefined): Cell | undefined {
  if (x === undefined) return undefined;
  if (x !== null && typeof x === "object") return x;
  return x === null ? undefined : { v: x };
}

function teks(x: Isi | undefined): string | undefined {
  const c = sel(x);
  if (c === undefined || c.v === null) return undefined;
  const s = String(c.v).trim();
  return s === "" ? undefined : s;
}

function bangunTabel(name: string, spec: Spec, cells: (Cell | undefined)[][]): RecognizedTable {
  const r0 = spec.r ?? 0;
  const c0 = spec.c ?? 0;
  const taruh = (r: number, c: number, x: Isi | undefined) => {
    const s = sel(x);
    if (s === undefined) return;
    cells[r] ??= [];
    cells[r][c] = s;
  };
  spec.kolom.forEach((k, j) => taruh(r0, c0 + j, k.header ?? k.role));
  const rows: DataRow[] = [];
  const totalRows: TotalRow[] = [];
  const barisSheet: number[] = [];
  let namaTerakhir: string | undefined;
  spec.baris.forEach((b, i) => {
    const r = r0 + 1 + i;
    barisSheet.push(r);
    b.isi.forEach((x, j) => taruh(r, c0 + j, x));
    if (b.total !== undefined) {
      totalRows.push({
        row: r,
        label: teks(b.isi.find((x) => teks(x) !== undefined)) ?? "",
        jenis: b.total,
      });
      return;
    }
    const di = (peran: readonly ColumnRoleId[]) => {
      for (const p of peran) {
        const j = spec.kolom.findIndex((k) => k.role === p);
        if (j >= 0 && teks(b.isi[j]) !== undefined) return teks(b.isi[j]);
      }
      return undefined;
    };
    const d: DataRow = {
      row: r,
      levelReason: "uji",
      continuation: b.lanjut === true,
      polaritas: b.polaritas ?? "+",
      polaritasReason: "uji",
    };
    if (b.level !== undefined) d.level = b.level;
    const kode = b.kode ?? (b.lanjut ? undefined : di(PERAN_KODE));
    if (kode !== undefined) d.kode = kode;
    const nama = b.nama ?? (b.lanjut ? namaTerakhir : di(PERAN_NAMA));
    if (nama !== undefined) d.nama = nama;
    if (!b.lanjut) namaTerakhir = nama;
    const indikator = b.indikator ?? di(["indikator"]);
    if (indikator !== undefined) d.indikator = indikator;
    if (b.induk !== undefined) d.parentRow = r0 + 1 + b.induk;
    rows.push(d);
  });
  const t: RecognizedTable = {
    sheet: name,
    range: { r0, c0, r1: r0 + spec.baris.length, c1: c0 + spec.kolom.length - 1 },
    kind: spec.kind,
    kindReason: "uji",
    headerRows: [r0, r0],
    repeatedHeaderRows: [],
    columns: spec.kolom.map((k, j) => {
      const col = {
        role: k.role,
        col: c0 + j,
        header: k.header ?? k.role,
        reason: "uji",
        source: "header" as const,
      };
      return {
        ...col,
        ...(k.year === undefined ? {} : { year: k.year }),
        ...(k.variant === undefined ? {} : { variant: k.variant }),
      };
    }),
    rows,
    totalRows,
  };
  if (spec.title !== undefined) t.title = spec.title;
  return t;
}

export function buku(...lembar: Lembar[]): { wb: WorkbookModel; tables: RecognizedTable[] } {
  const sheets: SheetModel[] = [];
  const tables: RecognizedTable[] = [];
  for (const l of lembar) {
    const cells: (Cell | undefined)[][] = [];
    for (const s of l.tables) tables.push(bangunTabel(l.name, s, cells));
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    sheets.push({ name: l.name, cells, merges: l.merges ?? [] });
  }
  return { wb: { sheets }, tables };
}

/** One sheet with one table. */
export function satu(name: string, spec: Spec) {
  return buku({ name, tables: [spec] });
}

export function pengaturan(ubah: Partial<Pengaturan> = {}): Pengaturan {
  return { ...PENGATURAN_BAWAAN, toleransi: { ...PENGATURAN_BAWAAN.toleransi }, ...ubah };
}
