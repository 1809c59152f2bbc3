/**
 * The cascade of one workbook (SAKIP.md section 1): tujuan -> sasaran -> program -> kegiatan ->
 * sub kegiatan with their rows in every table, and the indicators linked across tables.
 */
import type { Polaritas } from "../capaian";
import type { Nilai } from "../nilai";
import type { Result } from "../result";
import type { Level } from "../tabel/types";
import type { KolomBaca, TabelBaca } from "../periksa/baca";

/**
 * Which budget or target version a value belongs to: `pre` before the PK Perubahan (Sebelum
 * columns and tables before it), `post` after it (Sesudah columns and later tables), `any` for
 * plans that hold for both (Renstra, IKU) or workbooks without a Perubahan.
 */
export type Era = "pre" | "post" | "any";

/** One value of the model: where it was read and what it stands for. */
export interface NilaiTercatat {
  /** Index into `Kaskade.tabel`. */
  tabel: number;
  /** Data row index within the table. */
  baris: number;
  kolom: KolomBaca;
  tahun?: number;
  era: Era;
  nilai: Nilai;
}

export interface CapaianTahun {
  tahun?: number;
  /** Computed with the row's effective polarity and the settings' negative method. */
  capaian: Result<number>;
}

/**
 * A row of a table where an indicator or entity appears. Its values (target, realisasi and
 * capaian per year; pagu and realisasi anggaran) are read on demand through `nilaiKinerja`,
 * `capaianKemunculan` and `nilaiAnggaran`: a workbook of 50.000 rows keeps no copy of them.
 */
export interface Kemunculan {
  /** Index into `Kaskade.tabel`. */
  tabel: number;
  /** Data row index within the table. */
  baris: number;
}

export type KemunculanIndikator = Kemunculan;

export interface Indikator {
  kunci: string;
  nama: string;
  level?: Level;
  entitas?: Entitas;
  kemunculan: KemunculanIndikator[];
  /** Polarity from an arah column somewhere in the workbook, when one says it. */
  polaritasTegas?: Polaritas;
}

export type KemunculanEntitas = Kemunculan;

export interface Entitas {
  kunci: string;
  level?: Level;
  nama?: string;
  /** Full code, canonical (`2.17.1.2.1`), when the rows print one of three segments or more. */
  kode?: string;
  induk?: Entitas;
  anak: Entitas[];
  kemunculan: KemunculanEntitas[];
  indikator: Indikator[];
}

export interface Kaskade {
  tabel: TabelBaca[];
  entitas: Entitas[];
  indikator: Indikator[];
  /** Per table, per data row: the entity the row belongs to. */
  entitasBaris: (Entitas | undefined)[][];
  /** Per table, per data row: the indicator of the row. */
  indikatorBaris: (Indikator | undefined)[][];
  /** Per table, per data row: full code of the row's entity when it has one. */
  kodeBaris: (string | undefined)[][];
  /** Per table, per data row: the polarity capaian is computed with. */
  polaritas: Polaritas[][];
  /** Per table: the era of each column (by column index in `TabelBaca.kolom`). */
  eraKolom: Era[][];
}
