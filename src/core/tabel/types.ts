/**
 * What table recognition produces (SAKIP.md sections 2 and 3). Every decision carries a reason in
 * Bahasa Indonesia so that a planner can see it and correct it.
 */
import type { Polaritas } from "../capaian";
import type { Area } from "../workbook";

export type TableKind = "renstra" | "iku" | "pk" | "pengukuran" | "anggaran" | "efisiensi";

export const TABLE_KINDS: readonly TableKind[] = [
  "renstra",
  "iku",
  "pk",
  "pengukuran",
  "anggaran",
  "efisiensi",
];

/** Column roles; names match the `kinerja check --json` schema where they appear there. */
export type ColumnRoleId =
  | "no"
  | "kode"
  | "tujuan"
  | "sasaran"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  /** One column for program/kegiatan/sub kegiatan names (`PROGRAM/KEGIATAN/SUB KEGIATAN`). */
  | "uraian"
  | "indikator"
  | "satuan"
  | "rumus"
  | "tipe"
  | "arah"
  | "baseline"
  | "target"
  | "realisasi"
  | "capaian"
  | "kategori"
  | "pagu"
  | "realisasi_anggaran"
  | "serapan"
  | "sisa"
  | "persen_sisa"
  | "efisiensi"
  | "kategori_efisiensi"
  | "kemajuan"
  | "standar"
  | "sumber_data"
  | "penanggung_jawab"
  | "definisi"
  | "keterangan";

/** Every column role, in the order the pane lists them. */
export const COLUMN_ROLES: readonly ColumnRoleId[] = [
  "no",
  "kode",
  "tujuan",
  "sasaran",
  "program",
  "kegiatan",
  "subkegiatan",
  "uraian",
  "indikator",
  "satuan",
  "rumus",
  "tipe",
  "arah",
  "baseline",
  "target",
  "realisasi",
  "capaian",
  "kategori",
  "pagu",
  "realisasi_anggaran",
  "serapan",
  "sisa",
  "persen_sisa",
  "efisiensi",
  "kategori_efisiensi",
  "kemajuan",
  "standar",
  "sumber_data",
  "penanggung_jawab",
  "definisi",
  "keterangan",
];

export type Variant = "sebelum" | "sesudah" | "akhir";

export interface ColumnRole {
  role: ColumnRoleId;
  /** 0-based sheet column. */
  col: number;
  /** For year columns (`2023`, `REALISASI TAHUN 2022`). */
  year?: number;
  /** Sebelum/Sesudah (PK Perubahan) or the Renstra end target. */
  variant?: Variant;
  /** The header text that matched, group path joined with ` > ` (`ANGGARAN > Realisasi`). */
  header: string;
  /** Why this role, in Bahasa Indonesia. */
  reason: string;
  /** `koreksi` when a user's correction set it. */
  source: "header" | "koreksi";
}

export type Level = "tujuan" | "sasaran" | "program" | "kegiatan" | "subkegiatan";

export const LEVELS: readonly Level[] = ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"];

export interface DataRow {
  /** 0-based sheet row. */
  row: number;
  level?: Level;
  levelReason: string;
  /** Code or outline number as printed, trimmed (`2.17.01`, `1.1`, `1.`). */
  kode?: string;
  /** Name of the tujuan/sasaran/program/kegiatan/sub kegiatan the row belongs to. */
  nama?: string;
  indikator?: string;
  /** 0-based sheet row of the parent entity's first row, when found. */
  parentRow?: number;
  /** True when the row only adds another indicator to the entity above. */
  continuation: boolean;
  polaritas: Polaritas;
  polaritasReason: string;
}

export interface TotalRow {
  row: number;
  /** The label as printed (`JUMLAH`, `Rata-rata capaian`). */
  label: string;
  jenis: "jumlah" | "rata-rata";
}

export interface RecognizedTable {
  sheet: string;
  /** The whole table, header included. */
  range: Area;
  kind: TableKind;
  kindReason: string;
  /** 0-based first and last header row (numbering row included). */
  headerRows: [number, number];
  /** Header rows repeated after page breaks inside the table (skipped as data). */
  repeatedHeaderRows: number[];
  columns: ColumnRole[];
  rows: DataRow[];
  totalRows: TotalRow[];
  /** Caption above the table when there is one (`Tabel 2.1 Tujuan, Sasaran ...`). */
  title?: string;
}

/** A user's correction, respected by the next recognition. Columns by letter. */
export interface Correction {
  sheet: string;
  /** A1 range of the table the correction applies to (any cell of its header is enough). */
  at: string;
  kind?: TableKind | "bukan";
  columns?: { col: string; role: ColumnRoleId | "abaikan"; year?: number; variant?: Variant }[];
}

export interface RecognizeOptions {
  corrections?: readonly Correction[];
  polaritasBawaan?: Polaritas;
}
