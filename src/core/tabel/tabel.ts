/**
 * Recognition of every SAKIP table in a workbook (SAKIP.md sections 2 and 3): one pass down each
 * sheet, a header block where one starts, its body, its columns, its kind, its rows.
 */
import type { Polaritas } from "../capaian";
import type { Area, WorkbookModel } from "../workbook";
import { analisisBaris } from "./baris";
import { cariGeseran, tipeLabel } from "./geser";
import { Grid } from "./grid";
import { tentukanJenis } from "./jenis";
import { bangunBlok, calonJudul, jalurLabel, teksJalur, type BlokJudul, type Label } from "./judul";
import { bacaKode } from "./kode";
import { koreksiUntuk, terapkanKolom } from "./koreksi";
import { lengkapiLintasTabel, type TabelAntara } from "./lintas";
import { PERAN_NAMA } from "./label";
import { tentukanPeran, type KolomPeran } from "./peran";
import { hurufSaja, rapikan } from "./teks";
import type { ColumnRole, Level, RecognizeOptions, RecognizedTable, TableKind } from "./types";
import {
  kapsi,
  pindaiWilayah,
  profilKolom,
  tipeData,
  type Profil,
  type Tipe,
  type Wilayah,
} from "./wilayah";

export function recognize(wb: WorkbookModel, options?: RecognizeOptions): RecognizedTable[] {
  const hasil: TabelAntara[] = [];
  const bawaan: Polaritas = options?.polaritasBawaan ?? "+";
  for (const sheet of wb.sheets) {
    const g = new Grid(sheet);
    let batas = 0;
    let r = 0;
    while (r < g.rows) {
      if (!calonJudul(g, r)) {
        r++;
        continue;
      }
      const blok = bangunBlok(g, r);
      const w = pindaiWilayah(g, blok);
      const t = bangunTabel(g, blok, w, batas, options, bawaan);
      if (t !== undefined) hasil.push(t);
      const akhir = Math.max(w.akhir, blok.r1);
      batas = akhir + 1;
      r = akhir + 1;
    }
  }
  lengkapiLintasTabel(hasil);
  return hasil.map((h) => h.t);
}

function bangunTabel(
  g: Grid,
  blok: BlokJudul,
  w: Wilayah,
  batas: number,
  options: RecognizeOptions | undefined,
  bawaan: Polaritas,
): TabelAntara | undefined {
  const c0 = Math.min(blok.c0, w.c0);
  const c1 = Math.max(blok.c1, w.c1);
  const jalur = susunJalur(g, blok, c0, c1);
  const profil = new Map<number, Profil>();
  for (let c = c0; c <= c1; c++) profil.set(c, profilKolom(g, w.baris, c));
  geserLabel(jalur, profil, blok);
  isiRentang(jalur, profil, c0, c1);

  let kolom = tentukanPeran(g, jalur, w.baris, profil);
  const range: Area = { r0: blok.r0, c0, r1: Math.max(w.akhir, blok.r1), c1 };
  const koreksi = koreksiUntuk(options?.corrections, g.name, range);
  if (koreksi.length > 0) {
    kolom = terapkanKolom(kolom, koreksi, (c) => teksJalur(jalur.get(c) ?? []));
  }
  const title = cariJudulTabel(g, blok.r0, batas);
  let kind: TableKind | undefined;
  let kindReason: string;
  const kr = [...koreksi].reverse().find((k) => k.kind !== undefined)?.kind;
  if (kr === "bukan") return undefined;
  const otomatis = tentukanJenis(kolom, [blok.r0, blok.r1], title, daftarBerkode(g, kolom, w));
  if (kr !== undefined) {
    kind = kr;
    kindReason = `jenis ${kr} ditetapkan oleh koreksi pengguna (pengenalan otomatis: ${otomatis.reason})`;
  } else {
    kind = otomatis.kind;
    kindReason = otomatis.reason;
  }
  if (kind === undefined) return undefined;

  const { rows, totalRows, ragu, lanjutDari } = analisisBaris(g, kolom, w.baris, c0, c1, {
    polaritasBawaan: bawaan,
    petunjukIndikator: petunjukIndikator(kolom),
  });
  const columns: ColumnRole[] = kolom.map((k) => {
    const cr: ColumnRole = {
      role: k.role,
      col: k.col,
      header: k.header,
      reason: k.reason,
      source: k.source,
    };
    if (k.year !== undefined) cr.year = k.year;
    if (k.variant !== undefined) cr.variant = k.variant;
    return cr;
  });
  const t: RecognizedTable = {
    sheet: g.name,
    range,
    kind,
    kindReason,
    headerRows: [blok.r0, blok.r1],
    repeatedHeaderRows: w.ulangan,
    columns,
    rows,
    totalRows,
  };
  if (title !== undefined) t.title = title;
  return { t, ragu, lanjutDari };
}

function susunJalur(g: Grid, blok: BlokJudul, c0: number, c1: number): Map<number, Label[]> {
  const dasar = jalurLabel(g, blok);
  const jalur = new Map<number, Label[]>();
  for (let c = c0; c <= c1; c++) jalur.set(c, dasar.get(c) ?? []);
  return jalur;
}

/** Moves labels that sit one column off from their data (see `geser.ts`). */
function geserLabel(
  jalur: Map<number, Label[]>,
  profil: ReadonlyMap<number, Profil>,
  blok: BlokJudul,
): void {
  const label = new Map<number, Tipe | undefined>();
  const data = new Map<number, Tipe | undefined>();
  for (const [c, j] of jalur) label.set(c, tipeLabel(j));
  for (const [c, p] of profil) data.set(c, tipeData(p));
  const gs = cariGeseran(label, data, blok.c0, blok.c1);
  if (gs === undefined) return;
  const lama = new Map(jalur);
  const akhir = gs.arah === 1 ? blok.c1 + 1 : blok.c1;
  for (let c = gs.mulai; c <= akhir; c++) jalur.set(c, []);
  for (let c = gs.mulai; c <= blok.c1; c++) {
    const j = lama.get(c) ?? [];
    if (jalur.has(c + gs.arah)) jalur.set(c + gs.arah, j);
  }
}

/**
 * A name label over two body columns (`SASARAN` over `1.` and the name): the unlabelled column
 * with data takes the label on its left.
 */
function isiRentang(
  jalur: Map<number, Label[]>,
  profil: ReadonlyMap<number, Profil>,
  c0: number,
  c1: number,
): void {
  for (let c = c0 + 1; c <= c1; c++) {
    const j = jalur.get(c) ?? [];
    const p = profil.get(c);
    if (j.length > 0 || p === undefined || p.n === 0) continue;
    const kiri = jalur.get(c - 1) ?? [];
    const b = kiri[kiri.length - 1]?.bacaan;
    if (b?.role !== undefined && PERAN_NAMA.has(b.role)) jalur.set(c, kiri);
  }
}

/** `Indikator Kinerja (Output / Keluaran)`: the level of rows with no other evidence. */
function petunjukIndikator(kolom: readonly KolomPeran[]): Level | undefined {
  const ind = kolom.find((k) => k.role === "indikator");
  if (ind === undefined) return undefined;
  const t = hurufSaja(ind.header);
  if (/output|keluaran/.test(t)) return "kegiatan";
  if (/outcome|hasil/.test(t)) return "program";
  if (/impact|dampak/.test(t)) return "sasaran";
  return undefined;
}

/**
 * The caption above the header: from a `Tabel ...`/`Lampiran ...` line down to the header, or the
 * single short line just above it.
 */
function cariJudulTabel(g: Grid, r0: number, batas: number): string | undefined {
  const baris: string[] = [];
  let kosong = 0;
  for (let r = r0 - 1; r >= Math.max(batas, r0 - 10); r--) {
    const teks: string[] = [];
    const row = g.sheet.cells[r];
    if (row !== undefined) {
      for (let c = 0; c < row.length; c++) if (!g.kosong(r, c)) teks.push(g.teks(r, c));
    }
    if (teks.length === 0) {
      if (++kosong >= 2) break;
      continue;
    }
    kosong = 0;
    const satu = rapikan(teks.join(" "));
    // Prose before the table ends the caption search.
    if (teks.length > 2 || satu.length > 160 || satu.endsWith(":")) break;
    baris.unshift(satu);
    if (kapsi(satu) || /^lampiran\b/i.test(satu)) break;
  }
  const i = baris.findIndex((t) => kapsi(t) || /^lampiran\b/i.test(t));
  if (i >= 0) return baris.slice(i).join(" ");
  return baris.length > 0 ? baris.join(" ") : undefined;
}

/** Most codes in the number column have three segments or more (`2.17.01`, `2.3.01.03.`). */
function daftarBerkode(g: Grid, kolom: readonly KolomPeran[], w: Wilayah): boolean {
  const k = kolom.find((x) => x.role === "kode" || x.role === "no");
  if (k === undefined) return false;
  let isi = 0;
  let kode = 0;
  for (const r of w.baris) {
    const t = g.teks(r, k.col);
    if (t === "") continue;
    isi++;
    const b = bacaKode(t);
    if (b !== undefined && b.seg.length >= 3) kode++;
  }
  return isi > 0 && kode / isi >= 0.6;
}
