/**
 * Codes and hierarchy (SAKIP.md section 2): malformed codes, one code for two entities in a
 * table, and rows whose parent (code prefix, section or order) cannot be found.
 */
import { kunciNama } from "../kaskade/normal";
import { LEVELS } from "../tabel/types";
import type { TabelBaca } from "./baca";
import { selKode, type Konteks } from "./konteks";
import type { TemuanBaru } from "./temuan";

/** Outline numbers and codes: `1`, `1.`, `1.1`, `2.17.01.2.01.0001`, `(1)`, `1)`. */
const KODE_SAH = /^\(?\d{1,6}(?:\.\d{1,6})*\.?\)?$/;
/** Letter outlines: `a.`, `B)`, `IV`, `(c)`. */
const OUTLINE_HURUF = /^\(?(?:[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]?\)?$/;

/**
 * Nomenclature segments (codes of three segments or more) have one or two digits; only the last,
 * a sub kegiatan, may have four (`0001`).
 */
function segmenTakSah(k: string): string | undefined {
  // Digit runs of the code, scanned by hand: the rule reads every code of the workbook.
  const awal: number[] = [];
  const akhir: number[] = [];
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    const angka = c >= 48 && c <= 57;
    const sebelum = i > 0 && k.charCodeAt(i - 1) >= 48 && k.charCodeAt(i - 1) <= 57;
    if (angka && !sebelum) awal.push(i);
    if (angka && !(i + 1 < k.length && k.charCodeAt(i + 1) >= 48 && k.charCodeAt(i + 1) <= 57)) {
      akhir.push(i + 1);
    }
  }
  if (awal.length < 3) return undefined;
  for (let n = 0; n < awal.length; n++) {
    const panjang = akhir[n] - awal[n];
    if (panjang > 4 || panjang === 3 || (panjang === 4 && n < awal.length - 1)) {
      return k.slice(awal[n], akhir[n]);
    }
  }
  return undefined;
}

export function masalahKode(kode: string): [string, string] | undefined {
  const k = kode.trim();
  if (k === "" || OUTLINE_HURUF.test(k)) return undefined;
  if (KODE_SAH.test(k)) {
    const salah = segmenTakSah(k);
    if (salah === undefined) return undefined;
    return [
      `Kode "${k}" memuat segmen "${salah}" yang tidak sesuai nomenklatur (segmen 1-2 angka; segmen sub kegiatan 2 atau 4 angka).`,
      `Code "${k}" has a segment "${salah}" outside the nomenclature pattern (1-2 digits; a sub kegiatan segment 2 or 4).`,
    ];
  }
  if (KODE_SAH.test(k.replace(/\s+/g, ""))) {
    return [
      `Kode "${k}" memuat spasi di dalamnya; dibaca sebagai "${k.replace(/\s+/g, "")}".`,
      `Code "${k}" contains spaces; read as "${k.replace(/\s+/g, "")}".`,
    ];
  }
  if (/\d/.test(k) && /\p{L}/u.test(k)) {
    return [
      `Kode "${k}" memuat huruf di antara angka (mungkin huruf O atau l untuk angka 0 atau 1).`,
      `Code "${k}" contains letters among its digits (perhaps O or l typed for 0 or 1).`,
    ];
  }
  return [
    `Kode "${k}" tidak sesuai pola kode nomenklatur atau nomor urut (angka dipisah titik).`,
    `Code "${k}" matches neither the nomenclature nor an outline pattern (digits separated by dots).`,
  ];
}

export function aturanKodeTakSah(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    tb.tabel.rows.forEach((r, i) => {
      if (r.kode === undefined) return;
      const m = masalahKode(r.kode);
      if (m === undefined) return;
      hasil.push({
        rule: "code-invalid",
        ...selKode(ktx, tb, i),
        message: m[0],
        messageEn: m[1],
        actual: r.kode.trim(),
      });
    });
  }
  return hasil;
}

/**
 * `code-duplicate`: a code of two segments or more printed again on another entity row of the same
 * table, whatever its name: two budget lines under one code (outline numbers of one segment
 * restart per section and are not compared).
 */
export function aturanKodeGanda(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    const pertama = new Map<string, { i: number; nama: string }>();
    const kode = ktx.kaskade.kodeBaris[tb.indeks];
    tb.tabel.rows.forEach((r, i) => {
      const k = kode[i];
      if (r.continuation || k === undefined || !k.includes(".")) return;
      const awal = pertama.get(k);
      if (awal === undefined) {
        pertama.set(k, { i, nama: r.nama?.trim() ?? "" });
        return;
      }
      const rel = selKode(ktx, tb, awal.i);
      const nama = r.nama?.trim() ?? "";
      const samaNama = kunciNama(nama) === kunciNama(awal.nama);
      hasil.push({
        rule: "code-duplicate",
        ...selKode(ktx, tb, i),
        message: samaNama
          ? `Kode "${r.kode?.trim()}" ("${nama}") tercantum lagi; baris ${rel.cell} sudah memakainya: dua baris anggaran dengan satu kode.`
          : `Kode "${r.kode?.trim()}" dipakai untuk "${nama}", padahal di ${rel.cell} kode yang sama dipakai untuk "${awal.nama}".`,
        messageEn: samaNama
          ? `Code "${r.kode?.trim()}" ("${nama}") is printed again; ${rel.cell} already uses it: two budget lines under one code.`
          : `Code "${r.kode?.trim()}" is used for "${nama}", but ${rel.cell} uses the same code for "${awal.nama}".`,
        related: rel,
      });
    });
  }
  return hasil;
}

function levelPuncak(tb: TabelBaca): number | undefined {
  let puncak: number | undefined;
  for (const r of tb.tabel.rows) {
    if (r.level === undefined) continue;
    const p = LEVELS.indexOf(r.level);
    if (puncak === undefined || p < puncak) puncak = p;
  }
  return puncak;
}

/**
 * `orphan`: a row below its table's top level without a parent row, or whose full code names a
 * parent that no row of the workbook has.
 */
export function aturanYatim(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const kodeAda = new Set<string>();
  for (const kb of ktx.kaskade.kodeBaris) for (const k of kb) if (k !== undefined) kodeAda.add(k);
  for (const tb of ktx.kaskade.tabel) {
    const puncak = levelPuncak(tb);
    const kode = ktx.kaskade.kodeBaris[tb.indeks];
    const rows = tb.tabel.rows;
    const indeks = new Map<number, number>();
    rows.forEach((r, i) => indeks.set(r.row, i));
    rows.forEach((r, i) => {
      if (r.continuation || r.level === undefined || puncak === undefined) return;
      const nama = r.nama?.trim() || r.indikator?.trim() || r.kode?.trim() || "";
      if (LEVELS.indexOf(r.level) > puncak && r.parentRow === undefined) {
        hasil.push({
          rule: "orphan",
          ...selKode(ktx, tb, i),
          message: `Baris ${r.level} "${nama}" tidak memiliki induk: tidak ada baris di atasnya (kode, bagian atau urutan) yang menaunginya.`,
          messageEn: `The ${r.level} row "${nama}" has no parent: no row above it (by code, section or order) contains it.`,
        });
        return;
      }
      const k = kode[i];
      const pi = r.parentRow === undefined ? undefined : indeks.get(r.parentRow);
      const kInduk = pi === undefined ? undefined : kode[pi];
      if (k === undefined || kInduk === undefined || k.split(".").length < 4) return;
      if (k.startsWith(`${kInduk}.`)) return;
      // The code names another parent; an orphan only if that parent exists nowhere.
      const seg = k.split(".");
      for (let n = seg.length - 1; n >= 3; n--) if (kodeAda.has(seg.slice(0, n).join("."))) return;
      hasil.push({
        rule: "orphan",
        ...selKode(ktx, tb, i),
        message: `Kode "${r.kode?.trim()}" tidak berawalan kode induknya "${rows[pi ?? 0].kode?.trim()}", dan induk menurut kodenya tidak ditemukan di tabel mana pun.`,
        messageEn: `Code "${r.kode?.trim()}" does not start with its parent's code "${rows[pi ?? 0].kode?.trim()}", and the parent its code names is in no table.`,
      });
    });
  }
  return hasil;
}
