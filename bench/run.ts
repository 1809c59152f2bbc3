/**
 * Performance figures (printed, never asserted in tests):
 *
 *   npm run bench              one line per figure with its goal and OK/MISS
 *   npm run -s bench -- --json one JSON object { "figure_name": number, ... } on stdout
 *
 * Figures live in figures.ts; add one there with `daftarkan`.
 */
import "./figures";
import { memenuhi, semuaAngka } from "./ukur";
import type { Angka } from "./ukur";

function format(x: number): string {
  if (Math.abs(x) >= 1e6) return `${(x / 1e6).toFixed(2)} juta`;
  return x >= 100 ? x.toFixed(0) : x.toFixed(2);
}

function baris(a: Angka, nilai: number): string {
  const tanda = a.tujuan.jenis === "min" ? ">=" : "<";
  const status = memenuhi(a.tujuan, nilai) ? "OK" : "MISS";
  return (
    `${a.nama.padEnd(28)} ${`${format(nilai)} ${a.satuan}`.padEnd(26)} ` +
    `tujuan ${tanda} ${format(a.tujuan.nilai)}`.padEnd(22) +
    ` ${status.padEnd(4)}  ${a.label}`
  );
}

function utama(argv: readonly string[]): void {
  const json = argv.includes("--json");
  const hasil: Record<string, number> = {};
  for (const a of semuaAngka()) {
    const nilai = a.ukur();
    hasil[a.nama] = Number(nilai.toPrecision(6));
    if (!json) console.log(baris(a, nilai));
  }
  if (json) process.stdout.write(`${JSON.stringify(hasil)}\n`);
}

utama(process.argv.slice(2));
