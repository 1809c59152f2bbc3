/**
 * The settings the custom functions use when an optional argument is omitted. They are a view of
 * the engine's one settings shape (`core/pengaturan`), so the task pane can hand the workbook's
 * settings to the functions without a second definition of the defaults.
 */
import { PENGATURAN_BAWAAN as BAWAAN_INTI } from "../core/pengaturan";
import type { Pengaturan } from "../core/pengaturan";

export type PengaturanFungsi = Pick<
  Pengaturan,
  "skala" | "metodeNegatif" | "metodeEfisiensi" | "pitaEfisiensi"
>;

export const PENGATURAN_BAWAAN: Readonly<PengaturanFungsi> = Object.freeze({
  skala: BAWAAN_INTI.skala,
  metodeNegatif: BAWAAN_INTI.metodeNegatif,
  metodeEfisiensi: BAWAAN_INTI.metodeEfisiensi,
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
