/**
 * Cross-table rules: the same indicator and year with another target or realisasi, the same
 * program/kegiatan/sub kegiatan with another pagu. The finding is on the later occurrence, the
 * related cell the first comparable one. Values of a PK Perubahan are compared like with like
 * (Sebelum with earlier tables, Sesudah with later ones): see `Era`.
 */
import type { Era, Kaskade, Kemunculan, NilaiTercatat } from "../kaskade/types";
import type { Nilai } from "../nilai";
import type { KolomBaca } from "./baca";
import type { RuleId } from "./types";
import { cetakDari, samaCetak, selBaris, selMentah, type Cetak, type Konteks } from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

/** Pending texts that say the value is not out yet: printed instead of a value, so comparable. */
const STATUS = /menunggu|belum|rilis/i;

function status(n: Nilai): string | undefined {
  if (n.kind !== "pending") return undefined;
  const raw = n.raw.trim();
  return STATUS.test(raw) ? raw : undefined;
}

/** Values that take part: numbers, percentages, grades, and printed statuses. */
function terbanding(n: Nilai): boolean {
  return (
    n.kind === "number" || n.kind === "percent" || n.kind === "grade" || status(n) !== undefined
  );
}

function cocokEra(a: Era, b: Era): boolean {
  return a === "any" || b === "any" || a === b;
}

function cetak(ktx: Konteks, v: NilaiTercatat): Cetak | undefined {
  const tb = ktx.kaskade.tabel[v.tabel];
  return cetakDari(v.nilai, selMentah(ktx, tb, tb.tabel.rows[v.baris].row, v.kolom.peran.col));
}

function sama(ktx: Konteks, a: NilaiTercatat, b: NilaiTercatat, uang: boolean): boolean {
  const na = a.nilai;
  const nb = b.nilai;
  const sa = status(na);
  const sb = status(nb);
  if (sa !== undefined || sb !== undefined) return sa !== undefined && sb !== undefined;
  if (na.kind === "grade" || nb.kind === "grade") {
    return na.kind === "grade" && nb.kind === "grade" && na.grade === nb.grade;
  }
  if (
    (na.kind === "number" || na.kind === "percent") &&
    (nb.kind === "number" || nb.kind === "percent")
  ) {
    // Most pairs agree exactly: only a difference needs the printed decimals.
    if (na.value === nb.value) return true;
    if (uang) return Math.abs(na.value - nb.value) <= ktx.pengaturan.toleransi.rupiah;
  }
  const ca = cetak(ktx, a);
  const cb = cetak(ktx, b);
  if (ca === undefined || cb === undefined) return true;
  return samaCetak(ca, cb, ktx.pengaturan.toleransi.relatif);
}

function lebihAwal(a: NilaiTercatat, b: NilaiTercatat): boolean {
  return a.tabel < b.tabel || (a.tabel === b.tabel && a.baris < b.baris);
}

const ERA: readonly Era[] = ["any", "pre", "post"];

/**
 * One year's values in workbook order: each is compared with the first earlier comparable
 * value of another table. Per era the first two values of different tables are kept, so the
 * scan stays linear however many tables share an indicator.
 */
function bandingkan(
  ktx: Konteks,
  urut: readonly NilaiTercatat[],
  uang: boolean,
  lapor: (awal: NilaiTercatat, kemudian: NilaiTercatat) => void,
): void {
  const pertama: NilaiTercatat[][] = [[], [], []];
  for (const v of urut) {
    let acuan: NilaiTercatat | undefined;
    for (let e = 0; e < 3; e++) {
      if (!cocokEra(ERA[e], v.era)) continue;
      const c = pertama[e].find((x) => x.tabel !== v.tabel);
      if (c !== undefined && (acuan === undefined || lebihAwal(c, acuan))) acuan = c;
    }
    if (acuan !== undefined && !sama(ktx, acuan, v, uang)) lapor(acuan, v);
    const daftar = pertama[ERA.indexOf(v.era)];
    if (daftar.length === 0 || (daftar.length === 1 && daftar[0].tabel !== v.tabel)) daftar.push(v);
  }
}

/** The comparable values of some rows, sorted by year, then workbook order. */
function kumpulkan(
  k: Kaskade,
  kemunculan: readonly Kemunculan[],
  kolomDari: (
    tb: number,
    baris: number,
    tambah: (kolom: KolomBaca, tahun: number | undefined) => void,
  ) => void,
): NilaiTercatat[] {
  const hasil: NilaiTercatat[] = [];
  for (const km of kemunculan) {
    const era = k.eraKolom[km.tabel];
    const tb = k.tabel[km.tabel];
    kolomDari(km.tabel, km.baris, (kolom, tahun) => {
      const nilai = kolom.nilai[km.baris];
      if (!terbanding(nilai)) return;
      const v: NilaiTercatat = {
        tabel: km.tabel,
        baris: km.baris,
        kolom,
        era: era[tb.kolom.indexOf(kolom)],
        nilai,
      };
      if (tahun !== undefined) v.tahun = tahun;
      hasil.push(v);
    });
  }
  hasil.sort((a, b) => (a.tahun ?? -1) - (b.tahun ?? -1) || a.tabel - b.tabel || a.baris - b.baris);
  return hasil;
}

/** Runs `bandingkan` over each year of sorted values. */
function perTahun(
  ktx: Konteks,
  nilai: readonly NilaiTercatat[],
  uang: boolean,
  lapor: (awal: NilaiTercatat, kemudian: NilaiTercatat) => void,
): void {
  let awal = 0;
  for (let i = 1; i <= nilai.length; i++) {
    if (i === nilai.length || nilai[i].tahun !== nilai[awal].tahun) {
      if (i - awal >= 2) bandingkan(ktx, nilai.slice(awal, i), uang, lapor);
      awal = i;
    }
  }
}

function teks(v: NilaiTercatat, ktx: Konteks, id: boolean): string {
  const s = status(v.nilai);
  if (s !== undefined) return `"${s}"`;
  if (v.nilai.kind === "grade") return v.nilai.grade;
  const n = cetak(ktx, v)?.nilai ?? NaN;
  return id ? angkaId(n) : angkaEn(n);
}

function nilaiLapor(v: NilaiTercatat, ktx: Konteks): string | number {
  const s = status(v.nilai);
  if (s !== undefined) return s;
  if (v.nilai.kind === "grade") return v.nilai.grade;
  return cetak(ktx, v)?.nilai ?? NaN;
}

function temuan(
  ktx: Konteks,
  rule: RuleId,
  awal: NilaiTercatat,
  kemudian: NilaiTercatat,
  judul: [string, string],
): TemuanBaru {
  const tbA = ktx.kaskade.tabel[awal.tabel];
  const tbK = ktx.kaskade.tabel[kemudian.tabel];
  const tahun = kemudian.tahun;
  const tId = tahun === undefined ? "" : ` tahun ${tahun}`;
  const tEn = tahun === undefined ? "" : ` for ${tahun}`;
  const rel = selBaris(tbA, awal.kolom, awal.baris);
  return {
    rule,
    ...selBaris(tbK, kemudian.kolom, kemudian.baris),
    message:
      `${judul[0]}${tId} tercetak ${teks(kemudian, ktx, true)}, sedangkan di ${rel.sheet}!${rel.cell} ` +
      `tercetak ${teks(awal, ktx, true)}.`,
    messageEn:
      `${judul[1]}${tEn} is ${teks(kemudian, ktx, false)} here but ${teks(awal, ktx, false)} at ` +
      `${rel.sheet}!${rel.cell}.`,
    expected: nilaiLapor(awal, ktx),
    actual: nilaiLapor(kemudian, ktx),
    related: rel,
  };
}

/** `target-mismatch` and `realisasi-mismatch` over the linked indicators. */
export function aturanIndikatorSilang(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const k = ktx.kaskade;
  for (const ind of k.indikator) {
    if (ind.kemunculan.length < 2) continue;
    for (const peran of ["target", "realisasi"] as const) {
      const nilai = kumpulkan(k, ind.kemunculan, (t, _b, tambah) => {
        for (const p of k.tabel[t].pasangan) {
          const kolom = p[peran];
          if (kolom !== undefined) tambah(kolom, p.tahun);
        }
      });
      if (nilai.length < 2) continue;
      const rule: RuleId = peran === "target" ? "target-mismatch" : "realisasi-mismatch";
      const judul: [string, string] =
        peran === "target"
          ? [`Target indikator "${ind.nama}"`, `The target of indicator "${ind.nama}"`]
          : [`Realisasi indikator "${ind.nama}"`, `The realisasi of indicator "${ind.nama}"`];
      perTahun(ktx, nilai, false, (a, b) => hasil.push(temuan(ktx, rule, a, b, judul)));
    }
  }
  return hasil;
}

/** `pagu-mismatch` over programs, kegiatan and sub kegiatan (and rows of unknown level). */
export function aturanPaguSilang(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const k = ktx.kaskade;
  for (const e of k.entitas) {
    if (e.level === "tujuan" || e.level === "sasaran") continue;
    if (e.kemunculan.length < 2) continue;
    const nilai = kumpulkan(k, e.kemunculan, (t, _b, tambah) => {
      const tb = k.tabel[t];
      for (const kolom of tb.kolom) {
        if (kolom.peran.role === "pagu") tambah(kolom, kolom.peran.year ?? tb.tahunTabel);
      }
    });
    if (nilai.length < 2) continue;
    const nama = e.nama ?? e.kode ?? "";
    const judul: [string, string] = [`Pagu "${nama}"`, `The pagu of "${nama}"`];
    perTahun(ktx, nilai, true, (a, b) => hasil.push(temuan(ktx, "pagu-mismatch", a, b, judul)));
  }
  return hasil;
}
