/**
 * Cross-table rules: the same indicator and year with another target or realisasi, the same
 * program/kegiatan/sub kegiatan with another pagu. The finding is on the later occurrence, the
 * related cell the first comparable one. Values of a PK Perubahan are compared like with like
 * (Sebelum with earlier tables, Sesudah with later ones): see `Era`.
 */
import type { Era, NilaiTercatat } from "../kaskade/types";
import type { RuleId } from "./types";
import { cetakDari, samaCetak, selBaris, selMentah, type Cetak, type Konteks } from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

interface Nilai1 {
  v: NilaiTercatat;
  cetak?: Cetak;
  huruf?: string;
  /** A printed status instead of a value (`Menunggu Rilis PDRB oleh BPS 2024`). */
  status?: string;
}

/** Pending texts that say the value is not out yet: printed instead of a value, so comparable. */
const STATUS = /menunggu|belum|rilis/i;

function cocokEra(a: Era, b: Era): boolean {
  return a === "any" || b === "any" || a === b;
}

function sama(ktx: Konteks, a: Nilai1, b: Nilai1, uang: boolean): boolean {
  if (a.status !== undefined || b.status !== undefined) {
    return a.status !== undefined && b.status !== undefined;
  }
  if (a.huruf !== undefined || b.huruf !== undefined) return a.huruf === b.huruf;
  if (a.cetak === undefined || b.cetak === undefined) return true;
  if (uang) {
    return Math.abs(a.cetak.nilai - b.cetak.nilai) <= ktx.pengaturan.toleransi.rupiah;
  }
  return samaCetak(a.cetak, b.cetak, ktx.pengaturan.toleransi.relatif);
}

function baca(ktx: Konteks, v: NilaiTercatat): Nilai1 | undefined {
  if (v.nilai.kind === "grade") return { v, huruf: v.nilai.grade };
  if (v.nilai.kind === "pending") {
    const raw = v.nilai.raw.trim();
    return STATUS.test(raw) ? { v, status: raw } : undefined;
  }
  const tb = ktx.kaskade.tabel[v.tabel];
  const cell = selMentah(ktx, tb, tb.tabel.rows[v.baris].row, v.kolom.peran.col);
  const cetak = cetakDari(v.nilai, cell);
  return cetak === undefined ? undefined : { v, cetak };
}

/**
 * Picks, for each value, the first earlier comparable value of another table. Keeps per era the
 * first two values of different tables, so that the scan stays linear however many tables share
 * an indicator.
 */
function bandingkan(
  ktx: Konteks,
  nilai: readonly NilaiTercatat[],
  uang: boolean,
  lapor: (awal: Nilai1, kemudian: Nilai1) => void,
): void {
  const urut = [...nilai].sort((a, b) => a.tabel - b.tabel || a.baris - b.baris);
  const pertama = new Map<Era, Nilai1[]>();
  for (const v of urut) {
    const x = baca(ktx, v);
    if (x === undefined) continue;
    let acuan: Nilai1 | undefined;
    for (const [era, daftar] of pertama) {
      if (!cocokEra(era, v.era)) continue;
      for (const c of daftar) {
        if (c.v.tabel === v.tabel) continue;
        if (
          acuan === undefined ||
          c.v.tabel < acuan.v.tabel ||
          (c.v.tabel === acuan.v.tabel && c.v.baris < acuan.v.baris)
        )
          acuan = c;
        break;
      }
    }
    if (acuan !== undefined && !sama(ktx, acuan, x, uang)) lapor(acuan, x);
    const daftar = pertama.get(v.era) ?? [];
    if (daftar.length === 0 || (daftar.length === 1 && daftar[0].v.tabel !== v.tabel))
      daftar.push(x);
    pertama.set(v.era, daftar);
  }
}

function teks(x: Nilai1, id: boolean): string {
  if (x.status !== undefined) return `"${x.status}"`;
  if (x.huruf !== undefined) return x.huruf;
  const n = x.cetak?.nilai ?? NaN;
  return id ? angkaId(n) : angkaEn(n);
}

function nilaiLapor(x: Nilai1): string | number {
  return x.status ?? x.huruf ?? x.cetak?.nilai ?? NaN;
}

function kelompokTahun(nilai: readonly NilaiTercatat[]): NilaiTercatat[][] {
  const m = new Map<string, NilaiTercatat[]>();
  for (const v of nilai) {
    const k = v.tahun === undefined ? "?" : String(v.tahun);
    const g = m.get(k);
    if (g === undefined) m.set(k, [v]);
    else g.push(v);
  }
  return [...m.values()];
}

function temuan(
  ktx: Konteks,
  rule: RuleId,
  awal: Nilai1,
  kemudian: Nilai1,
  judul: [string, string],
): TemuanBaru {
  const tbA = ktx.kaskade.tabel[awal.v.tabel];
  const tbK = ktx.kaskade.tabel[kemudian.v.tabel];
  const tahun = kemudian.v.tahun;
  const tId = tahun === undefined ? "" : ` tahun ${tahun}`;
  const tEn = tahun === undefined ? "" : ` for ${tahun}`;
  const rel = selBaris(tbA, awal.v.kolom, awal.v.baris);
  return {
    rule,
    ...selBaris(tbK, kemudian.v.kolom, kemudian.v.baris),
    message:
      `${judul[0]}${tId} tercetak ${teks(kemudian, true)}, sedangkan di ${rel.sheet}!${rel.cell} ` +
      `tercetak ${teks(awal, true)}.`,
    messageEn:
      `${judul[1]}${tEn} is ${teks(kemudian, false)} here but ${teks(awal, false)} at ` +
      `${rel.sheet}!${rel.cell}.`,
    expected: nilaiLapor(awal),
    actual: nilaiLapor(kemudian),
    related: rel,
  };
}

/** `target-mismatch` and `realisasi-mismatch` over the linked indicators. */
export function aturanIndikatorSilang(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const ind of ktx.kaskade.indikator) {
    if (ind.kemunculan.length < 2) continue;
    for (const peran of ["target", "realisasi"] as const) {
      const semua = ind.kemunculan.flatMap((k) => k[peran]);
      const rule: RuleId = peran === "target" ? "target-mismatch" : "realisasi-mismatch";
      const judul: [string, string] =
        peran === "target"
          ? [`Target indikator "${ind.nama}"`, `The target of indicator "${ind.nama}"`]
          : [`Realisasi indikator "${ind.nama}"`, `The realisasi of indicator "${ind.nama}"`];
      for (const g of kelompokTahun(semua)) {
        bandingkan(ktx, g, false, (a, b) => hasil.push(temuan(ktx, rule, a, b, judul)));
      }
    }
  }
  return hasil;
}

/** `pagu-mismatch` over programs, kegiatan and sub kegiatan (and rows of unknown level). */
export function aturanPaguSilang(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const e of ktx.kaskade.entitas) {
    if (e.level === "tujuan" || e.level === "sasaran") continue;
    if (e.kemunculan.length < 2) continue;
    const nama = e.nama ?? e.kode ?? "";
    const judul: [string, string] = [`Pagu "${nama}"`, `The pagu of "${nama}"`];
    for (const g of kelompokTahun(e.kemunculan.flatMap((k) => k.pagu))) {
      bandingkan(ktx, g, true, (a, b) => hasil.push(temuan(ktx, "pagu-mismatch", a, b, judul)));
    }
  }
  return hasil;
}
