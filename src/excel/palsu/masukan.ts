/**
 * What Excel makes of one entry of a `values`/`formulas` 2-D array, the way typing it would:
 * `null` leaves the cell alone, `""` clears it, `=` starts a formula, a leading apostrophe forces
 * text, and numeric, percent, boolean or error text becomes that type. Parsing uses the invariant
 * (en-US) conventions; a Text-formatted (`@`) cell keeps input verbatim.
 */
import type { CellValue } from "../../core/workbook";

export type Masukan =
  | { jenis: "tetap" }
  | { jenis: "kosong" }
  | { jenis: "nilai"; v: Exclude<CellValue, null> }
  | { jenis: "rumus"; f: string };

const ANGKA = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ANGKA_RIBUAN = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERSEN = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/;

export const POLA_GALAT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Undefined when the entry is not something Excel accepts (an object, NaN, Infinity). */
export function tafsirkanMasukan(
  masukan: unknown,
  format: string | undefined,
): Masukan | undefined {
  if (masukan === null || masukan === undefined) return { jenis: "tetap" };
  if (typeof masukan === "boolean") return { jenis: "nilai", v: masukan };
  if (typeof masukan === "number") {
    return Number.isFinite(masukan) ? { jenis: "nilai", v: masukan } : undefined;
  }
  if (typeof masukan !== "string") return undefined;
  if (masukan === "") return { jenis: "kosong" };
  if (format === "@") return { jenis: "nilai", v: masukan };
  if (masukan.startsWith("'")) {
    const teks = masukan.slice(1);
    return teks === "" ? { jenis: "kosong" } : { jenis: "nilai", v: teks };
  }
  if (masukan.startsWith("=") && masukan.length > 1) return { jenis: "rumus", f: masukan.slice(1) };
  const t = masukan.trim();
  if (ANGKA.test(t)) return { jenis: "nilai", v: Number(t) };
  if (ANGKA_RIBUAN.test(t)) return { jenis: "nilai", v: Number(t.replace(/,/g, "")) };
  const persen = PERSEN.exec(t);
  if (persen !== null) return { jenis: "nilai", v: Number(persen[1]) / 100 };
  if (/^true$/i.test(t)) return { jenis: "nilai", v: true };
  if (/^false$/i.test(t)) return { jenis: "nilai", v: false };
  if (POLA_GALAT.test(t.toUpperCase())) return { jenis: "nilai", v: t.toUpperCase() };
  return { jenis: "nilai", v: masukan };
}
