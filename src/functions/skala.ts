/** The `skala` and `pita` arguments: a preset id or a table the user keeps in the workbook. */
import { cariSkalaPreset, PRESET_SKALA_IDS, skalaDariTabel } from "../core/kategori";
import type { Skala } from "../core/kategori";
import { err } from "../core/result";
import type { Err } from "../core/result";
import { kosong } from "./baca";
import { daftarPilihan } from "./galat";
import type { Matriks } from "./matriks";

const BENTUK_TABEL = "batas bawah | label, atau batas bawah | batas atas | label";

/**
 * A 1x1 argument names a preset; a wider range is a user table. Empty rows are dropped because
 * planners select a few spare rows under their table. Gaps are tolerated (a value that falls in
 * one gets #N/A from `kategori`); overlaps, disorder and unreadable bounds make the table
 * unusable, since the label would depend on row order.
 */
export function bacaSkala(m: Matriks, bawaan: string | Skala | undefined): Skala | Err | undefined {
  if (m.length === 1 && m[0].length === 1) {
    const x = m[0][0];
    if (kosong(x)) return skalaBawaan(bawaan);
    return bacaPreset(x);
  }
  const baris = m.filter((b) => !b.every(kosong));
  const lebar = baris.reduce((w, b) => Math.max(w, b.length), 0);
  if (baris.length === 0) return skalaBawaan(bawaan);
  if (lebar < 2 || lebar > 3) {
    return err("value", `Tabel skala harus 2 atau 3 kolom: ${BENTUK_TABEL}.`);
  }
  const { skala, masalah } = skalaDariTabel(baris);
  const fatal = masalah.filter((x) => x.jenis !== "celah");
  if (skala === undefined || fatal.length > 0) {
    const pesan = (fatal.length > 0 ? fatal : masalah)
      .map((x) => x.pesan.replace(/\.$/, ""))
      .join("; ");
    return err("value", `Tabel skala tidak dapat dipakai: ${pesan || "tabel tidak terbaca"}.`);
  }
  return skala;
}

/** The settings name a preset by id or carry a user scale already built. */
function skalaBawaan(bawaan: string | Skala | undefined): Skala | Err | undefined {
  if (bawaan === undefined || typeof bawaan === "object") return bawaan;
  return bacaPreset(bawaan);
}

function bacaPreset(x: unknown): Skala | Err {
  const skala = typeof x === "string" ? cariSkalaPreset(x.trim()) : undefined;
  return (
    skala ??
    err(
      "value",
      `Skala "${String(x)}" tidak dikenal. Gunakan ${daftarPilihan(PRESET_SKALA_IDS)}, ` +
        `atau rujuk rentang tabel skala (${BENTUK_TABEL}).`,
    )
  );
}
