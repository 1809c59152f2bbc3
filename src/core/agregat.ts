/**
 * Aggregates: means, pooled serapan, Renstra progress, trend (SAKIP.md section 5).
 */
import { angkaTeks } from "./pesan";
import { err, ok, type Result } from "./result";

/** Unweighted mean of the numbers; pending/erroneous members are skipped and noted; none -> na. */
export function rataRata(values: readonly (number | Result<number>)[]): Result<number> {
  let jumlah = 0;
  let banyak = 0;
  let tertunda = 0;
  let galat = 0;
  for (const v of values ?? []) {
    const angka = typeof v === "number" ? v : v.ok ? v.value : undefined;
    if (angka !== undefined && Number.isFinite(angka)) {
      jumlah += angka;
      banyak++;
    } else if (typeof v !== "number" && !v.ok && v.error === "na") {
      tertunda++;
    } else {
      galat++;
    }
  }
  const dilewati = tertunda + galat;
  if (banyak === 0) {
    return err(
      "na",
      dilewati === 0
        ? "Tidak ada nilai untuk dirata-rata."
        : `Tidak ada nilai yang dapat dirata-rata (${dilewati} nilai belum tersedia atau galat).`,
    );
  }
  const rata = jumlah / banyak;
  if (!Number.isFinite(rata)) return err("value", "Rata-rata di luar jangkauan angka.");
  const rincian = [
    tertunda > 0 ? `${tertunda} belum tersedia` : "",
    galat > 0 ? `${galat} galat atau bukan angka` : "",
  ].filter((s) => s !== "");
  const catatan =
    dilewati > 0
      ? [`Rata-rata dari ${banyak} nilai; ${dilewati} nilai dilewati (${rincian.join(", ")}).`]
      : undefined;
  return ok(rata, catatan);
}

/** Pooled serapan: sum of realisasi / sum of pagu x 100 (not the mean of percentages). */
export function serapanGabungan(
  items: readonly { pagu: number; realisasi: number }[],
): Result<number> {
  if (!items || items.length === 0) return err("na", "Tidak ada program untuk digabung.");
  let pagu = 0;
  let realisasi = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    // A missing amount would silently understate the pooled figure: refuse instead.
    if (!Number.isFinite(it.pagu) || !Number.isFinite(it.realisasi)) {
      return err("value", `Pagu atau realisasi butir ke-${i + 1} bukan angka yang sah.`);
    }
    pagu += it.pagu;
    realisasi += it.realisasi;
  }
  if (pagu === 0) return err("div0", "Jumlah pagu 0: serapan gabungan tidak dapat dihitung.");
  const catatan =
    realisasi > pagu
      ? [`Jumlah realisasi (${angkaTeks(realisasi)}) melebihi jumlah pagu (${angkaTeks(pagu)}).`]
      : undefined;
  return ok((realisasi / pagu) * 100, catatan);
}

/** Renstra progress: realisasi tahun n / target akhir x 100. */
export function kemajuanRenstra(realisasi: number, targetAkhir: number): Result<number> {
  if (!Number.isFinite(realisasi) || !Number.isFinite(targetAkhir)) {
    return err("value", "Realisasi atau target akhir Renstra bukan angka yang sah.");
  }
  if (targetAkhir === 0) {
    return err("div0", "Target akhir Renstra 0: tingkat kemajuan tidak dapat dihitung.");
  }
  return ok((realisasi / targetAkhir) * 100);
}

export interface Tren {
  /** Change in percentage points (current - previous). */
  selisih: number;
  label: "naik" | "turun" | "tetap";
}

/**
 * Change from last year; |change| below `tolerance` (default 0.005) is `tetap`. A missing year
 * (NaN) gives a NaN change labelled `tetap`: no direction can be claimed.
 */
export function tren(current: number, previous: number, tolerance = 0.005): Tren {
  const selisih = current - previous;
  if (Number.isNaN(selisih) || Math.abs(selisih) < tolerance) return { selisih, label: "tetap" };
  return { selisih, label: selisih > 0 ? "naik" : "turun" };
}
