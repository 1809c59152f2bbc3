/**
 * Kategori scales as data (SAKIP.md section 5), user scales and their validation.
 * CONTRACT FILE: types are final; bodies are implemented by the formulas work package.
 */
import type { Result } from "./result";

/** One band of a scale. An absent bound is open (minus or plus infinity). */
export interface Band {
  label: string;
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
}

export interface Skala {
  id: string;
  nama: string;
  /** Ordered from the highest band down. */
  bands: Band[];
  /** Values above this are kept in the top band but flagged as outliers (e.g. 100 or 200). */
  outlierAbove?: number;
}

export type PresetSkalaId = "permendagri86" | "permendagri86-bulat" | "atribut";

export const PRESET_SKALA_IDS: readonly PresetSkalaId[] = [
  "permendagri86",
  "permendagri86-bulat",
  "atribut",
];

export interface MasalahSkala {
  jenis: "celah" | "tumpang-tindih" | "urutan" | "kosong" | "batas-tidak-terbaca";
  /** In Bahasa Indonesia. */
  pesan: string;
}

export function skalaPreset(_id: PresetSkalaId): Skala {
  throw new Error("not implemented yet");
}

/** Finds a preset by id in any case; undefined when unknown. */
export function cariSkalaPreset(_id: string): Skala | undefined {
  throw new Error("not implemented yet");
}

/**
 * Builds a user scale from a table: rows of `lower bound | label` (x >= lower) or
 * `lower | upper | label`. Problems (gaps, overlaps, disorder, unreadable bounds) are returned.
 */
export function skalaDariTabel(_rows: readonly (readonly unknown[])[]): {
  skala?: Skala;
  masalah: MasalahSkala[];
} {
  throw new Error("not implemented yet");
}

/** Gaps, overlaps and disorder in a scale. */
export function periksaSkala(_skala: Skala): MasalahSkala[] {
  throw new Error("not implemented yet");
}

/** The scale's label for a capaian; `na` when the value falls in a gap; outlier note above the top. */
export function kategori(_capaian: number, _skala: Skala): Result<string> {
  throw new Error("not implemented yet");
}
