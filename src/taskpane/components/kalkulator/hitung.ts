/**
 * The calculator as a pure function of its inputs: every number, category and message comes from
 * the core, so the pane can never disagree with the `=SAKIP.*` functions.
 */
import { hitungCapaian, type MetodeNegatif, type Polaritas } from "../../../core/capaian";
import { kategori, skalaPreset, type PresetSkalaId } from "../../../core/kategori";
import { bacaNilai, type Nilai } from "../../../core/nilai";
import type { Result } from "../../../core/result";

export interface MasukanKalkulator {
  target: string;
  realisasi: string;
  arah: Polaritas;
  metode: MetodeNegatif;
  skala: PresetSkalaId;
}

export type HasilKalkulator =
  | {
      ok: true;
      /** Unrounded, in percent points. */
      capaian: number;
      kategori: Result<string>;
      /** Engine notes in Bahasa Indonesia: ambiguous readings, the `sisa` warning, outliers. */
      catatan: string[];
    }
  | { ok: false; pesan: string; catatan: string[] };

export const ARAH: readonly Polaritas[] = ["+", "-"];

function catatanBaca(label: string, nilai: Nilai): string[] {
  if ((nilai.kind === "number" || nilai.kind === "percent") && nilai.ambiguous) {
    return [`${label}: ${nilai.ambiguous}`];
  }
  return [];
}

export function hitungKalkulator(masukan: MasukanKalkulator): HasilKalkulator {
  const target = bacaNilai(masukan.target);
  const realisasi = bacaNilai(masukan.realisasi);
  const catatan = [...catatanBaca("Target", target), ...catatanBaca("Realisasi", realisasi)];
  const capaian = hitungCapaian(target, realisasi, {
    polaritas: masukan.arah,
    // The method only means something for lower-is-better indicators.
    metode: masukan.arah === "-" ? masukan.metode : undefined,
  });
  if (!capaian.ok) return { ok: false, pesan: capaian.message, catatan };
  const kat = kategori(capaian.value, skalaPreset(masukan.skala));
  return {
    ok: true,
    capaian: capaian.value,
    kategori: kat,
    catatan: [...catatan, ...(capaian.notes ?? []), ...(kat.ok ? (kat.notes ?? []) : [])],
  };
}
