/** Inputs for the figures, built from the formats of the seed reports (SAKIP.md section 4). */
import { acak } from "./ukur";

function ribuan(n: number, pemisah: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, pemisah);
}

function dua(x: number): string {
  return x.toFixed(2);
}

type Pembuat = (r: () => number) => string;

const FORMAT: readonly Pembuat[] = [
  (r) => `${dua(50 + r() * 60).replace(".", ",")}%`,
  (r) => `${Math.floor(r() * 100)} Prosen`,
  (r) => ribuan(Math.floor(r() * 9e9), "."),
  (r) => dua(r() * 100),
  (r) => `${1 + Math.floor(r() * 40)} dokumen`,
  (r) => `${1 + Math.floor(r() * 40)} Dok`,
  (r) => `${1 + Math.floor(r() * 500)} Orang`,
  (r) => `Rp ${ribuan(Math.floor(r() * 5e9), ".")},-`,
  (r) => `Rp. ${ribuan(Math.floor(r() * 5e8), ".")},00`,
  (r) => ribuan(Math.floor(r() * 9e8), ","),
  (r) => `${(r() * 10).toFixed(1)}%`,
  (r) => `${dua(r() * 100).replace(".", ",")} persen`,
  (r) => `${Math.floor(r() * 100)} poin`,
  () => "-",
  () => "NA",
  () => "",
  (r) => ["AA", "A", "BB", "B", "CC", "C", "D"][Math.floor(r() * 7)],
  () => "Menunggu Rilis PDRB oleh BPS 2024",
  (r) => `${Math.floor(r() * 100)}% ${Math.floor(r() * 100)}%`,
  () => "Meningkat",
];

/** `n` cell texts in the formats planners type, in a fixed pseudo-random mix. */
export function korpusNilai(n: number, benih = 2024): string[] {
  const r = acak(benih);
  const hasil = new Array<string>(n);
  for (let i = 0; i < n; i++) hasil[i] = FORMAT[Math.floor(r() * FORMAT.length)](r);
  return hasil;
}

/** Targets and realisasi as plain numbers (targets never 0, so every row has a capaian). */
export function korpusAngka(
  n: number,
  benih = 86,
): { target: Float64Array; realisasi: Float64Array } {
  const r = acak(benih);
  const target = new Float64Array(n);
  const realisasi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    target[i] = 1 + r() * 1000;
    realisasi[i] = r() * 1200;
  }
  return { target, realisasi };
}
