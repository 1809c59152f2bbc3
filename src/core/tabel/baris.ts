/**
 * The body of a recognised table, row by row: totals and averages, section rows (`TUJUAN :`),
 * headings, text broken across rows, and data rows with their level, code, name, indicator,
 * parent and polarity (SAKIP.md section 2). One pass, in order; nothing looks back further than
 * the entities kept on a stack.
 */
import { bacaArah, type Polaritas } from "../capaian";
import { colLetters } from "../a1";
import type { Grid } from "./grid";
import { bacaKode, gayaKode, induKode, namaTingkat, type Kode, type KonteksKode } from "./kode";
import type { KolomPeran } from "./peran";
import {
  adaNilaiDi,
  kodeBaris,
  namaTerdalam,
  ringkas,
  teksNama,
  teksIndikator,
  type KolomNama,
  type Ringkas,
} from "./kolom-baris";
import { hurufBesar, kataKunci, tentukanTingkat, type Entitas } from "./tingkat";
import { hurufSaja, rapikan as rapikanTeks } from "./teks";
import { LEVELS, type DataRow, type Level, type TotalRow } from "./types";

export interface HasilBaris {
  rows: DataRow[];
  totalRows: TotalRow[];
  /**
   * Indexes into `rows` of levels decided on weak evidence that another table may settle:
   * kegiatan by case or outline in a column that can also hold sub kegiatan (`kegiatan`), and
   * unnumbered sasaran under a numbered tujuan in one Tujuan/Sasaran column (`sasaran`).
   */
  ragu: { i: number; jenis: "kegiatan" | "sasaran" }[];
  /** For a continuation row's index, the index of its entity's row (when that is a row). */
  lanjutDari: Map<number, number>;
}

interface Pra {
  nm: { kol: KolomNama; teks: string } | undefined;
  kodeTeks: string | undefined;
  kode: Kode | undefined;
}

const RE_JUMLAH =
  /^(sub)?(jumlah|total|grandtotal)(total|anggaran|keseluruhan|seluruhnya|semua|akhir|pagu|realisasi)*$/;
const RE_RATA = /^(total)?ratarata(capaian|nilaicapaian|$)/;
const BAGIAN: Readonly<Record<string, Level>> = {
  tujuan: "tujuan",
  tujuanstrategis: "tujuan",
  sasaran: "sasaran",
  sasaranstrategis: "sasaran",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "subkegiatan",
};
const RE_NOMOR_DEPAN = /^(\d{1,3}(?:\.\d{1,3})*\.?)\s+(\S.*)$/;

function peringkat(l: Level): number {
  return LEVELS.indexOf(l);
}

/** Joins a text continued on the next row; rejoins words cut in two (`PERLINDUNG` + `AN`). */
export function sambung(a: string, b: string): string {
  const kiri = a.trimEnd();
  const kanan = b.trimStart();
  if (kiri === "") return kanan;
  const akhir = /([A-Za-z]+)$/.exec(kiri)?.[1] ?? "";
  const awal = /^([A-Za-z]+)/.exec(kanan)?.[1] ?? "";
  const potongBesar =
    hurufBesar(akhir) && hurufBesar(awal) && awal.length <= 3 && akhir.length >= 5;
  const potongKecil =
    /^[a-z]+$/.test(awal) &&
    akhir.length >= 3 &&
    /(nya|an|kan|i)$/.test(awal) &&
    awal.length <= 8 &&
    !SAMBUNG_UTUH.has(awal) &&
    !/[aeiou]$/i.test(akhir);
  return potongBesar || potongKecil ? kiri + kanan : `${kiri} ${kanan}`;
}

const SAMBUNG_UTUH = new Set([
  "dan",
  "dengan",
  "kegiatan",
  "pelayanan",
  "keuangan",
  "bulan",
  "akan",
  "ini",
  "tahunan",
  "yang",
]);

export interface OpsiBaris {
  polaritasBawaan: Polaritas;
  /** Indicator label says `(Output / Keluaran)` etc.: a level hint for rows with no other. */
  petunjukIndikator?: Level;
}

export function analisisBaris(
  g: Grid,
  kolom: readonly KolomPeran[],
  baris: readonly number[],
  c0: number,
  c1: number,
  opsi: OpsiBaris,
): HasilBaris {
  const R = ringkas(kolom, c0, c1);
  const rows: DataRow[] = [];
  const totalRows: TotalRow[] = [];
  const ragu: { i: number; jenis: "kegiatan" | "sasaran" }[] = [];
  const lanjutDari = new Map<number, number>();

  // Numbering style, and whether a Tujuan/Sasaran column really holds two levels: deeper outline
  // numbers, or unnumbered rows with a new name and values of their own under numbered ones.
  // Each row's name and code are read once here and reused below.
  const kodes: Kode[] = [];
  const pra: Pra[] = new Array<Pra>(baris.length);
  let duaTingkat = false;
  let namaSebelum = "";
  for (let i = 0; i < baris.length; i++) {
    const r = baris[i];
    const nm = namaTerdalam(g, r, R);
    const kd = kodeBaris(g, r, R, nm);
    const k = kd?.kode;
    pra[i] = { nm, kodeTeks: kd?.teks, kode: k };
    if (k !== undefined) {
      kodes.push(k);
      if (k.seg.length >= 2) duaTingkat = true;
    }
    if (nm === undefined) continue;
    if (k === undefined && nm.teks !== namaSebelum && adaNilaiDi(g, r, R.nilai)) duaTingkat = true;
    namaSebelum = nm.teks;
  }
  const gaya = gayaKode(kodes);

  const ktx: KonteksKode = {};
  const petaKode = new Map<string, number>();
  const petaUrut = new Map<string, number>();
  const petaNama = new Map<string, Entitas>();
  const tumpukan: Entitas[] = [];
  let bagian: { level: Level; teks: string } | undefined;
  let entitas: Entitas | undefined;
  let barisAkhir: DataRow | undefined;

  const dorong = (e: Entitas): void => {
    if (e.level !== undefined) {
      const p = peringkat(e.level);
      while (tumpukan.length > 0) {
        const t = tumpukan[tumpukan.length - 1];
        if (t.level !== undefined && peringkat(t.level) >= p) tumpukan.pop();
        else break;
      }
    }
    tumpukan.push(e);
  };
  const induUrutan = (l: Level): Entitas | undefined => {
    const p = peringkat(l);
    for (let i = tumpukan.length - 1; i >= 0; i--) {
      const t = tumpukan[i];
      if (t.level !== undefined && peringkat(t.level) < p) return t;
    }
    return undefined;
  };

  for (let i = 0; i < baris.length; i++) {
    const r = baris[i];
    const total = labelTotal(g, r, R);
    if (total !== undefined) {
      totalRows.push({ row: r, label: total.label, jenis: total.jenis });
      continue;
    }
    const adaNilai = adaNilaiDi(g, r, R.nilai);
    const { nm, kodeTeks, kode } = pra[i];
    // Only rows without values or number can be sections, headings or continued text.
    const isi = !adaNilai && kodeTeks === undefined ? isiSel(g, r, c0, c1) : undefined;
    if (isi !== undefined && isi.size === 0) continue;

    if (isi !== undefined && isi.size === 1) {
      const teks = [...isi.values()][0];
      const bg = BAGIAN[hurufSaja(teks)];
      if (bg !== undefined) {
        bagian = { level: bg, teks };
        continue;
      }
      const c = [...isi.keys()][0];
      if (
        kode === undefined &&
        hurufBesar(teks) &&
        kataKunci(teks) === undefined &&
        !R.indikator.includes(c)
      ) {
        // A heading such as `DINAS KOPERASI ...` inside the table: neither data nor total.
        if (R.nama.every((n) => n.k.col !== c) || rows.length === 0) continue;
      }
    }

    // Text broken across rows: only name/indicator/remark text, no number, no values.
    if (
      barisAkhir !== undefined &&
      isi !== undefined &&
      (R.adaKolomNilai || isi.size === 1) &&
      lanjutanTeks(isi, R, petaNama)
    ) {
      gabungkan(g, barisAkhir, isi, R, entitas);
      continue;
    }

    let indikator = teksIndikator(g, r, R);
    // Nothing that makes a row: no number, name, indicator or value (a stray remark).
    if (nm === undefined && indikator === undefined && kodeTeks === undefined && !adaNilai)
      continue;
    let namaTeks = nm?.teks;
    let kodeCetak = kodeTeks;
    let kodeObj = kode;
    if (kodeObj === undefined && namaTeks !== undefined) {
      const m = RE_NOMOR_DEPAN.exec(namaTeks);
      if (m !== null) {
        kodeCetak = m[1];
        kodeObj = bacaKode(m[1]);
        namaTeks = m[2];
      }
    }
    // In a `Program/Indikator` column the program's own row carries its name, not an indicator.
    if (nm?.kol.k.indikatorAnak === true && (kodeObj === undefined || kodeObj.seg.length < 2)) {
      indikator = undefined;
    }
    const dr: DataRow = {
      row: r,
      levelReason: "",
      continuation: false,
      polaritas: opsi.polaritasBawaan,
      polaritasReason: "",
    };
    // A number printed inside the name cell (`1. Program ...`) orders rows but is no code.
    if (kodeTeks !== undefined) dr.kode = kodeTeks;
    if (indikator !== undefined) dr.indikator = indikator;

    // Higher name columns filled on this row open their own entities (TUJUAN beside SASARAN).
    if (nm !== undefined) {
      for (const n of R.nama) {
        if (n.k.col >= nm.kol.k.col) break;
        const t = teksNama(g, r, n.k.col);
        const lv = n.k.tingkat?.[0];
        if (t === "" || lv === undefined) continue;
        const ada = petaNama.get(kunciNama(t));
        if (ada !== undefined && ada.level === lv) continue;
        const induk = induUrutan(lv);
        const e: Entitas = { level: lv, row: r, nama: t, parentRow: induk?.row };
        const no = n.nomor === undefined ? "" : g.teks(r, n.nomor);
        if (no !== "") e.kode = no;
        dorong(e);
        petaNama.set(kunciNama(t), e);
        const u = bacaKode(no);
        if (u !== undefined && !petaUrut.has(u.norm)) petaUrut.set(u.norm, r);
      }
    }

    // Continuation: no number and no (new) name: another indicator of the entity above.
    const namaDikenal = namaTeks === undefined ? undefined : petaNama.get(kunciNama(namaTeks));
    const ladderAnak =
      nm?.kol.k.indikatorAnak === true && kodeObj !== undefined && kodeObj.seg.length >= 2;
    if (
      entitas !== undefined &&
      kodeObj === undefined &&
      (namaTeks === undefined || (namaDikenal !== undefined && namaDikenal === entitas))
    ) {
      isiLanjutan(
        dr,
        entitas,
        namaTeks === undefined ? "tanpa nomor dan nama" : "nama sama dengan baris di atas",
      );
      if (entitas.idx !== undefined) lanjutDari.set(rows.length, entitas.idx);
    } else if (namaDikenal !== undefined && kodeObj === undefined) {
      isiLanjutan(dr, namaDikenal, "nama sama dengan entitas di atas");
      if (namaDikenal.idx !== undefined) lanjutDari.set(rows.length, namaDikenal.idx);
      entitas = namaDikenal;
    } else if (ladderAnak && entitas !== undefined) {
      // `Program/Indikator`: `1.1` under `1.` is an indicator of program 1.
      isiLanjutan(dr, entitas, `nomor ${kodeCetak} di bawah ${entitas.kode ?? "baris di atas"}`);
      if (entitas.idx !== undefined) lanjutDari.set(rows.length, entitas.idx);
      if (namaTeks !== undefined) dr.indikator = namaTeks;
    } else {
      const t = tentukanTingkat({
        nm,
        namaTeks,
        kodeObj,
        kodeCetak,
        gaya,
        ktx,
        bagian,
        duaTingkat,
        petunjuk: opsi.petunjukIndikator,
        tumpukan,
      });
      if (t.level !== undefined) dr.level = t.level;
      dr.levelReason = t.alasan;
      if (namaTeks !== undefined) dr.nama = namaTeks;
      // Parent: code prefix, outline prefix, the higher column on this row, or order.
      let parentRow: number | undefined;
      let induAlasan = "";
      if (t.penuh !== undefined && gaya !== "urut") {
        const p = induKode(t.penuh, petaKode);
        if (p !== undefined) {
          parentRow = petaKode.get(p);
          induAlasan = `induk berkode ${p}`;
        }
        if (!petaKode.has(t.penuh)) petaKode.set(t.penuh, r);
      } else if (kodeObj !== undefined && kodeObj.seg.length >= 2) {
        const p = induKode(kodeObj.norm, petaUrut);
        if (p !== undefined) {
          parentRow = petaUrut.get(p);
          induAlasan = `induk bernomor ${p}`;
        }
      }
      if (
        parentRow === undefined &&
        dr.level !== undefined &&
        (t.penuh === undefined || gaya === "urut")
      ) {
        const induk = induUrutan(dr.level);
        if (induk !== undefined) {
          parentRow = induk.row;
          induAlasan =
            induk.row === r ? "induk pada baris yang sama" : "induk menurut urutan baris";
        }
      }
      if (parentRow !== undefined) {
        dr.parentRow = parentRow;
        dr.levelReason += `; ${induAlasan}`;
      }
      if (t.ragu !== undefined) ragu.push({ i: rows.length, jenis: t.ragu });
      const e: Entitas = {
        level: dr.level,
        row: r,
        idx: rows.length,
        nama: namaTeks,
        parentRow,
        kode: kodeCetak,
      };
      if (kodeObj !== undefined && !petaUrut.has(kodeObj.norm)) petaUrut.set(kodeObj.norm, r);
      dorong(e);
      if (namaTeks !== undefined) petaNama.set(kunciNama(namaTeks), e);
      entitas = e;
    }
    polaritas(g, r, R, dr, opsi.polaritasBawaan);
    rows.push(dr);
    barisAkhir = dr;
  }
  return { rows, totalRows, ragu, lanjutDari };
}

function kunciNama(s: string): string {
  return s.toLowerCase();
}

function isiLanjutan(dr: DataRow, e: Entitas, sebab: string): void {
  dr.continuation = true;
  if (e.level !== undefined) dr.level = e.level;
  if (e.nama !== undefined) dr.nama = e.nama;
  if (e.parentRow !== undefined) dr.parentRow = e.parentRow;
  const lv = e.level === undefined ? "entitas" : namaTingkat(e.level);
  dr.levelReason = `baris lanjutan (${sebab}): indikator lain dari ${lv} pada baris ${e.row + 1}`;
}

function isiSel(g: Grid, r: number, c0: number, c1: number): Map<number, string> {
  const m = new Map<number, string>();
  for (let c = c0; c <= c1; c++) {
    if (g.kosong(r, c)) continue;
    m.set(c, g.teks(r, c));
  }
  return m;
}

/** How a total label can start, first five letters: Jumlah, Total, Rata-rata, Urusan, Sub/Grand. */
const AWAL_TOTAL = new Set(["jumla", "total", "ratar", "urusa", "subto", "subju", "grand"]);

/** The first `n` letters, lower case, skipping spaces and punctuation (`J U M L A H` -> `jumla`). */
function awalHuruf(s: string, n: number): string {
  let out = "";
  for (let i = 0; i < s.length && out.length < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 65 && ch <= 90) out += String.fromCharCode(ch + 32);
    else if (ch >= 97 && ch <= 122) out += s[i];
    else if (ch >= 48 && ch <= 57) return out;
  }
  return out;
}

function labelTotal(
  g: Grid,
  r: number,
  R: Ringkas,
): { label: string; jenis: "jumlah" | "rata-rata" } | undefined {
  let dilihat = 0;
  const row = g.sheet.cells[r];
  if (row === undefined) return undefined;
  const end = Math.min(R.c1, row.length - 1);
  for (let c = R.c0; c <= end && dilihat < 3; c++) {
    const v = row[c]?.v;
    if (typeof v !== "string") continue;
    const t = v.trim();
    if (t === "") continue;
    const ch = t.charCodeAt(0);
    if (ch >= 48 && ch <= 57) return undefined;
    dilihat++;
    if (t.length > 60 || !AWAL_TOTAL.has(awalHuruf(t, 5))) continue;
    const h = hurufSaja(t);
    if (RE_RATA.test(h)) return { label: rapikanTeks(t), jenis: "rata-rata" };
    if (RE_JUMLAH.test(h) || /^jumlahtw/.test(h)) return { label: rapikanTeks(t), jenis: "jumlah" };
    if (h.startsWith("urusan") && adaNilaiDi(g, r, R.nilai)) {
      return { label: rapikanTeks(t), jenis: "jumlah" };
    }
  }
  return undefined;
}

/**
 * True when the row's text can only continue the row above: no new name (no keyword, no number
 * in front, not a name seen before). Remark columns may continue too (`Analisis`, `Solusi`).
 */
function lanjutanTeks(
  isi: Map<number, string>,
  R: Ringkas,
  petaNama: Map<string, Entitas>,
): boolean {
  for (const [c, t] of isi) {
    if (R.nomor.includes(c)) return false;
    if (!R.nama.some((x) => x.k.col === c)) continue;
    if (kataKunci(t) !== undefined || RE_NOMOR_DEPAN.test(t)) return false;
    if (petaNama.has(kunciNama(t))) return false;
  }
  return true;
}

function gabungkan(
  g: Grid,
  dr: DataRow,
  isi: Map<number, string>,
  R: Ringkas,
  entitas: Entitas | undefined,
): void {
  for (const [c, t] of isi) {
    if (R.indikator.includes(c) && dr.indikator !== undefined) {
      dr.indikator = sambung(dr.indikator, t);
    } else if (R.indikator.includes(c)) {
      dr.indikator = t;
    } else if (R.nama.some((n) => n.k.col === c) && !g.kosong(dr.row, c) && dr.nama !== undefined) {
      const lama = dr.nama;
      dr.nama = sambung(dr.nama, t);
      if (entitas !== undefined && entitas.nama === lama) entitas.nama = dr.nama;
    }
  }
}

function polaritas(g: Grid, r: number, R: Ringkas, dr: DataRow, bawaan: Polaritas): void {
  if (R.arah !== undefined) {
    const t = g.teks(r, R.arah);
    const p = bacaArah(t);
    if (p !== undefined) {
      dr.polaritas = p;
      dr.polaritasReason = `kolom arah ${colLetters(R.arah)} berisi '${t}'`;
      return;
    }
    dr.polaritas = bawaan;
    dr.polaritasReason =
      t === ""
        ? `kolom arah ${colLetters(R.arah)} kosong: memakai polaritas bawaan (${bawaan})`
        : `arah '${t}' di kolom ${colLetters(R.arah)} tidak terbaca: memakai polaritas bawaan (${bawaan})`;
    return;
  }
  dr.polaritas = bawaan;
  dr.polaritasReason = bawaan === "+" ? TANPA_ARAH_PLUS : TANPA_ARAH_MINUS;
}

const TANPA_ARAH_PLUS = "tidak ada kolom arah (Meningkat/Menurun): memakai polaritas bawaan (+)";
const TANPA_ARAH_MINUS = "tidak ada kolom arah (Meningkat/Menurun): memakai polaritas bawaan (-)";
