/**
 * The values of a row of the cascade, read on demand from its table: per year for targets,
 * realisasi and capaian, per column for budgets, each with its era.
 */
import type { Pengaturan } from "../pengaturan";
import { capaianKemajuan, capaianPasangan } from "../periksa/hitung-baris";
import type { CapaianTahun, Kaskade, Kemunculan, NilaiTercatat } from "./types";

/** Target or realisasi of each year pair of the row's table. */
export function nilaiKinerja(
  k: Kaskade,
  km: Kemunculan,
  peran: "target" | "realisasi",
): NilaiTercatat[] {
  const tb = k.tabel[km.tabel];
  const era = k.eraKolom[km.tabel];
  const hasil: NilaiTercatat[] = [];
  for (const p of tb.pasangan) {
    const kolom = p[peran];
    if (kolom === undefined) continue;
    const v: NilaiTercatat = {
      tabel: km.tabel,
      baris: km.baris,
      kolom,
      era: era[tb.kolom.indexOf(kolom)],
      nilai: kolom.nilai[km.baris],
    };
    if (p.tahun !== undefined) v.tahun = p.tahun;
    hasil.push(v);
  }
  return hasil;
}

/** Pagu or realisasi anggaran of every such column of the row's table (Sebelum and Sesudah apart). */
export function nilaiAnggaran(
  k: Kaskade,
  km: Kemunculan,
  peran: "pagu" | "realisasi_anggaran",
): NilaiTercatat[] {
  const tb = k.tabel[km.tabel];
  const era = k.eraKolom[km.tabel];
  const hasil: NilaiTercatat[] = [];
  tb.kolom.forEach((kolom, ki) => {
    if (kolom.peran.role !== peran) return;
    const v: NilaiTercatat = {
      tabel: km.tabel,
      baris: km.baris,
      kolom,
      era: era[ki],
      nilai: kolom.nilai[km.baris],
    };
    const tahun = kolom.peran.year ?? tb.tahunTabel;
    if (tahun !== undefined) v.tahun = tahun;
    hasil.push(v);
  });
  return hasil;
}

/** Capaian of each year pair (and the Renstra progress) with the row's effective polarity. */
export function capaianKemunculan(
  k: Kaskade,
  km: Kemunculan,
  pengaturan: Pengaturan,
): CapaianTahun[] {
  const tb = k.tabel[km.tabel];
  const pol = k.polaritas[km.tabel][km.baris];
  const hasil: CapaianTahun[] = [];
  for (const p of tb.pasangan) {
    const c = capaianPasangan(p, km.baris, pol, pengaturan);
    if (c === undefined) continue;
    hasil.push(p.tahun === undefined ? { capaian: c } : { tahun: p.tahun, capaian: c });
  }
  if (tb.kemajuan !== undefined) {
    const c = capaianKemajuan(tb, km.baris);
    if (c !== undefined) hasil.push({ capaian: c });
  }
  return hasil;
}
