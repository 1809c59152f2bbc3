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

// The same names come back in every table of a workbook; folding them once saves most of the
// work. Bounded so that a long-running task pane does not grow without end.
const INGAT = new Map<string, string>();
const INGAT_MAKS = 100_000;

/** Lower-case letters and digits of an ASCII text; undefined when the text is not ASCII. */
function lipatAscii(teks: string): string | undefined {
  let hasil = "";
  for (let i = 0; i < teks.length; i++) {
    let c = teks.charCodeAt(i);
    if (c > 127) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) hasil += String.fromCharCode(c);
  }
  return hasil;
}

/** Folded name: lower case, letters and digits only, spelling variants unified. Not fuzzy. */
export function kunciNama(teks: string): string {
  const ada = INGAT.get(teks);
  if (ada !== undefined) return ada;
  let s = lipatAscii(teks) ?? teks.normalize("NFKC").toLowerCase().replace(BUKAN_HURUF_ANGKA, "");
  if (s.includes("p") || s.includes("men") || s.includes("banyak")) {
    for (const [pola, ganti] of VARIAN) s = s.replace(pola, ganti);
  }
  if (INGAT.size >= INGAT_MAKS) INGAT.clear();
  INGAT.set(teks, s);
  return s;
}

/** Lower-case words, punctuation as spaces: for keyword tests on indicator texts. */
export function kataKata(teks: string): string {
  return ` ${teks.normalize("NFKC").toLowerCase().replace(BUKAN_HURUF_ANGKA, " ").trim()} `;
}

/**
 * Numeric segments of a code as printed (`2.17.05.2. 01.` -> [2, 17, 5, 2, 1]); undefined when
 * the code is not made of digit groups (1-6 digits) separated by dots. Spaces are ignored, and
 * so are leading and trailing dots. A hand-written scan: a code is read for every row.
 */
export function segmenKode(kode: string): number[] | undefined {
  const seg: number[] = [];
  let angka = 0;
  let digit = 0;
  let kosong = false;
  for (let i = 0; i < kode.length; i++) {
    const c = kode.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // `2..17`: an empty segment inside the code.
      if (kosong) return undefined;
      angka = angka * 10 + (c - 48);
      if (++digit > 6) return undefined;
    } else if (c === 46) {
      if (digit > 0) {
        seg.push(angka);
        angka = 0;
        digit = 0;
      } else if (seg.length > 0) {
        kosong = true;
      }
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) {
      return undefined;
    }
  }
  if (digit > 0) seg.push(angka);
  return seg.length === 0 ? undefined : seg;
}

/** Codes of three segments or more are nomenclature (or office) codes; shorter ones are outline numbers. */
export const SEGMEN_KODE_MIN = 3;

const INGAT_KODE = new Map<string, string | null>();

/** Canonical text of a code (`02.017.1` -> `2.17.1`), or undefined when not a dotted number. */
export function kunciKode(kode: string): string | undefined {
  const ada = INGAT_KODE.get(kode);
  if (ada !== undefined) return ada ?? undefined;
  const seg = segmenKode(kode);
  const k = seg === undefined ? null : seg.join(".");
  if (INGAT_KODE.size >= INGAT_MAKS) INGAT_KODE.clear();
  INGAT_KODE.set(kode, k);
  return k ?? undefined;
}
