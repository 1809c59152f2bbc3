/**
 * What one table cannot tell, another can (SAKIP.md section 2, NOTES-002):
 * - kegiatan and sub kegiatan printed alike (no code, mixed case) in one column are told apart by
 *   the names the workbook settles elsewhere: a name known as a kegiatan stays a kegiatan, a name
 *   known as a sub kegiatan (by its code) becomes one, and when the workbook has a kegiatan list
 *   (the DPA, the PK) a name missing from it is a sub kegiatan of the kegiatan above;
 * - an unnumbered row in a Tujuan/Sasaran column whose text is a tujuan's indicator elsewhere is
 *   that tujuan (its indicator printed in the name cell), not a sasaran.
 */
import { namaTingkat } from "./kode";
import type { Level, RecognizedTable } from "./types";

export interface TabelAntara {
  t: RecognizedTable;
  ragu: readonly { i: number; jenis: "kegiatan" | "sasaran" }[];
  lanjutDari: ReadonlyMap<number, number>;
}

function token(nama: string): string[] {
  return nama
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((x) => x !== "");
}

/** Same name, allowing a typo or two (`Penawasan` for `Pengawasan`): 80 % of words shared. */
function mirip(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.max(a.length, b.length);
  if (n === 0 || Math.abs(a.length - b.length) > n * 0.2) return false;
  const sisa = [...b];
  let sama = 0;
  for (const x of a) {
    const i = sisa.indexOf(x);
    if (i >= 0) {
      sama++;
      sisa.splice(i, 1);
    }
  }
  return sama / n >= 0.8;
}

interface Daftar {
  persis: Map<string, string>;
  token: { t: string[]; sheet: string }[];
}

function daftarBaru(): Daftar {
  return { persis: new Map(), token: [] };
}

function tambah(d: Daftar, nama: string, sheet: string): void {
  const t = token(nama);
  const k = t.join(" ");
  if (k === "" || d.persis.has(k)) return;
  d.persis.set(k, sheet);
  d.token.push({ t, sheet });
}

/** The sheet whose list holds the name (exactly, or allowing typos when `longgar`). */
function cari(d: Daftar, nama: string, longgar: boolean): string | undefined {
  const t = token(nama);
  const p = d.persis.get(t.join(" "));
  if (p !== undefined || !longgar || d.token.length > 2000) return p;
  return d.token.find((x) => mirip(t, x.t))?.sheet;
}

export function lengkapiLintasTabel(daftar: readonly TabelAntara[]): void {
  if (!daftar.some((d) => d.ragu.length > 0)) return;
  const kegiatan = daftarBaru();
  const sub = daftarBaru();
  const tujuan = daftarBaru();
  for (const d of daftar) {
    const ragu = new Set(d.ragu.map((x) => x.i));
    d.t.rows.forEach((row, i) => {
      if (ragu.has(i) || (d.lanjutDari.has(i) && ragu.has(d.lanjutDari.get(i) as number))) return;
      if (row.level === "kegiatan" && !row.continuation && row.nama !== undefined) {
        tambah(kegiatan, row.nama, d.t.sheet);
      } else if (row.level === "subkegiatan" && !row.continuation && row.nama !== undefined) {
        tambah(sub, row.nama, d.t.sheet);
      } else if (row.level === "tujuan" && row.indikator !== undefined) {
        tambah(tujuan, row.indikator, d.t.sheet);
      }
    });
  }
  for (const d of daftar) {
    if (d.ragu.length === 0) continue;
    const diubah = new Map<number, Level>();
    for (const { i, jenis } of d.ragu) {
      const row = d.t.rows[i];
      if (row.nama === undefined) continue;
      const awal = row.levelReason.split("; ")[0];
      if (jenis === "sasaran") {
        const lembar = cari(tujuan, row.nama, false);
        if (lembar === undefined) continue;
        row.level = "tujuan";
        row.levelReason = `${awal.replace(/: sasaran$/, "")}; namanya adalah indikator tujuan di lembar '${lembar}': tujuan`;
        diubah.set(i, "tujuan");
        continue;
      }
      const lembarKegiatan = cari(kegiatan, row.nama, true);
      if (lembarKegiatan !== undefined) {
        row.levelReason = `${awal}; namanya ada dalam daftar kegiatan lembar '${lembarKegiatan}'${sisaAlasan(row.levelReason)}`;
        continue;
      }
      const lembarSub = cari(sub, row.nama, true);
      if (lembarSub === undefined && kegiatan.persis.size === 0) continue;
      row.level = "subkegiatan";
      row.levelReason =
        lembarSub !== undefined
          ? `${awal.replace(/: kegiatan$/, "")}; namanya sub kegiatan di lembar '${lembarSub}': sub kegiatan`
          : `${awal.replace(/: kegiatan$/, "")}; tidak ada dalam daftar kegiatan lembar ${[...new Set(kegiatan.persis.values())].map((s) => `'${s}'`).join(", ")}: sub kegiatan`;
      diubah.set(i, "subkegiatan");
    }
    if (diubah.size > 0) indukUlang(d, diubah);
  }
}

function sisaAlasan(alasan: string): string {
  const i = alasan.indexOf("; ");
  return i < 0 ? "" : alasan.slice(i);
}

const PERINGKAT: Readonly<Record<Level, number>> = {
  tujuan: 0,
  sasaran: 1,
  program: 2,
  kegiatan: 3,
  subkegiatan: 4,
};

/** Parents again, in order, for the rows whose level changed and the rows they lead. */
function indukUlang(d: TabelAntara, diubah: ReadonlyMap<number, Level>): void {
  const terakhir = new Map<Level, number>();
  d.t.rows.forEach((row, i) => {
    const asal = d.lanjutDari.get(i);
    if (row.continuation && asal !== undefined && diubah.has(asal)) {
      const e = d.t.rows[asal];
      const lama = row.level;
      row.level = e.level;
      if (e.parentRow === undefined) delete row.parentRow;
      else row.parentRow = e.parentRow;
      if (lama !== undefined && e.level !== undefined) {
        row.levelReason = row.levelReason.replace(
          ` dari ${namaTingkat(lama)} pada`,
          ` dari ${namaTingkat(e.level)} pada`,
        );
      }
      return;
    }
    if (row.continuation || row.level === undefined) return;
    const p = PERINGKAT[row.level];
    const ubah = diubah.has(i) || row.levelReason.includes("induk menurut urutan baris");
    if (ubah && !row.levelReason.includes("induk pada baris yang sama")) {
      let induk: number | undefined;
      for (const [lv, r] of terakhir)
        if (PERINGKAT[lv] < p && (induk === undefined || r > induk)) induk = r;
      const dasar = row.levelReason.replace(/; induk menurut urutan baris$/, "");
      if (induk === undefined) {
        delete row.parentRow;
        row.levelReason = dasar;
      } else {
        row.parentRow = induk;
        row.levelReason = `${dasar}; induk menurut urutan baris`;
      }
    }
    terakhir.set(row.level, row.row);
    for (const lv of [...terakhir.keys()]) if (PERINGKAT[lv] > p) terakhir.delete(lv);
  });
}
