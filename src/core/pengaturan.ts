/**
 * The rules a workbook (or a `kinerja.config.json`) is computed and checked with. Defaults follow
 * SAKIP.md; every consumer (custom functions, CLI, task pane) reads the same shape.
 */
import type { MetodeNegatif, Polaritas } from "./capaian";
import type { MetodeEfisiensi } from "./efisiensi";
import type { Skala, PresetSkalaId } from "./kategori";
import type { CaraBulat } from "./pembulatan";

export interface Pengaturan {
  /** A preset id or a user scale. */
  skala: PresetSkalaId | Skala;
  metodeNegatif: MetodeNegatif;
  metodeEfisiensi: MetodeEfisiensi;
  /** Office-defined bands for the `indeks` efficiency method; none by default. */
  pitaEfisiensi?: Skala;
  /** Polarity of an indicator when nothing in the table says otherwise. */
  polaritasBawaan: Polaritas;
  /** How printed values are rounded in this office's reports (matching also accepts the other, noted). */
  pembulatan: CaraBulat;
  /** Tolerances for comparisons of printed against computed values. */
  toleransi: {
    /** Percentages (capaian, serapan): absolute, in percent points, beyond print rounding. */
    persen: number;
    /** Money (pagu, realisasi, sisa, totals): absolute, in rupiah. */
    rupiah: number;
    /** Targets and realisasi compared across tables: relative. */
    relatif: number;
  };
  /**
   * The report year: which year column gives a row's target/realisasi when a table has several.
   * When absent, the latest year that has realisasi anywhere in the workbook.
   */
  tahun?: number;
  /** Capaian above this is flagged `capaian-outlier`. */
  batasOutlier: number;
}

export const PENGATURAN_BAWAAN: Readonly<Pengaturan> = Object.freeze({
  skala: "permendagri86",
  metodeNegatif: "selisih",
  metodeEfisiensi: "selisih",
  polaritasBawaan: "+",
  pembulatan: "half-up",
  toleransi: Object.freeze({ persen: 0, rupiah: 1, relatif: 0 }),
  batasOutlier: 200,
}) as Readonly<Pengaturan>;
