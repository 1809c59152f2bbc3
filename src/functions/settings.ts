/**
 * Defaults of the custom functions in one place, so that the task pane can later replace them
 * with the workbook's own settings without touching the functions.
 */
import type { MetodeNegatif } from "../core/capaian";
import type { MetodeEfisiensi } from "../core/efisiensi";
import type { PresetSkalaId } from "../core/kategori";

export interface PengaturanFungsi {
  /** Kategori scale used when `skala` is omitted. */
  skala: PresetSkalaId;
  /** Formula for lower-is-better indicators when `metode` is omitted. */
  metodeNegatif: MetodeNegatif;
  /** Efficiency convention when `metode` is omitted. */
  metodeEfisiensi: MetodeEfisiensi;
}

export const PENGATURAN_BAWAAN: Readonly<PengaturanFungsi> = Object.freeze({
  skala: "permendagri86",
  metodeNegatif: "selisih",
  metodeEfisiensi: "selisih",
});

let aktif: Readonly<PengaturanFungsi> = PENGATURAN_BAWAAN;

/** The settings in force; read on every call so that a change applies at the next recalculation. */
export function pengaturanFungsi(): Readonly<PengaturanFungsi> {
  return aktif;
}

/** Overrides some settings (e.g. from the workbook); omitted fields keep their current value. */
export function aturPengaturanFungsi(perubahan: Partial<PengaturanFungsi>): void {
  aktif = Object.freeze({ ...aktif, ...perubahan });
}

/** Back to the documented defaults. */
export function pulihkanPengaturanFungsi(): void {
  aktif = PENGATURAN_BAWAAN;
}
