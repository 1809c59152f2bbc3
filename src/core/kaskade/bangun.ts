/**
 * Builds the cascade of a workbook from its read tables: entities by code (else by name at the
 * same level), parents from the recognised rows and from code prefixes, indicators linked by
 * normalised name (split where one table uses a text for two entities or two levels), and the
 * effective polarity of every row. A row without indicator text is linked to no indicator: a
 * table that prints only a sasaran or program name does not say which of its indicators it means.
 * Everything is grouped through maps: no comparison of all rows with all.
 */
import { bacaArah, type Polaritas } from "../capaian";
import type { Level } from "../tabel/types";
import { selDi, selTertutup, teksSel, type KolomBaca, type TabelBaca } from "../periksa/baca";
import { kunciKode, kunciNama, segmenKode, SEGMEN_KODE_MIN } from "./normal";
import type { Entitas, Era, Indikator, Kaskade } from "./types";

const POLA_PERUBAHAN = /perubahan|\bdppa\b|\bapbd[\s-]*p\b|\bp[\s-]*apbd\b/i;

/** Index of the first table that marks the PK Perubahan (Sesudah columns or its title). */
function awalPerubahan(tabel: readonly TabelBaca[]): number | undefined {
  for (const tb of tabel) {
    if (tb.kolom.some((k) => k.peran.variant === "sesudah")) return tb.indeks;
    if (tb.tabel.title !== undefined && POLA_PERUBAHAN.test(tb.tabel.title)) return tb.indeks;
  }
  return undefined;
}

function eraKolom(tb: TabelBaca, k: KolomBaca, perubahan: number | undefined): Era {
  if (k.peran.variant === "sebelum") return "pre";
  if (k.peran.variant === "sesudah") return "post";
  if (tb.tabel.kind === "renstra" || tb.tabel.kind === "iku" || perubahan === undefined)
    return "any";
  return tb.indeks >= perubahan ? "post" : "pre";
}

interface Pendaftar {
  perKode: Map<string, Entitas>;
  perNama: Map<string, Entitas | null>;
  semua: Entitas[];
}

function kunciNamaEntitas(level: Level | undefined, nama: string): string {
  return `${level ?? ""}|${kunciNama(nama)}`;
}

function daftarkan(d: Pendaftar, e: Entitas): void {
  d.semua.push(e);
  if (e.kode !== undefined && !d.perKode.has(e.kode)) d.perKode.set(e.kode, e);
  if (e.nama !== undefined) {
    const k = kunciNamaEntitas(e.level, e.nama);
    const ada = d.perNama.get(k);
    // Two coded entities with one name: the name no longer identifies either.
    if (ada === undefined) d.perNama.set(k, e);
    else if (ada !== null && ada !== e && ada.kode !== e.kode) d.perNama.set(k, null);
  }
}

function banyakSegmen(kode: string): number {
  let n = 1;
  for (let i = 0; i < kode.length; i++) if (kode.charCodeAt(i) === 46) n++;
  return n;
}

/** Full code: relative codes (`2.01` under program `2.17.01`) are completed from the parent. */
function kodePenuh(
  kode: string | undefined,
  induk: string | undefined,
  levelInduk: Level | undefined,
) {
  if (kode === undefined) return undefined;
  const k = kunciKode(kode);
  if (k === undefined) return undefined;
  if (induk === undefined || (levelInduk !== "program" && levelInduk !== "kegiatan")) return k;
  if (k.startsWith(`${induk}.`)) return k;
  const seg = segmenKode(kode);
  if (seg !== undefined && seg.length <= 2 && banyakSegmen(induk) >= SEGMEN_KODE_MIN) {
    return `${induk}.${k}`;
  }
  return k;
}

function bangunEntitas(tabel: readonly TabelBaca[]) {
  const d: Pendaftar = { perKode: new Map(), perNama: new Map(), semua: [] };
  const entitasBaris: (Entitas | undefined)[][] = [];
  const kodeBaris: (string | undefined)[][] = [];
  const indukBaris: (Entitas | undefined)[][] = [];
  for (const tb of tabel) {
    const rows = tb.tabel.rows;
    const indeksBaris = new Map<number, number>();
    rows.forEach((r, i) => indeksBaris.set(r.row, i));
    const eb: (Entitas | undefined)[] = new Array(rows.length);
    const kb: (string | undefined)[] = new Array(rows.length);
    const ib: (Entitas | undefined)[] = new Array(rows.length);
    let terakhir: number | undefined;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r.continuation && terakhir !== undefined) {
        eb[i] = eb[terakhir];
        kb[i] = kb[terakhir];
        ib[i] = ib[terakhir];
        continue;
      }
      terakhir = i;
      const pi = r.parentRow === undefined ? undefined : indeksBaris.get(r.parentRow);
      const induk = pi === undefined ? undefined : eb[pi];
      const kode = kodePenuh(r.kode, pi === undefined ? undefined : kb[pi], rows[pi ?? -1]?.level);
      kb[i] = kode;
      ib[i] = induk;
      const kodeEntitas =
        kode !== undefined && banyakSegmen(kode) >= SEGMEN_KODE_MIN ? kode : undefined;
      const nama = r.nama?.trim() || undefined;
      let e: Entitas | undefined;
      if (kodeEntitas !== undefined) e = d.perKode.get(kodeEntitas);
      if (e === undefined && nama !== undefined) {
        const lain = d.perNama.get(kunciNamaEntitas(r.level, nama));
        if (lain && (lain.kode === undefined || kodeEntitas === undefined)) e = lain;
        if (e !== undefined && e.kode === undefined && kodeEntitas !== undefined) {
          e.kode = kodeEntitas;
          d.perKode.set(kodeEntitas, e);
        }
      }
      if (e === undefined && (nama !== undefined || kodeEntitas !== undefined)) {
        e = {
          kunci: kodeEntitas ?? kunciNamaEntitas(r.level, nama ?? ""),
          anak: [],
          kemunculan: [],
          indikator: [],
        };
        if (r.level !== undefined) e.level = r.level;
        if (nama !== undefined) e.nama = nama;
        if (kodeEntitas !== undefined) e.kode = kodeEntitas;
        daftarkan(d, e);
      }
      eb[i] = e;
      if (e === undefined) continue;
      if (e.induk === undefined && induk !== undefined && induk !== e) {
        e.induk = induk;
        induk.anak.push(e);
      }
      e.kemunculan.push({ tabel: tb.indeks, baris: i });
    }
    entitasBaris.push(eb);
    kodeBaris.push(kb);
    indukBaris.push(ib);
  }
  // Parents by code prefix, for entities no row placed under a parent.
  for (const e of d.semua) {
    if (e.induk !== undefined || e.kode === undefined) continue;
    const seg = e.kode.split(".");
    for (let n = seg.length - 1; n >= 1; n--) {
      const p = d.perKode.get(seg.slice(0, n).join("."));
      if (p !== undefined && p !== e) {
        e.induk = p;
        p.anak.push(e);
        break;
      }
    }
  }
  return { entitas: d.semua, entitasBaris, kodeBaris };
}

interface Calon {
  tabel: number;
  baris: number;
  level?: Level;
  entitas?: Entitas;
  nama: string;
}

function kelompokkan<T>(daftar: readonly T[], kunci: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of daftar) {
    const k = kunci(x);
    const g = m.get(k);
    if (g === undefined) m.set(k, [x]);
    else g.push(x);
  }
  return m;
}

/**
 * Splits a group of rows with one indicator text by level: the same words under a tujuan and
 * under a sasaran are two indicators. Two programs printing the same text at one level share it
 * (the cross-table rules then compare their targets).
 */
function pecah(calon: Calon[]): Calon[][] {
  let level: Level | undefined;
  let dua = false;
  for (const c of calon) {
    if (c.level === undefined) continue;
    if (level === undefined) level = c.level;
    else if (c.level !== level) dua = true;
  }
  return dua ? [...kelompokkan(calon, (c) => c.level ?? "").values()] : [calon];
}

function polaritasTegas(
  tb: TabelBaca,
  tutup: ReadonlySet<number>,
  i: number,
): Polaritas | undefined {
  if (!tb.adaArah) return undefined;
  for (const k of tb.kolom) {
    if (k.peran.role !== "arah") continue;
    const p = bacaArah(teksSel(selDi(tb.sheet, tutup, tb.tabel.rows[i].row, k.peran.col)));
    if (p !== undefined) return p;
  }
  return undefined;
}

/** The cascade of a workbook; `tabel` in workbook order with `indeks` equal to the position. */
export function bangunKaskade(tabel: readonly TabelBaca[]): Kaskade {
  const perubahan = awalPerubahan(tabel);
  const eraPerTabel = tabel.map((tb) => tb.kolom.map((k) => eraKolom(tb, k, perubahan)));
  const { entitas, entitasBaris, kodeBaris } = bangunEntitas(tabel);

  const calon: Calon[] = [];
  for (const tb of tabel) {
    tb.tabel.rows.forEach((r, i) => {
      const nama = r.indikator?.trim();
      if (!nama) return;
      const c: Calon = { tabel: tb.indeks, baris: i, nama };
      if (r.level !== undefined) c.level = r.level;
      const e = entitasBaris[tb.indeks][i];
      if (e !== undefined) c.entitas = e;
      calon.push(c);
    });
  }
  const indikator: Indikator[] = [];
  const indikatorBaris: (Indikator | undefined)[][] = tabel.map(
    (tb) => new Array(tb.tabel.rows.length),
  );
  const tambah = (ind: Indikator, t: number, b: number) => {
    ind.kemunculan.push({ tabel: t, baris: b });
    indikatorBaris[t][b] = ind;
  };
  for (const [kunci, g] of kelompokkan(calon, (c) => kunciNama(c.nama))) {
    for (const bagian of pecah(g)) {
      const pertama = bagian[0];
      const ind: Indikator = { kunci, nama: pertama.nama, kemunculan: [] };
      const level = bagian.find((c) => c.level !== undefined)?.level;
      if (level !== undefined) ind.level = level;
      const e = bagian.find((c) => c.entitas !== undefined)?.entitas;
      if (e !== undefined) {
        ind.entitas = e;
        e.indikator.push(ind);
      }
      for (const c of bagian) tambah(ind, c.tabel, c.baris);
      indikator.push(ind);
    }
  }

  // Polarity: a row's own arah cell, else what an arah column says for the same indicator
  // elsewhere, else the recognised (default) polarity.
  const tutupPerLembar = new Map<string, Set<number>>();
  // Only tables with an arah column say a polarity of their own.
  const tegas: ((Polaritas | undefined)[] | undefined)[] = tabel.map((tb) => {
    if (!tb.adaArah) return undefined;
    let tutup = tutupPerLembar.get(tb.sheet.name);
    if (tutup === undefined) {
      tutup = selTertutup(tb.sheet);
      tutupPerLembar.set(tb.sheet.name, tutup);
    }
    const t = tutup;
    return tb.tabel.rows.map((_, i) => polaritasTegas(tb, t, i));
  });
  for (const ind of indikator) {
    for (const km of ind.kemunculan) {
      const p = tegas[km.tabel]?.[km.baris];
      if (p !== undefined) {
        ind.polaritasTegas = p;
        break;
      }
    }
  }
  const polaritas: Polaritas[][] = tabel.map((tb, t) => {
    const sendiri = tegas[t];
    const ib = indikatorBaris[t];
    return tb.tabel.rows.map((r, i) => sendiri?.[i] ?? ib[i]?.polaritasTegas ?? r.polaritas);
  });

  return {
    tabel: [...tabel],
    entitas,
    indikator,
    entitasBaris,
    indikatorBaris,
    kodeBaris,
    polaritas,
    eraKolom: eraPerTabel,
  };
}
