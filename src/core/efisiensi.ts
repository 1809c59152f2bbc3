/**
 * Tingkat efisiensi (SAKIP.md section 5).
 */
import { kategori, type Skala } from "./kategori";
import { angkaTeks } from "./pesan";
import { err, ok, type Result } from "./result";

export type MetodeEfisiensi = "selisih" | "rasio" | "indeks";

export const METODE_EFISIENSI: readonly MetodeEfisiensi[] = ["selisih", "rasio", "indeks"];

export function bacaMetodeEfisiensi(text: unknown): MetodeEfisiensi | undefined {
  if (typeof text !== "string") return undefined;
  const norm = text.trim().toLowerCase();
  return METODE_EFISIENSI.find((m) => m === norm);
}

function metodeTidakDikenal(metode: unknown): Result<never> {
  return err(
    "value",
    `Metode efisiensi "${String(metode)}" tidak dikenal; gunakan selisih, rasio atau indeks.`,
  );
}

/** selisih: capaian - serapan; rasio: capaian / serapan; indeks: capaian / serapan x 100. */
export function hitungEfisiensi(
  capaian: number,
  serapan: number,
  metode: MetodeEfisiensi = "selisih",
): Result<number> {
  if (!METODE_EFISIENSI.includes(metode)) return metodeTidakDikenal(metode);
  if (typeof capaian !== "number" || !Number.isFinite(capaian)) {
    return err("value", `Capaian kinerja bukan angka yang sah (${angkaTeks(Number(capaian))}).`);
  }
  if (typeof serapan !== "number" || !Number.isFinite(serapan)) {
    return err("value", `Serapan anggaran bukan angka yang sah (${angkaTeks(Number(serapan))}).`);
  }
  if (metode === "selisih") return ok(capaian - serapan);
  if (serapan === 0) {
    return err("div0", `Serapan anggaran 0: efisiensi metode ${metode} tidak dapat dihitung.`);
  }
  const nisbah = capaian / serapan;
  const hasil = metode === "indeks" ? nisbah * 100 : nisbah;
  if (!Number.isFinite(hasil)) return err("value", "Efisiensi di luar jangkauan angka.");
  return ok(hasil);
}

/**
 * Efisien / Tidak Efisien by the method's threshold (selisih > 0, rasio >= 1, indeks >= 100), or,
 * for `indeks` with office-defined bands, the band's label.
 */
export function kategoriEfisiensi(
  efisiensi: number,
  metode: MetodeEfisiensi = "selisih",
  bands?: Skala,
): Result<string> {
  if (!METODE_EFISIENSI.includes(metode)) return metodeTidakDikenal(metode);
  if (typeof efisiensi !== "number" || Number.isNaN(efisiensi)) {
    return err("value", "Efisiensi bukan angka: kategori tidak dapat ditentukan.");
  }
  if (metode === "indeks" && bands !== undefined) return kategori(efisiensi, bands);
  // Only the thresholds are general; finer bands (Sangat Efisien, ...) are the office's own.
  const efisien =
    metode === "selisih" ? efisiensi > 0 : metode === "rasio" ? efisiensi >= 1 : efisiensi >= 100;
  const catatan =
    bands !== undefined
      ? [`Pita efisiensi hanya dipakai untuk metode indeks; metode ${metode} memakai ambang baku.`]
      : undefined;
  return ok(efisien ? "Efisien" : "Tidak Efisien", catatan);
}
