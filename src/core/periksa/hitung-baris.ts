/**
 * The values the engine computes for one data row: capaian of each year pair, kategori, serapan,
 * sisa and efisiensi, from the readings of `bacaTabel`.
 */
import { kemajuanRenstra } from "../agregat";
import { hitungSerapan, hitungSisa, hitungPersenSisa } from "../anggaran";
import { hitungCapaian, type Polaritas } from "../capaian";
import { hitungEfisiensi } from "../efisiensi";
import { kategori, skalaPreset, type Skala } from "../kategori";
import { angkaDari, type Nilai } from "../nilai";
import type { Pengaturan } from "../pengaturan";
import { err, type Result } from "../result";
import type { KolomBaca, PasanganTahun, TabelBaca } from "./baca";

export function skalaDari(pengaturan: Pengaturan): Skala {
  return typeof pengaturan.skala === "string" ? skalaPreset(pengaturan.skala) : pengaturan.skala;
}

export function nilaiDi(kolom: KolomBaca | undefined, i: number): Nilai | undefined {
  return kolom === undefined ? undefined : kolom.nilai[i];
}

/** Capaian of one year pair of a row; undefined when the pair has no target or realisasi column. */
export function capaianPasangan(
  p: PasanganTahun,
  i: number,
  polaritas: Polaritas,
  pengaturan: Pengaturan,
): Result<number> | undefined {
  const t = nilaiDi(p.target, i);
  const r = nilaiDi(p.realisasi, i);
  if (t === undefined || r === undefined) return undefined;
  return hitungCapaian(t, r, { polaritas, metode: pengaturan.metodeNegatif });
}

/** Renstra progress of a row: realisasi / target akhir x 100 (plain ratio, SAKIP.md section 5). */
export function capaianKemajuan(tb: TabelBaca, i: number): Result<number> | undefined {
  const k = tb.kemajuan;
  if (k === undefined || k.realisasi === undefined || k.targetAkhir === undefined) return undefined;
  const r = k.realisasi.nilai[i];
  const t = k.targetAkhir.nilai[i];
  const rAngka = angkaDari(r);
  const tAngka = angkaDari(t);
  if (rAngka === undefined || tAngka === undefined) {
    const kurang = rAngka === undefined ? r : t;
    return err(
      kurang.kind === "pending" ? "na" : "value",
      "Realisasi atau target akhir bukan angka.",
    );
  }
  return kemajuanRenstra(rAngka, tAngka);
}

export interface HasilBaris {
  target?: Nilai;
  realisasi?: Nilai;
  capaian?: Result<number>;
  kategori?: Result<string>;
  pagu?: Nilai;
  realisasiAnggaran?: Nilai;
  serapan?: Result<number>;
  sisa?: Result<number>;
  persenSisa?: Result<number>;
  efisiensi?: Result<number>;
}

/** Everything the report shows for a row, for the report year. */
export function hitungBaris(
  tb: TabelBaca,
  i: number,
  polaritas: Polaritas,
  pengaturan: Pengaturan,
  skala: Skala,
): HasilBaris {
  const h: HasilBaris = {};
  const u = tb.utama;
  // The end target is not the report year's: a Renstra progress row shows none.
  const target = nilaiDi(u?.target, i);
  const realisasi = nilaiDi(u?.realisasi, i);
  if (target !== undefined) h.target = target;
  if (realisasi !== undefined) h.realisasi = realisasi;
  // The report year's capaian only: a Renstra progress (realisasi / target akhir) is another
  // figure, checked against its own column but not reported, nor given a kategori, as capaian.
  const capaian = u ? capaianPasangan(u, i, polaritas, pengaturan) : undefined;
  if (capaian !== undefined) {
    h.capaian = capaian;
    if (capaian.ok) h.kategori = kategori(capaian.value, skala);
  }
  const a = tb.anggaran;
  const pagu = nilaiDi(a.pagu, i);
  const ra = nilaiDi(a.realisasi, i);
  if (pagu !== undefined) h.pagu = pagu;
  if (ra !== undefined) h.realisasiAnggaran = ra;
  if (pagu !== undefined && ra !== undefined) {
    h.serapan = hitungSerapan(pagu, ra);
    h.sisa = hitungSisa(pagu, ra);
    h.persenSisa = hitungPersenSisa(pagu, ra);
  }
  if (h.capaian?.ok && h.serapan?.ok) {
    h.efisiensi = hitungEfisiensi(h.capaian.value, h.serapan.value, pengaturan.metodeEfisiensi);
  }
  return h;
}
