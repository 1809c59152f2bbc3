/**
 * `total-mismatch`: JUMLAH rows against the sum of their rows (money), the pooled or mean
 * percentage (serapan) and the mean capaian; RATA-RATA rows against the mean of their rows.
 * The rows are those at the top level of the part of the table the total closes.
 */
import type { ColumnRoleId, DataRow, Level } from "../tabel/types";
import { LEVELS } from "../tabel/types";
import type { KolomBaca, TabelBaca } from "./baca";
import { cetakBaris, cetakTotal, cocok, selTotal, uang, type Cetak, type Konteks } from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

const UANG: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "pagu",
  "realisasi_anggaran",
  "sisa",
]);
const PERSEN_ANGGARAN: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "serapan",
  "persen_sisa",
]);
/** Columns averaged as themselves in a RATA-RATA row; any other column holds the mean capaian. */
const RATA_SENDIRI: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "serapan",
  "persen_sisa",
  "efisiensi",
]);

/**
 * Data rows a total closes: those since the previous total row; for a total printed above its
 * rows (the URUSAN row over the programs), those down to the next total; for a total right after
 * another (JUMLAH then RATA-RATA), every row above.
 */
function barisBagian(tb: TabelBaca, j: number): number[] {
  const ini = tb.tabel.totalRows[j].row;
  let sebelum = -1;
  let sesudah = Infinity;
  for (const t of tb.tabel.totalRows) {
    if (t.row < ini && t.row > sebelum) sebelum = t.row;
    if (t.row > ini && t.row < sesudah) sesudah = t.row;
  }
  const rows = tb.tabel.rows;
  const antara = (a: number, b: number) => {
    const hasil: number[] = [];
    for (let i = 0; i < rows.length; i++) if (rows[i].row > a && rows[i].row < b) hasil.push(i);
    return hasil;
  };
  let dipilih = antara(sebelum, ini);
  if (dipilih.length === 0) dipilih = antara(ini, sesudah);
  if (dipilih.length === 0) dipilih = antara(-1, ini);
  // A table that mixes levels is totalled over its top level.
  let puncak: number | undefined;
  for (const i of dipilih) {
    const l = rows[i].level;
    if (l === undefined) continue;
    const p = LEVELS.indexOf(l);
    if (puncak === undefined || p < puncak) puncak = p;
  }
  if (puncak !== undefined) {
    const level: Level = LEVELS[puncak];
    dipilih = dipilih.filter((i) => rows[i].level === level);
  }
  return dipilih;
}

function rata(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

interface Harapan {
  nilai: number;
  /** Other readings a report may have used (mean-of-ratios, printed inputs). */
  lain: number[];
  jenis: [string, string];
}

function harapanJumlah(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca,
  baris: readonly number[],
  rows: readonly DataRow[],
  j: number,
): Harapan | undefined {
  const role = k.peran.role;
  const utama = baris.filter((i) => !rows[i].continuation);
  if (UANG.has(role)) {
    let s = 0;
    let n = 0;
    for (const i of utama) {
      const v = uang(k.nilai[i]);
      if (v !== undefined) {
        s += v;
        n++;
      }
    }
    return n === 0 ? undefined : { nilai: s, lain: [], jenis: ["jumlah", "sum"] };
  }
  if (PERSEN_ANGGARAN.has(role)) {
    const a = tb.anggaran;
    if (a.pagu === undefined || a.realisasi === undefined) return undefined;
    let pagu = 0;
    let real = 0;
    let n = 0;
    const persen: number[] = [];
    for (const i of utama) {
      const p = uang(a.pagu.nilai[i]);
      const r = uang(a.realisasi.nilai[i]);
      if (p === undefined || r === undefined) continue;
      pagu += p;
      real += r;
      n++;
      const c = cetakBaris(ktx, tb, k, i);
      if (c !== undefined) persen.push(c.nilai);
    }
    if (n === 0 || pagu === 0) return undefined;
    const nilai = role === "serapan" ? (real / pagu) * 100 : ((pagu - real) / pagu) * 100;
    const lain: number[] = [];
    const rr = rata(persen);
    if (rr !== undefined) lain.push(rr);
    // The total row's own printed amounts give the ratio the report most likely divided.
    const pt = uang(a.pagu.nilaiTotal[j]);
    const rt = uang(a.realisasi.nilaiTotal[j]);
    if (pt !== undefined && rt !== undefined && pt !== 0) {
      lain.push(role === "serapan" ? (rt / pt) * 100 : ((pt - rt) / pt) * 100);
    }
    return { nilai, lain, jenis: ["rasio jumlah", "ratio of sums"] };
  }
  if (role === "capaian" || role === "kemajuan") return rataCapaian(ktx, tb, baris);
  return undefined;
}

/** Mean of the rows' capaian: computed where it can be, else as printed. */
function rataCapaian(ktx: Konteks, tb: TabelBaca, baris: readonly number[]): Harapan | undefined {
  const hitung: number[] = [];
  const cetak: number[] = [];
  const kolom = tb.kemajuan?.kolom ?? tb.utama?.capaian;
  for (const i of baris) {
    const c = cetakBaris(ktx, tb, kolom, i);
    const h = ktx.hasil[tb.indeks][i].capaian;
    if (c !== undefined) cetak.push(c.nilai);
    if (h?.ok) hitung.push(h.value);
    else if (c !== undefined) hitung.push(c.nilai);
  }
  const nilai = rata(hitung);
  if (nilai === undefined) return undefined;
  const rc = rata(cetak);
  return {
    nilai,
    lain: rc === undefined ? [] : [rc],
    jenis: ["rata-rata capaian", "mean capaian"],
  };
}

/** Mean of a column's own values (printed; computed serapan where printed is missing). */
function rataKolom(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca,
  baris: readonly number[],
): Harapan | undefined {
  const cetak: number[] = [];
  const hitung: number[] = [];
  for (const i of baris) {
    const c = cetakBaris(ktx, tb, k, i);
    const hb = ktx.hasil[tb.indeks][i];
    const h = k === tb.anggaran.serapan && hb.serapan?.ok ? hb.serapan.value : c?.nilai;
    if (c !== undefined) cetak.push(c.nilai);
    if (h !== undefined) hitung.push(h);
  }
  const nilai = rata(hitung);
  if (nilai === undefined) return undefined;
  const rc = rata(cetak);
  return { nilai, lain: rc === undefined ? [] : [rc], jenis: ["rata-rata", "mean"] };
}

function harapanRata(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca,
  baris: readonly number[],
): Harapan | undefined {
  const role = k.peran.role;
  if (RATA_SENDIRI.has(role)) return rataKolom(ktx, tb, k, baris);
  const cap = rataCapaian(ktx, tb, baris);
  if (role === "capaian" || role === "kemajuan") return cap;
  // A mean capaian printed under another column (tables without a capaian column put it under
  // REALISASI); a mean of the column itself is accepted too.
  const sendiri = rataKolom(ktx, tb, k, baris);
  if (cap === undefined) return sendiri;
  if (sendiri === undefined) return cap;
  const adaKolomCapaian = tb.kolom.some(
    (x) => x.peran.role === "capaian" || x.peran.role === "kemajuan",
  );
  const [utama, lain] = adaKolomCapaian ? [sendiri, cap] : [cap, sendiri];
  return { ...utama, lain: [...utama.lain, lain.nilai, ...lain.lain] };
}

function toleransi(ktx: Konteks, role: ColumnRoleId): number {
  return UANG.has(role) ? ktx.pengaturan.toleransi.rupiah : ktx.pengaturan.toleransi.persen;
}

/** The totals of neighbouring columns: amounts printed one column off are not a mismatch. */
function tetangga(tb: TabelBaca, k: KolomBaca): KolomBaca[] {
  return tb.kolom.filter(
    (x) => x !== k && x.nilai.length > 0 && Math.abs(x.peran.col - k.peran.col) === 1,
  );
}

export function aturanTotal(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    const rows = tb.tabel.rows;
    tb.tabel.totalRows.forEach((total, j) => {
      const baris = barisBagian(tb, j);
      if (baris.length === 0) return;
      const harapan = new Map<KolomBaca, Harapan | undefined>();
      const harap = (k: KolomBaca) => {
        if (!harapan.has(k)) {
          const h =
            total.jenis === "jumlah"
              ? harapanJumlah(ktx, tb, k, baris, rows, j)
              : harapanRata(ktx, tb, k, baris);
          harapan.set(k, h);
        }
        return harapan.get(k);
      };
      for (const k of tb.kolom) {
        if (k.nilaiTotal.length === 0) continue;
        const c: Cetak | undefined = cetakTotal(ktx, tb, k, j);
        if (c === undefined) continue;
        const h = harap(k);
        if (h === undefined) continue;
        const tol = toleransi(ktx, k.peran.role);
        if ([h.nilai, ...h.lain].some((x) => cocok(c, x, tol))) continue;
        const geser = tetangga(tb, k).some((x) => {
          const hx = harap(x);
          return (
            hx !== undefined &&
            [hx.nilai, ...hx.lain].some((v) => cocok(c, v, toleransi(ktx, x.peran.role)))
          );
        });
        if (geser) continue;
        hasil.push({
          rule: "total-mismatch",
          ...selTotal(tb, k, j),
          message:
            `Baris "${total.label}" mencetak ${angkaId(c.nilai)}, sedangkan ${h.jenis[0]} dari ` +
            `${baris.length} baris di atasnya adalah ${angkaId(h.nilai)} (selisih ${angkaId(c.nilai - h.nilai)}).`,
          messageEn:
            `Row "${total.label}" prints ${angkaEn(c.nilai)}, but the ${h.jenis[1]} of the ` +
            `${baris.length} rows above is ${angkaEn(h.nilai)} (difference ${angkaEn(c.nilai - h.nilai)}).`,
          expected: h.nilai,
          actual: c.nilai,
        });
      }
    });
  }
  return hasil;
}
