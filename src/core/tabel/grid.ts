/**
 * A read-only view of one sheet for recognition: cell text, a cheap class per cell (computed once,
 * on demand) and merged areas by cell. Nothing here allocates per cell unless asked.
 */
import type { Area, SheetModel } from "../workbook";
import { normalisasiJudul, rapikan, type TeksJudul } from "./teks";

/** What a cell holds, as far as table shape is concerned. */
export enum Kelas {
  Kosong = 0,
  /** A number, a number with a unit (`18 dokumen`, `76,50%`, `Rp 1.234,-`) or a grade (`A`). */
  Angka = 1,
  /** Not known yet: `-`, `NA`, `Menunggu rilis ...`. */
  Tunda = 2,
  /** A code or outline number: `2.17.01`, `1.1`, `1.`, `01`. */
  Kode = 3,
  /** Short text (a label, a unit, a category). */
  Teks = 4,
  /** Long text: a name, an indicator, prose. */
  TeksPanjang = 5,
}

const BELUM = 255;
const KUNCI = 16384;

export class Grid {
  readonly sheet: SheetModel;
  readonly name: string;
  readonly rows: number;
  readonly width: number;
  private readonly kelas: Uint8Array;
  private readonly gabung = new Map<number, Area>();
  private readonly judulMemo = new Map<number, TeksJudul>();

  constructor(sheet: SheetModel) {
    this.sheet = sheet;
    this.name = sheet.name;
    this.rows = sheet.cells.length;
    let w = 0;
    for (const row of sheet.cells) if (row !== undefined && row.length > w) w = row.length;
    for (const m of sheet.merges) if (m.c1 + 1 > w) w = m.c1 + 1;
    this.width = w;
    this.kelas = new Uint8Array(this.rows * w).fill(BELUM);
    for (const m of sheet.merges) {
      // Huge merges (whole blank regions) cannot be a header; skip them rather than fill memory.
      if ((m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) > 20000) continue;
      for (let r = m.r0; r <= m.r1; r++)
        for (let c = m.c0; c <= m.c1; c++) this.gabung.set(r * KUNCI + c, m);
    }
  }

  /** The raw value, or undefined for an empty or missing cell. */
  nilai(r: number, c: number): string | number | boolean | undefined {
    const row = this.sheet.cells[r];
    if (row === undefined) return undefined;
    const cell = row[c];
    if (cell === undefined || cell.v === null) return undefined;
    return cell.v;
  }

  format(r: number, c: number): string | undefined {
    return this.sheet.cells[r]?.[c]?.fmt;
  }

  /** Trimmed text of a cell, whitespace collapsed; numbers as `String(v)`; "" when empty. */
  teks(r: number, c: number): string {
    const v = this.nilai(r, c);
    if (v === undefined) return "";
    if (typeof v === "string") return rapikan(v);
    return String(v);
  }

  kosong(r: number, c: number): boolean {
    const v = this.nilai(r, c);
    return v === undefined || (typeof v === "string" && v.trim() === "");
  }

  /** The merged area a cell belongs to, if any. */
  gabungan(r: number, c: number): Area | undefined {
    return this.gabung.get(r * KUNCI + c);
  }

  /** Text of the cell or of the merged area covering it (its top-left cell). */
  teksTampil(r: number, c: number): string {
    const m = this.gabungan(r, c);
    return m === undefined ? this.teks(r, c) : this.teks(m.r0, m.c0);
  }

  kelasSel(r: number, c: number): Kelas {
    if (r >= this.rows || c >= this.width) return Kelas.Kosong;
    const i = r * this.width + c;
    const k = this.kelas[i];
    if (k !== BELUM) return k as Kelas;
    const h = golongkan(this.nilai(r, c));
    this.kelas[i] = h;
    return h;
  }

  /** Normalised header reading of a cell (memoised). */
  judul(r: number, c: number): TeksJudul {
    const key = r * KUNCI + c;
    const m = this.judulMemo.get(key);
    if (m !== undefined) return m;
    const t = normalisasiJudul(this.teks(r, c));
    this.judulMemo.set(key, t);
    return t;
  }

  /** True when no cell of the row within [c0, c1] has content. */
  barisKosong(r: number, c0: number, c1: number): boolean {
    const row = this.sheet.cells[r];
    if (row === undefined) return true;
    const end = Math.min(c1, row.length - 1);
    for (let c = c0; c <= end; c++) if (!this.kosong(r, c)) return false;
    return true;
  }
}

const RE_KODE = /^\d{1,4}(\s*\.\s*\d{1,4})*\s*\.?$/;
const RE_TUNDA = /^(-+|–|—|n\/?a|na|nihil|tidak ada data|menunggu\b.*|belum\b.*)$/i;
const RE_GRADE = /^(aa|a|bb|b|cc|c|d)$/i;

function golongkan(v: string | number | boolean | undefined): Kelas {
  if (v === undefined) return Kelas.Kosong;
  if (typeof v === "number") return Kelas.Angka;
  if (typeof v === "boolean") return Kelas.Teks;
  const s = v.trim();
  if (s === "") return Kelas.Kosong;
  if (RE_KODE.test(s)) return kodeAtauAngka(s);
  if (RE_TUNDA.test(s)) return Kelas.Tunda;
  if (RE_GRADE.test(s)) return Kelas.Angka;
  if (angkaBerunit(s)) return Kelas.Angka;
  if (s.length > 25) return Kelas.TeksPanjang;
  let spasi = 0;
  for (let i = 1; i < s.length; i++)
    if (s.charCodeAt(i) === 32 && s.charCodeAt(i - 1) !== 32) spasi++;
  return spasi >= 3 ? Kelas.TeksPanjang : Kelas.Teks;
}

/** `2.17.01`, `1.1`, `01` are codes; `12.649.363.995` and `100` are amounts. */
function kodeAtauAngka(s: string): Kelas {
  let seg = 0;
  let len = 0;
  let lenAwal = -1;
  let semuaTiga = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) len++;
    else if (ch === 46) {
      if (len === 0) continue;
      if (seg === 0) lenAwal = len;
      else if (len !== 3) semuaTiga = false;
      seg++;
      len = 0;
    }
  }
  if (len > 0) {
    if (seg === 0) lenAwal = len;
    else if (len !== 3) semuaTiga = false;
    seg++;
  }
  if (seg <= 1) return lenAwal <= 2 ? Kelas.Kode : Kelas.Angka;
  return semuaTiga ? Kelas.Angka : Kelas.Kode;
}

/** `76,50%`, `12.649.363.995`, `18 dokumen`, `Rp. 3.712.800.110,-`, `3 Dok 100 %`. */
function angkaBerunit(s: string): boolean {
  if (s.length > 32) return false;
  const t = s.replace(/^rp\.?\s*/i, "");
  if (!/^[-+(]?\s*\d/.test(t)) return false;
  let huruf = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) huruf++;
  }
  return huruf <= 16;
}
