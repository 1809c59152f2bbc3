/**
 * Labels one column off from their data (SAKIP.md section 3): a header cell like `SASARAN` that
 * spans a number cell and a name cell in the body pushes every later label one column left of
 * its data. The shift is found by where the data actually sits: for each possible start column,
 * how well each label's kind (name, value, code) matches the body under it.
 */
import type { Label } from "./judul";
import { PERAN_NAMA, PERAN_NILAI } from "./label";
import type { Tipe } from "./wilayah";

export interface Geseran {
  /** First column whose label moves. */
  mulai: number;
  arah: 1 | -1;
  skor: number;
  skorAwal: number;
}

export function tipeLabel(jalur: readonly Label[] | undefined): Tipe | undefined {
  if (jalur === undefined || jalur.length === 0) return undefined;
  for (let i = jalur.length - 1; i >= 0; i--) {
    const b = jalur[i].bacaan;
    if (b === undefined || b.khusus === "rp") continue;
    if (b.khusus !== undefined) {
      return b.khusus === "kategori-nama" || b.khusus === "teks" ? "teks" : "nilai";
    }
    const role = b.role;
    if (role === undefined) continue;
    if (role === "no" || role === "kode") return "kode";
    if (PERAN_NAMA.has(role) || role === "indikator") return "nama";
    if (PERAN_NILAI.has(role)) return "nilai";
    return "teks";
  }
  return undefined;
}

function cocok(l: Tipe | undefined, d: Tipe | undefined): number {
  if (l === undefined || d === undefined) return 0;
  if (l === d) return 1;
  if ((l === "teks" && d === "nama") || (l === "nama" && d === "teks")) return 0.5;
  if (l === "nilai" && d === "kode") return 0.5;
  if (l === "kode" && d === "nilai") return 0;
  if (l === "nama" && d === "kode") return 0;
  return -1;
}

/**
 * The best shift of a suffix of labels, or undefined when the labels already sit on their data.
 * `label[c]` and `data[c]` are indexed by sheet column.
 */
export function cariGeseran(
  label: ReadonlyMap<number, Tipe | undefined>,
  data: ReadonlyMap<number, Tipe | undefined>,
  c0: number,
  c1: number,
): Geseran | undefined {
  let awal = 0;
  for (let c = c0; c <= c1; c++) awal += cocok(label.get(c), data.get(c));
  let terbaik: Geseran | undefined;
  const arahCoba: (1 | -1)[] = [];
  if (data.get(c1 + 1) !== undefined) arahCoba.push(1);
  if (data.get(c1) === undefined && label.get(c1) !== undefined) arahCoba.push(-1);
  for (const arah of arahCoba) {
    for (let j = c0 + 1; j <= c1; j++) {
      let s = 0;
      if (arah === 1) {
        // The label before the gap spans two body columns (a number cell and a name cell).
        for (let c = c0; c < j - 1; c++) s += cocok(label.get(c), data.get(c));
        const l = label.get(j - 1);
        const a = data.get(j - 1);
        const b = data.get(j);
        s += Math.max(cocok(l, a), cocok(l, b));
        if (l === "nama" && a === "kode" && b === "nama") s += 0.5;
      } else {
        for (let c = c0; c < j; c++) s += cocok(label.get(c), data.get(c));
      }
      for (let c = j; c <= c1; c++) s += cocok(label.get(c), data.get(c + arah));
      if (terbaik === undefined || s > terbaik.skor) {
        terbaik = { mulai: j, arah, skor: s, skorAwal: awal };
      }
    }
  }
  return terbaik !== undefined && terbaik.skor >= awal + 1.5 ? terbaik : undefined;
}
