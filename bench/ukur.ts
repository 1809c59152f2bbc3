/** The figure registry and timing helpers shared by every figure. */

export interface Tujuan {
  /** `min`: the figure must reach the value; `max`: it must stay below it. */
  jenis: "min" | "max";
  nilai: number;
}

export interface Angka {
  /** Key in the `--json` output; stable, snake_case. */
  nama: string;
  /** What is measured, for the human output. */
  label: string;
  satuan: string;
  tujuan: Tujuan;
  ukur: () => number;
}

const daftar: Angka[] = [];

/** Adds a figure; later figures print after earlier ones. */
export function daftarkan(angka: Angka): void {
  if (daftar.some((a) => a.nama === angka.nama)) throw new Error(`figure ${angka.nama} exists`);
  daftar.push(angka);
}

export function semuaAngka(): readonly Angka[] {
  return daftar;
}

export function memenuhi(tujuan: Tujuan, nilai: number): boolean {
  return tujuan.jenis === "min" ? nilai >= tujuan.nilai : nilai < tujuan.nilai;
}

export function median(xs: readonly number[]): number {
  const urut = [...xs].sort((a, b) => a - b);
  const tengah = Math.floor(urut.length / 2);
  return urut.length % 2 === 1 ? urut[tengah] : (urut[tengah - 1] + urut[tengah]) / 2;
}

/** Milliseconds taken by `fn`. */
export function waktu(fn: () => void): number {
  const awal = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - awal) / 1e6;
}

/** Items per second over `n` items: one warm-up run, then the median of `kali` runs. */
export function lajuPerDetik(n: number, fn: () => void, kali = 5): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < kali; i++) ms.push(waktu(fn));
  return n / (median(ms) / 1000);
}

/** Deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function acak(benih: number): () => number {
  let s = benih >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value that the optimiser cannot prove unused. */
export let penampung = 0;
export function tampung(x: number): void {
  penampung += x;
}
