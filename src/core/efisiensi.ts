/**
 * Tingkat efisiensi (SAKIP.md section 5).
 * CONTRACT FILE: bodies are implemented by the formulas work package.
 */
import type { Skala } from "./kategori";
import type { Result } from "./result";

export type MetodeEfisiensi = "selisih" | "rasio" | "indeks";

export const METODE_EFISIENSI: readonly MetodeEfisiensi[] = ["selisih", "rasio", "indeks"];

export function bacaMetodeEfisiensi(_text: unknown): MetodeEfisiensi | undefined {
  throw new Error("not implemented yet");
}

/** selisih: capaian - serapan; rasio: capaian / serapan; indeks: capaian / serapan x 100. */
export function hitungEfisiensi(
  _capaian: number,
  _serapan: number,
  _metode?: MetodeEfisiensi,
): Result<number> {
  throw new Error("not implemented yet");
}

/**
 * Efisien / Tidak Efisien by the method's threshold (selisih > 0, rasio >= 1, indeks >= 100), or,
 * for `indeks` with office-defined bands, the band's label.
 */
export function kategoriEfisiensi(
  _efisiensi: number,
  _metode?: MetodeEfisiensi,
  _bands?: Skala,
): Result<string> {
  throw new Error("not implemented yet");
}
