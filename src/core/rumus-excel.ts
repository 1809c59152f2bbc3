/**
 * Native Excel formulas for the SAKIP computations, built from the settings (SAKIP.md section 5).
 * One builder serves `kinerja fill` (cell references such as `E5`) and, later, named LAMBDA
 * functions (parameter names such as `target`): every input is a reference text.
 *
 * Output is the OOXML storage form: no leading `=`, English function names, comma separators, and
 * only functions that Excel 2016 and LibreOffice both know (IF, OR, AND, ISBLANK, NA), so that the
 * file computes for anyone, with or without the add-in.
 *
 * Errors follow the engine: an empty input gives `#N/A` (pending, never 0), a zero divisor gives
 * `#DIV/0!` by plain division, and an error in an input cell passes through.
 */
import type { MetodeNegatif, Polaritas } from "./capaian";
import type { MetodeEfisiensi } from "./efisiensi";
import type { Band, Skala } from "./kategori";

/**
 * An input: a reference (`E5`, `$E$5`, `'T3.1 Pengukuran'!E5`, or a LAMBDA parameter name), or an
 * expression built by this module (inlined, e.g. a capaian inside a kategori when the table has no
 * capaian column).
 */
export type Masukan =
  | string
  | {
      ref: string;
      /** The cell is percent-formatted and so holds a fraction (0.765 shown as 76,50 %). */
      pecahan?: boolean;
    }
  | {
      /** A formula body from this module, in percent points (or rupiah); not checked for blank. */
      rumus: string;
      pecahan?: boolean;
    };

export interface OpsiHasil {
  /** The result cell is percent-formatted: write the fraction (no `*100`). */
  hasilPecahan?: boolean;
}

export interface OpsiCapaian extends OpsiHasil {
  polaritas: Polaritas;
  metode: MetodeNegatif;
}

interface Bentuk {
  teks: string;
  pecahan: boolean;
  /** A reference, so `ISBLANK` applies (an expression handles its own pending inputs). */
  sel: boolean;
}

function bentuk(m: Masukan): Bentuk {
  if (typeof m === "string") return { teks: m, pecahan: false, sel: true };
  if ("ref" in m) return { teks: m.ref, pecahan: m.pecahan === true, sel: true };
  return { teks: `(${m.rumus})`, pecahan: m.pecahan === true, sel: false };
}

/** The input in percent points (a fraction times 100). */
function poin(b: Bentuk): string {
  // Parenthesised: the input may stand as a divisor (`E5/(D5*100)`).
  return b.pecahan ? `(${b.teks}*100)` : b.teks;
}

/** `IF(OR(ISBLANK(a),ISBLANK(b)),NA(),inti)`; only references are checked for blank. */
function kecualiKosong(masukan: readonly Bentuk[], inti: string): string {
  const cek = masukan.filter((b) => b.sel).map((b) => `ISBLANK(${b.teks})`);
  if (cek.length === 0) return inti;
  const syarat = cek.length === 1 ? cek[0] : `OR(${cek.join(",")})`;
  return `IF(${syarat},NA(),${inti})`;
}

/** A number as a formula literal: `.` decimal, `E` exponent (Excel's spelling). */
export function angkaRumus(x: number): string {
  return String(x).toUpperCase().replace("E+", "E");
}

/** A text literal: quotes doubled. */
export function teksRumus(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Two sides of a ratio in the same scale. Both fractions or both percent points cancel out and are
 * used as they are; only a mix needs the fraction scaled (the engine reads it as percent points).
 */
function sebanding(a: Bentuk, b: Bentuk): [string, string] {
  if (a.pecahan === b.pecahan) return [a.teks, b.teks];
  return [poin(a), poin(b)];
}

/** `x*100`, or `x` itself when the result cell holds a fraction. */
function persen(nisbah: string, opsi?: OpsiHasil): string {
  return opsi?.hasilPecahan === true ? nisbah : `${nisbah}*100`;
}

/**
 * Capaian: `+` realisasi / target x 100; `-` by the chosen method (selisih (2T - R) / T x 100,
 * rasio T / R x 100, sisa (T - R) / T x 100). Same operation order as the engine's kernel, so the
 * spreadsheet gives the very same number (rasio aside, see below).
 */
export function rumusCapaian(target: Masukan, realisasi: Masukan, opsi: OpsiCapaian): string {
  const bt = bentuk(target);
  const br = bentuk(realisasi);
  const [t, r] = sebanding(bt, br);
  let inti: string;
  if (opsi.polaritas === "+") inti = persen(`${r}/${t}`, opsi);
  else if (opsi.metode === "rasio") {
    // T / R x 100 written as 100 / (R / T): target 0 then gives #DIV/0! as in the engine (plain
    // T / R would give 0), at the cost of a last-digit rounding difference.
    inti = opsi.hasilPecahan === true ? `1/(${r}/${t})` : `100/(${r}/${t})`;
  } else if (opsi.metode === "sisa") inti = persen(`(${t}-${r})/${t}`, opsi);
  else inti = persen(`(2*${t}-${r})/${t}`, opsi);
  return kecualiKosong([bt, br], inti);
}

function syaratBawah(c: string, b: Band): string | undefined {
  if (b.min === undefined) return undefined;
  return `${c}${b.minInclusive ? ">=" : ">"}${angkaRumus(b.min)}`;
}

function syaratAtas(c: string, b: Band): string | undefined {
  if (b.max === undefined) return undefined;
  return `${c}${b.maxInclusive ? "<=" : "<"}${angkaRumus(b.max)}`;
}

/** Everything at or above (`inklusif`) / strictly above `nilai` is already taken by earlier IFs. */
interface Tertangkap {
  nilai: number;
  inklusif: boolean;
}

/** Whether every value not yet taken lies within the band's upper bound. */
function atasTercakup(sudah: Tertangkap | undefined, b: Band): boolean {
  if (b.max === undefined) return true;
  if (sudah === undefined) return false;
  if (sudah.inklusif) return sudah.nilai <= b.max;
  return sudah.nilai < b.max || (sudah.nilai === b.max && b.maxInclusive);
}

function atasDari(b: Band): number {
  return b.max ?? Infinity;
}

/** Orders bands as the engine does (lower bound, then upper bound); positive when a lies above b. */
function bandingPita(a: Band, b: Band): number {
  const bawahA = a.min ?? -Infinity;
  const bawahB = b.min ?? -Infinity;
  if (bawahA !== bawahB) return bawahA < bawahB ? -1 : 1;
  if (a.min !== undefined && a.minInclusive !== b.minInclusive) return a.minInclusive ? -1 : 1;
  const atasA = atasDari(a);
  const atasB = atasDari(b);
  if (atasA !== atasB) return atasA < atasB ? -1 : 1;
  if (a.max !== undefined && a.maxInclusive !== b.maxInclusive) return a.maxInclusive ? 1 : -1;
  return 0;
}

/**
 * The band the engine gives a capaian above every band's upper bound (`kategori` in kategori.ts):
 * the highest of the bands whose upper bound is the largest.
 */
function pitaPuncak(bands: readonly Band[]): { band: Band; puncak: number } | undefined {
  if (bands.length === 0) return undefined;
  const puncak = Math.max(...bands.map(atasDari));
  if (!Number.isFinite(puncak)) return undefined;
  const band = bands
    .filter((b) => atasDari(b) === puncak)
    .reduce((a, b) => (bandingPita(b, a) > 0 ? b : a));
  return { band, puncak };
}

/**
 * Kategori by nested IF (IFS is not in Excel 2016), bands tested in the scale's order as the
 * engine does. Upper bounds already implied by the IFs before are left out, so the usual scales
 * read as planners write them: `IF(C5>90,"Sangat Tinggi",IF(C5>75,"Tinggi",...))`. A capaian
 * above every band takes the top band; one in a gap or below the lowest bound gives `#N/A`.
 */
export function rumusKategori(capaian: Masukan, skala: Skala): string {
  const b = bentuk(capaian);
  const c = poin(b);
  const bands = skala.bands ?? [];
  const atas = pitaPuncak(bands);
  const bagian: { syarat: string; label: string }[] = [];
  let sudah: Tertangkap | undefined;
  let habis = false;
  for (let i = 0; i < bands.length && !habis; i++) {
    const band = bands[i];
    // Above its upper bound the top band still applies, so the first band, when it is the top
    // band, needs no upper test.
    const bebasAtas = atasTercakup(sudah, band) || (i === 0 && atas?.band === band);
    const syarat = [syaratBawah(c, band), bebasAtas ? undefined : syaratAtas(c, band)].filter(
      (s): s is string => s !== undefined,
    );
    if (syarat.length === 0) {
      bagian.push({ syarat: "", label: band.label });
      habis = true;
      break;
    }
    bagian.push({
      syarat: syarat.length === 1 ? syarat[0] : `AND(${syarat.join(",")})`,
      label: band.label,
    });
    if (bebasAtas && band.min !== undefined) {
      sudah = { nilai: band.min, inklusif: band.minInclusive };
    }
  }
  let sisa: string;
  if (habis) sisa = "";
  else if (atas !== undefined && !semuaDiAtas(sudah, atas.puncak)) {
    sisa = `IF(${c}>=${angkaRumus(atas.puncak)},${teksRumus(atas.band.label)},NA())`;
  } else sisa = "NA()";
  let rumus = sisa;
  for (let i = bagian.length - 1; i >= 0; i--) {
    const p = bagian[i];
    rumus = p.syarat === "" ? teksRumus(p.label) : `IF(${p.syarat},${teksRumus(p.label)},${rumus})`;
  }
  return b.sel ? `IF(ISBLANK(${b.teks}),NA(),${rumus})` : rumus;
}

/** Whether the IFs already took every value at or above `puncak`. */
function semuaDiAtas(sudah: Tertangkap | undefined, puncak: number): boolean {
  if (sudah === undefined) return false;
  return sudah.nilai < puncak || (sudah.nilai === puncak && sudah.inklusif);
}

/** Serapan anggaran: realisasi / pagu x 100. */
export function rumusSerapan(pagu: Masukan, realisasi: Masukan, opsi?: OpsiHasil): string {
  const bp = bentuk(pagu);
  const br = bentuk(realisasi);
  return kecualiKosong([bp, br], persen(`${br.teks}/${bp.teks}`, opsi));
}

/** Sisa anggaran (SILPA): pagu - realisasi. */
export function rumusSisa(pagu: Masukan, realisasi: Masukan): string {
  const bp = bentuk(pagu);
  const br = bentuk(realisasi);
  return kecualiKosong([bp, br], `${bp.teks}-${br.teks}`);
}

/** Persentase sisa: (pagu - realisasi) / pagu x 100. */
export function rumusPersenSisa(pagu: Masukan, realisasi: Masukan, opsi?: OpsiHasil): string {
  const bp = bentuk(pagu);
  const br = bentuk(realisasi);
  return kecualiKosong([bp, br], persen(`(${bp.teks}-${br.teks})/${bp.teks}`, opsi));
}

/**
 * Tingkat efisiensi from capaian and serapan (percent points): selisih c - s, rasio c / s,
 * indeks c / s x 100. A rasio is a plain number, so a percent-formatted cell keeps it as is.
 */
export function rumusEfisiensi(
  capaian: Masukan,
  serapan: Masukan,
  metode: MetodeEfisiensi,
  opsi?: OpsiHasil,
): string {
  const bc = bentuk(capaian);
  const bs = bentuk(serapan);
  const pecahanHasil = opsi?.hasilPecahan === true;
  let inti: string;
  if (metode === "selisih") {
    const beda = `${poin(bc)}-${poin(bs)}`;
    inti = pecahanHasil ? `(${beda})/100` : beda;
  } else {
    const [c, s] = sebanding(bc, bs);
    inti = metode === "rasio" ? `${c}/${s}` : persen(`${c}/${s}`, opsi);
  }
  return kecualiKosong([bc, bs], inti);
}

// ---- The add-in's custom functions ----------------------------------------------------------

/**
 * How Excel stores a call of an Office add-in custom function in a file: `_xldudf_` then the
 * namespace and the function id with dots as underscores. Excel shows it as `SAKIP.CAPAIAN(...)`
 * while the add-in is loaded and `#NAME?` without it.
 */
export function namaFungsiSakip(id: string): string {
  return `_xldudf_SAKIP_${id.replace(/\./g, "_")}`;
}

/** A `SAKIP.*` argument: percent-formatted inputs scaled, since the functions see only the value. */
function argumen(m: Masukan): string {
  return poin(bentuk(m));
}

function panggil(id: string, args: readonly string[], opsi?: OpsiHasil): string {
  const p = `${namaFungsiSakip(id)}(${args.join(",")})`;
  return opsi?.hasilPecahan === true ? `${p}/100` : p;
}

/** `SAKIP.CAPAIAN(target, realisasi, arah, metode)`. */
export function fungsiCapaian(target: Masukan, realisasi: Masukan, opsi: OpsiCapaian): string {
  return panggil(
    "CAPAIAN",
    [argumen(target), argumen(realisasi), teksRumus(opsi.polaritas), teksRumus(opsi.metode)],
    opsi,
  );
}

/** `SAKIP.KATEGORI(capaian, skala)`: presets only; a user scale needs its table in the sheet. */
export function fungsiKategori(capaian: Masukan, skalaId: string): string {
  return panggil("KATEGORI", [argumen(capaian), teksRumus(skalaId)]);
}

export function fungsiSerapan(pagu: Masukan, realisasi: Masukan, opsi?: OpsiHasil): string {
  return panggil("SERAPAN", [argumen(pagu), argumen(realisasi)], opsi);
}

export function fungsiSisa(pagu: Masukan, realisasi: Masukan): string {
  return panggil("SISA", [argumen(pagu), argumen(realisasi)]);
}

export function fungsiEfisiensi(
  capaian: Masukan,
  serapan: Masukan,
  metode: MetodeEfisiensi,
  opsi?: OpsiHasil,
): string {
  const p = panggil("EFISIENSI", [argumen(capaian), argumen(serapan), teksRumus(metode)]);
  if (opsi?.hasilPecahan !== true || metode === "rasio") return p;
  return `${p}/100`;
}
