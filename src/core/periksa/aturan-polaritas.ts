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

export function tampakNegatif(nama: string): boolean {
  const k = kataKata(nama);
  return NEGATIF.test(k) && !PENANGANAN.test(k);
}

/** Direction of the Renstra targets over the years: falling, rising, or neither. */
function arahRenstra(ktx: Konteks, ind: Indikator): "turun" | "naik" | undefined {
  const perTahun = new Map<number, number>();
  for (const km of ind.kemunculan) {
    if (ktx.kaskade.tabel[km.tabel].tabel.kind !== "renstra") continue;
    for (const v of km.target) {
      const x = angkaDari(v.nilai);
      if (v.tahun === undefined || x === undefined || perTahun.has(v.tahun)) continue;
      perTahun.set(v.tahun, x);
    }
  }
  if (perTahun.size < 3) return undefined;
  const nilai = [...perTahun.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  let turun = true;
  let naik = true;
  for (let i = 1; i < nilai.length; i++) {
    if (nilai[i] > nilai[i - 1]) turun = false;
    if (nilai[i] < nilai[i - 1]) naik = false;
  }
  const awal = nilai[0];
  const akhir = nilai[nilai.length - 1];
  if (turun && akhir < awal) return "turun";
  if (naik && akhir > awal) return "naik";
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
