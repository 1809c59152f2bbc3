/**
 * Keys that link the same indicator, program or kegiatan across tables (SAKIP.md section 6):
 * names compared after folding case, spacing, punctuation and the spelling variants planners
 * use for one word; codes compared segment by segment.
 */

// Variants are folded on the text with spaces removed, so that words a narrow PDF column broke
// in two (`Persenta se`) still meet their whole spelling.
const VARIAN: readonly [RegExp, string][] = [
  [/p(?:e|er|r)(?:o|e)?sentas[ei]/g, "persentase"],
  // Meningkat/Meningkatnya/Meningkatkan (and Menurun...) name one direction.
  [/meningkat(?:nya|kan)?/g, "meningkat"],
  [/menurun(?:nya|kan)?/g, "menurun"],
  [/banyaknya/g, "jumlah"],
];

const BUKAN_HURUF_ANGKA = /[^\p{L}\p{N}]+/gu;

/** Folded name: lower case, letters and digits only, spelling variants unified. Not fuzzy. */
export function kunciNama(teks: string): string {
  let s = teks.normalize("NFKC").toLowerCase().replace(BUKAN_HURUF_ANGKA, "");
  for (const [pola, ganti] of VARIAN) s = s.replace(pola, ganti);
  return s;
}

/** Lower-case words, punctuation as spaces: for keyword tests on indicator texts. */
export function kataKata(teks: string): string {
  return ` ${teks.normalize("NFKC").toLowerCase().replace(BUKAN_HURUF_ANGKA, " ").trim()} `;
}

/**
 * Numeric segments of a code as printed (`2.17.05.2. 01.` -> [2, 17, 5, 2, 1]); undefined when
 * the code is not made of digit groups separated by dots.
 */
export function segmenKode(kode: string): number[] | undefined {
  const s = kode.replace(/\s+/g, "").replace(/^\.+|\.+$/g, "");
  if (s === "" || !/^\d{1,6}(?:\.\d{1,6})*$/.test(s)) return undefined;
  return s.split(".").map(Number);
}

/** Codes of three segments or more are nomenclature (or office) codes; shorter ones are outline numbers. */
export const SEGMEN_KODE_MIN = 3;

/** Canonical text of a code (`02.017.1` -> `2.17.1`), or undefined when not a dotted number. */
export function kunciKode(kode: string): string | undefined {
  const seg = segmenKode(kode);
  return seg === undefined ? undefined : seg.join(".");
}
