/**
 * The number scanner behind `bacaNilai`: one left-to-right pass over the cell text, no regex and
 * no arrays on the common path, because the reader runs over whole workbooks (SAKIP.md section 4).
 */
import type { Nilai } from "./nilai";
import {
  adaMarkup,
  alasanMarkup,
  alasanMenunggu,
  alasanSampah,
  bacaBukanAngka,
  pending,
  takTerbaca,
} from "./nilai-teks";

export type Desimal = "," | ".";

/** Who settled a separator that the text alone cannot: custom, an explicit option, the column. */
export type Sumber = "kebiasaan" | "opsi" | "kolom";

/**
 * What the last reading learned, for `bacaKolom`: `bukti` is the char code of a decimal separator
 * the cell proves (0 when none), `ambigu` whether its own separator was a guess. A shared scratch
 * object instead of a richer return value keeps the hot path free of allocations.
 */
export const jejak = { bukti: 0, ambigu: false };

const D0 = 48;
const D9 = 57;
const TITIK = 46;
const KOMA = 44;
const MINUS = 45;
const PLUS = 43;
const KURUNG_BUKA = 40;
const KURUNG_TUTUP = 41;
const SPASI = 32;
const PERSEN = 37;
const GARIS_MIRING = 47;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

const PERLU_LIPAT = /[^\x20-\x7e]|\s{2}/;
const TAK_TERLIHAT = /[\u00ad\u200b-\u200d\u2060]/g;
const SPASI_APA_PUN = /\s+/g;
const MINUS_UNICODE = /\u2212/g;
const PERSEN_LEBAR = /\uff05/g;
const MENUNGGU = /menunggu/i;
const KATA_PERSEN = /^(?:persen|prosen|percent)/i;
const KATA_RUPIAH = /^(?:rp\.?|rupiah)$/i;
const EKSPONEN = /^[eE][+-]?\d{1,3}$/;
const HURUF = /^\p{L}/u;
const SAMBUNG_AKHIR = /(?:[\s/;,|&+-]|\b(?:dan|atau|s\.?d\.?|s\/d|hingga|sampai|vs)\b)+$/i;
const PENANDA_MARKUP = /[$\\<{}]/;

/** Trims and folds NBSP, zero-width and other odd whitespace so the scanner sees plain ASCII. */
export function lipat(s: string): string {
  if (!PERLU_LIPAT.test(s)) return s.trim();
  return s
    .replace(TAK_TERLIHAT, "")
    .replace(SPASI_APA_PUN, " ")
    .replace(MINUS_UNICODE, "-")
    .replace(PERSEN_LEBAR, "%")
    .trim();
}

function angka(c: number): boolean {
  return c >= D0 && c <= D9;
}

function garis(c: number): boolean {
  return c === MINUS || c === EN_DASH || c === EM_DASH;
}

function lewatiSpasi(s: string, i: number): number {
  while (s.charCodeAt(i) === SPASI) i++;
  return i;
}

function awalAngka(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (angka(c)) return true;
  return (c === TITIK || c === KOMA) && angka(s.charCodeAt(i + 1));
}

function huruf(c: number): boolean {
  const k = c | 32;
  if (k >= 97 && k <= 122) return true;
  return c > 127 && HURUF.test(String.fromCharCode(c));
}

/** `Rp`, `Rp.`, `RP` before a number, but not the start of a word such as `RPJMD`. */
function awalRupiah(s: string, i: number): boolean {
  if ((s.charCodeAt(i) | 32) !== 114 || (s.charCodeAt(i + 1) | 32) !== 112) return false;
  return !huruf(s.charCodeAt(i + 2));
}

function namaPemisah(c: number): string {
  return c === TITIK ? "titik" : "koma";
}

function tampilDesimal(kiri: string, kanan: string): string {
  let akhir = kanan.length;
  while (akhir > 0 && kanan.charCodeAt(akhir - 1) === D0) akhir--;
  return akhir === 0 ? kiri : `${kiri},${kanan.slice(0, akhir)}`;
}

/** Says how `1.500` / `1,500` was read; the text keeps the planner able to overrule it. */
export function catatanAmbigu(
  teks: string,
  pemisah: number,
  pakai: number,
  sumber: Sumber,
): string {
  const p = teks.indexOf(String.fromCharCode(pemisah));
  const kiri = teks.slice(0, p);
  const kanan = teks.slice(p + 1);
  const nama = namaPemisah(pemisah);
  const ribuan = kiri + kanan;
  const pecahan = tampilDesimal(kiri, kanan);
  const awal = `'${teks}' bisa dibaca ${ribuan} (${nama} = pemisah ribuan) atau ${pecahan} (${nama} = pemisah desimal); dibaca ${pemisah === pakai ? pecahan : ribuan}`;
  const desimal = namaPemisah(pakai);
  if (sumber === "kolom") {
    return `${awal}, karena sel lain di kolom ini memakai ${desimal} sebagai pemisah desimal`;
  }
  if (sumber === "opsi") return `${awal}, karena pemisah desimal ditetapkan ${desimal}`;
  return `${awal}, menurut kebiasaan Indonesia (titik = ribuan, koma = desimal)`;
}

function nilaiPanjang(s: string, awal: number, akhir: number, pecahan: number): number {
  let digit = "";
  for (let k = awal; k < akhir; k++) {
    const c = s.charCodeAt(k);
    if (angka(c)) digit += s[k];
  }
  const p = digit.length - pecahan;
  return Number(pecahan === 0 ? digit : `${digit.slice(0, p)}.${digit.slice(p)}`);
}

function kelompokBuruk(teks: string, kelompok: string): string {
  return `pemisah ribuan tidak sah pada '${teks}': kelompok '${kelompok}' harus 3 angka; angka tidak ditebak (mungkin salah ketik atau kode)`;
}

/** Index of a second number in a unit text (`% 55%`, `Dok 100 %`), or -1. */
function posisiAngkaKedua(u: string): number {
  let sebelumHuruf = false;
  for (let k = 0; k < u.length; k++) {
    const c = u.charCodeAt(k);
    if (angka(c)) {
      if (!sebelumHuruf) return k;
    } else {
      sebelumHuruf = huruf(c);
    }
  }
  return -1;
}

/** Two or more values in one cell: a finding with every reading, never a silent pick. */
function bacaBanyak(s: string, raw: string, posisi: number, desimal: Desimal | undefined): Nilai {
  let q = posisi;
  while (q > 0) {
    const c = s.charCodeAt(q - 1);
    if (c === MINUS || c === PLUS || c === KURUNG_BUKA || c === TITIK || c === KOMA) q--;
    else break;
  }
  let t = q;
  while (t > 0 && s.charCodeAt(t - 1) === SPASI) t--;
  if (t > 0 && s.charCodeAt(t - 1) === TITIK) t--;
  if (t >= 2 && awalRupiah(s, t - 2) && (t === 2 || !huruf(s.charCodeAt(t - 3)))) q = t - 2;
  const kiri = s.slice(0, q).replace(SAMBUNG_AKHIR, "");
  const kanan = s.slice(q);
  const sumber: Sumber = desimal === undefined ? "kebiasaan" : "opsi";
  const calon: Nilai[] = [bacaTeks(kiri, kiri, desimal, sumber)];
  const lanjut = bacaTeks(kanan, kanan, desimal, sumber);
  if (lanjut.kind === "unreadable" && lanjut.candidates !== undefined) {
    for (const n of lanjut.candidates) calon.push(n);
  } else {
    calon.push(lanjut);
  }
  jejak.bukti = 0;
  jejak.ambigu = false;
  const reason =
    calon.length === 2 ? "dua nilai dalam satu sel" : `${calon.length} nilai dalam satu sel`;
  return { raw, kind: "unreadable", reason, candidates: calon };
}

/**
 * Reads folded text `s` (see `lipat`); `raw` is what the cell held. `desimal` settles a lone
 * `1.500`; without it Indonesian custom applies and the reading says it guessed.
 */
export function bacaTeks(
  s: string,
  raw: string,
  desimal: Desimal | undefined,
  sumber: Sumber,
): Nilai {
  jejak.bukti = 0;
  jejak.ambigu = false;
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  let negatif = false;
  let kurung = false;
  let rupiah = false;

  if (c === KURUNG_BUKA) {
    kurung = true;
    i = lewatiSpasi(s, 1);
    c = s.charCodeAt(i);
  }
  if (c === MINUS || c === PLUS) {
    const j = lewatiSpasi(s, i + 1);
    if (!awalAngka(s, j) && !awalRupiah(s, j)) return bacaBukanAngka(s, raw);
    negatif = c === MINUS;
    i = j;
  }
  if (awalRupiah(s, i)) {
    let j = i + 2;
    if (s.charCodeAt(j) === TITIK) j++;
    j = lewatiSpasi(s, j);
    if (!awalAngka(s, j)) return bacaBukanAngka(s, raw);
    rupiah = true;
    i = j;
  }
  if (!awalAngka(s, i)) return bacaBukanAngka(s, raw);

  // The body: digits and separators. Groups are measured on the fly so that no split is needed.
  const awal = i;
  let semua = 0;
  let nDigit = 0;
  let nSep = 0;
  let sep1 = 0;
  let sepAkhir = 0;
  let beda = 0;
  let g0 = -1;
  let cur = 0;
  let burukAwal = -1;
  let burukAkhir = -1;
  let awalKelompok = i;
  let uang = 0;
  let ekor = 0;
  let akhir = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= D0 && c <= D9) {
      semua = semua * 10 + (c - D0);
      nDigit++;
      cur++;
      continue;
    }
    if (c === TITIK || c === KOMA) {
      const d = s.charCodeAt(i + 1);
      if (d >= D0 && d <= D9) {
        if (nSep === 0) {
          g0 = cur;
          sep1 = c;
        } else {
          if (cur !== 3 && burukAwal < 0) {
            burukAwal = awalKelompok;
            burukAkhir = i;
          }
          if (c !== sep1) beda++;
        }
        sepAkhir = c;
        nSep++;
        cur = 0;
        awalKelompok = i + 1;
        continue;
      }
      akhir = i;
      if (garis(d)) {
        // `,-` / `.-`: whole rupiah, so every other separator is a thousands separator.
        uang = c;
        i += 2;
        while (i < n && garis(s.charCodeAt(i))) i++;
      } else {
        ekor = c;
        i++;
        if (s.charCodeAt(i) === TITIK || s.charCodeAt(i) === KOMA) {
          return takTerbaca(raw, alasanSampah(s));
        }
      }
      break;
    }
    break;
  }
  if (akhir < 0) akhir = i;

  // The rest: unit, closing bracket, or a second value.
  let j = lewatiSpasi(s, i);
  let selesai = n;
  if (kurung) {
    if (s.charCodeAt(n - 1) !== KURUNG_TUTUP) return takTerbaca(raw, alasanSampah(s));
    selesai = n - 1;
    while (selesai > j && s.charCodeAt(selesai - 1) === SPASI) selesai--;
    if (j > selesai) j = selesai;
  }
  if (ekor !== 0 && j > i && j < selesai && angka(s.charCodeAt(j))) {
    return takTerbaca(
      raw,
      `angka terpotong spasi: '${s}'; tidak ditebak, periksa angka aslinya (mungkin ${s.slice(awal, akhir + 1)}${s.slice(j, selesai)})`,
    );
  }

  let persen = false;
  let satuan: string | undefined;
  let eksponen = 0;
  if (j < selesai) {
    const u = s.slice(j, selesai);
    if (u.length === 1 && u.charCodeAt(0) === PERSEN) {
      if (rupiah) return takTerbaca(raw, alasanSampah(s));
      persen = true;
      satuan = "%";
    } else {
      if (MENUNGGU.test(u)) return pending(raw, alasanMenunggu(s));
      if (PENANDA_MARKUP.test(u) && adaMarkup(u)) return takTerbaca(raw, alasanMarkup(s));
      if (EKSPONEN.test(u)) {
        eksponen = Number(u.slice(1));
      } else {
        const kedua = posisiAngkaKedua(u);
        if (kedua >= 0) return bacaBanyak(s, raw, j + kedua, desimal);
        const u0 = u.charCodeAt(0);
        if (u0 === PERSEN || KATA_PERSEN.test(u)) {
          if (rupiah) return takTerbaca(raw, alasanSampah(s));
          persen = true;
          satuan = u;
        } else if (KATA_RUPIAH.test(u)) {
          rupiah = true;
          satuan = u;
        } else if (huruf(u0) || u0 === GARIS_MIRING) {
          satuan = rupiah ? `Rp ${u}` : u;
        } else {
          return takTerbaca(raw, alasanSampah(s));
        }
      }
    }
  }
  if (rupiah && satuan === undefined) satuan = "Rp";

  // Separators: which one is decimal, and is the text proof of it or a guess?
  let pecahan = 0;
  let catatan: string | undefined;
  if (nSep > 0) {
    if (beda === 0 && (uang !== 0 || nSep >= 2)) {
      const salah = cekRibuan(s, awal, g0, burukAwal, burukAkhir, akhir, cur, true);
      if (salah !== undefined) return takTerbaca(raw, salah);
      // `1,234,-` proves nothing: the comma is both the thousands and the ending separator.
      if (uang !== sep1) jejak.bukti = sep1 === TITIK ? KOMA : TITIK;
    } else if (beda === 1 && sepAkhir !== sep1) {
      const salah = cekRibuan(s, awal, g0, burukAwal, burukAkhir, akhir, cur, false);
      if (salah !== undefined) return takTerbaca(raw, salah);
      if (uang !== 0) return takTerbaca(raw, alasanSampah(s));
      pecahan = cur;
      jejak.bukti = sepAkhir;
    } else if (nSep >= 2) {
      return takTerbaca(
        raw,
        `susunan titik dan koma pada '${s.slice(awal, akhir)}' tidak teratur; angka tidak ditebak`,
      );
    } else if (cur !== 3 || g0 === 0 || g0 > 3 || s.charCodeAt(awal) === D0) {
      pecahan = cur;
      jejak.bukti = sep1;
    } else if (!rupiah) {
      const pakai = desimal === undefined ? KOMA : desimal.charCodeAt(0);
      if (sep1 === pakai) pecahan = 3;
      catatan = catatanAmbigu(
        s.slice(awal, akhir),
        sep1,
        pakai,
        desimal === undefined ? "kebiasaan" : sumber,
      );
      jejak.ambigu = true;
    }
  } else if (uang !== 0) {
    jejak.bukti = uang;
  }

  let value =
    nDigit <= 15 && pecahan <= 22
      ? pecahan === 0
        ? semua
        : semua / POW10[pecahan]
      : nilaiPanjang(s, awal, akhir, pecahan);
  if (eksponen !== 0) value = Number(`${value}e${eksponen}`);
  if (value === Infinity) return takTerbaca(raw, `angka di luar jangkauan: '${s}'`);
  if (negatif && value !== 0) value = -value;
  if (kurung) {
    if (value !== 0) value = -value;
    const k = `angka dalam kurung '${s}' dibaca negatif (kebiasaan akuntansi)`;
    catatan = catatan === undefined ? k : `${catatan}; ${k}`;
  }

  if (persen) {
    const unit = satuan === undefined ? "%" : satuan;
    return catatan === undefined
      ? { raw, kind: "percent", value, unit }
      : { raw, kind: "percent", value, unit, ambiguous: catatan };
  }
  if (satuan === undefined) {
    return catatan === undefined
      ? { raw, kind: "number", value }
      : { raw, kind: "number", value, ambiguous: catatan };
  }
  return catatan === undefined
    ? { raw, kind: "number", value, unit: satuan }
    : { raw, kind: "number", value, unit: satuan, ambiguous: catatan };
}

/** Checks thousands groups; returns the reason naming the first bad group, or undefined. */
function cekRibuan(
  s: string,
  awal: number,
  g0: number,
  burukAwal: number,
  burukAkhir: number,
  akhir: number,
  cur: number,
  terakhirRibuan: boolean,
): string | undefined {
  const buruk = (a: number, b: number) => kelompokBuruk(s.slice(awal, akhir), s.slice(a, b));
  if (g0 < 1 || g0 > 3) return buruk(awal, awal + g0);
  if (burukAwal >= 0) return buruk(burukAwal, burukAkhir);
  if (terakhirRibuan && cur !== 3) return buruk(akhir - cur, akhir);
  return undefined;
}
