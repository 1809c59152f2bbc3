/**
 * `polarity-suspect`: an indicator that reads lower-is-better (its wording, or Renstra targets
 * falling year after year) computed with the + formula, or a - indicator whose Renstra targets
 * rise. One finding per indicator, on its first row computed with the suspect polarity (the
 * Renstra row, whose falling targets show the direction, comes first in a report).
 */
import type { Polaritas } from "../capaian";
import type { Indikator } from "../kaskade/types";
import { kataKata } from "../kaskade/normal";
import { angkaDari } from "../nilai";
import { selIndikator, type Konteks } from "./konteks";
import type { TemuanBaru } from "./temuan";

/** Words of quantities where less is better. */
const NEGATIF = new RegExp(
  " (?:" +
    [
      "fluktuasi",
      "angka kemiskinan",
      "kemiskinan",
      "penduduk miskin",
      "pengangguran",
      "kasus",
      "inflasi",
      "waktu penyelesaian",
      "lama penyelesaian",
      "pengaduan",
      "keluhan",
      "menurunnya",
      "menurun",
      "kematian",
      "stunting",
      "gizi buruk",
      "prevalensi",
      "kecelakaan",
      "pelanggaran",
      "tunggakan",
      "kerugian",
      "kriminalitas",
      "kumuh",
      "putus sekolah",
      "buta aksara",
      "gini",
      "ketimpangan",
      "kesenjangan",
      "genangan",
      "kemacetan",
      "pencemaran",
    ].join("|") +
    ") ",
);

/** Words that turn a negative quantity into an achievement (`kasus yang ditangani`). */
const PENANGANAN = new RegExp(
  " (?:" +
    [
      "ditindaklanjuti",
      "tindak lanjut",
      "diselesaikan",
      "terselesaikan",
      "ditangani",
      "tertangani",
      "penanganan",
      "dilayani",
      "terlayani",
      "ditanggulangi",
      "tertanggulangi",
      "penanggulangan",
      "penurunan",
      "pengurangan",
      "berkurangnya",
      "dientaskan",
      "pengentasan",
    ].join("|") +
    ") ",
);

/** A cheap first look: most indicators name none of the negative words. */
const SEKILAS =
  /fluktuasi|miskin|pengangguran|kasus|inflasi|penyelesaian|pengaduan|keluhan|menurun|kematian|stunting|gizi|prevalensi|kecelakaan|pelanggaran|tunggakan|kerugian|kriminal|kumuh|putus|buta|gini|timpang|senjang|genangan|macet|cemar/i;

export function tampakNegatif(nama: string): boolean {
  if (!SEKILAS.test(nama)) return false;
  const k = kataKata(nama);
  return NEGATIF.test(k) && !PENANGANAN.test(k);
}

/** Direction of the Renstra targets over the years: falling, rising, or neither. */
function arahRenstra(ktx: Konteks, ind: Indikator): "turun" | "naik" | undefined {
  for (const km of ind.kemunculan) {
    const tb = ktx.kaskade.tabel[km.tabel];
    if (tb.tabel.kind !== "renstra") continue;
    // Year pairs come sorted by year.
    let banyak = 0;
    let awal = NaN;
    let lalu = NaN;
    let turun = true;
    let naik = true;
    for (const p of tb.pasangan) {
      if (p.tahun === undefined || p.target === undefined) continue;
      const x = angkaDari(p.target.nilai[km.baris]);
      if (x === undefined) continue;
      if (banyak === 0) awal = x;
      else {
        if (x > lalu) turun = false;
        if (x < lalu) naik = false;
      }
      lalu = x;
      banyak++;
    }
    if (banyak < 3) continue;
    if (turun && lalu < awal) return "turun";
    if (naik && lalu > awal) return "naik";
    return undefined;
  }
  return undefined;
}

export function aturanPolaritas(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const ind of ktx.kaskade.indikator) {
    const arah = arahRenstra(ktx, ind);
    let harap: Polaritas | undefined;
    let alasan: [string, string] | undefined;
    if (arah === "turun") {
      harap = "-";
      alasan = [
        "target Renstra-nya menurun dari tahun ke tahun",
        "its Renstra targets fall year after year",
      ];
    } else if (arah === "naik") {
      harap = "+";
      alasan = [
        "target Renstra-nya meningkat dari tahun ke tahun",
        "its Renstra targets rise year after year",
      ];
    } else if (tampakNegatif(ind.nama)) {
      harap = "-";
      alasan = [
        "rumusannya menunjukkan makin kecil makin baik",
        "its wording reads lower-is-better",
      ];
    }
    if (harap === undefined || alasan === undefined) continue;
    const salah = ind.kemunculan.filter(
      (km) => ktx.kaskade.polaritas[km.tabel][km.baris] !== harap,
    );
    if (salah.length === 0) continue;
    const km = salah[0];
    const dipakai = harap === "-" ? "+" : "-";
    const tb = ktx.kaskade.tabel[km.tabel];
    hasil.push({
      rule: "polarity-suspect",
      ...selIndikator(ktx, tb, km.baris),
      message:
        `Indikator "${ind.nama}" dihitung dengan polaritas ${dipakai}, padahal ${alasan[0]} ` +
        `(polaritas ${harap}). Periksa arah indikator dan rumus capaiannya.`,
      messageEn:
        `Indicator "${ind.nama}" is computed with polarity ${dipakai}, but ${alasan[1]} ` +
        `(polarity ${harap}). Check the indicator's direction and capaian formula.`,
    });
  }
  return hasil;
}
