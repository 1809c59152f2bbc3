/**
 * Budget: serapan (absorption) and sisa/SILPA (SAKIP.md section 5).
 */
import type { Nilai } from "./nilai";
import { angkaTeks, bacaDua, isErr, type Angka } from "./pesan";
import { err, ok, type Err, type Result } from "./result";

/** Reads pagu and realisasi as amounts of money; a percent is not an amount. */
function bacaUang(pagu: Nilai | number, realisasi: Nilai | number): [number, number] | Err {
  const dibaca = bacaDua(pagu, "Pagu", realisasi, "Realisasi anggaran");
  if (isErr(dibaca)) return dibaca;
  const [p, r] = dibaca;
  const persen = (a: Angka, nama: string): Err =>
    err("value", `${nama} berupa persen (${angkaTeks(a.value)}%), bukan jumlah uang.`);
  if (p.persen) return persen(p, "Pagu");
  if (r.persen) return persen(r, "Realisasi anggaran");
  return [p.value, r.value];
}

function catatanUang(pagu: number, realisasi: number): string[] {
  const catatan: string[] = [];
  if (pagu < 0 || realisasi < 0) {
    catatan.push("Pagu atau realisasi anggaran bernilai negatif: periksa angkanya.");
  }
  if (realisasi > pagu && pagu >= 0) {
    catatan.push(
      `Realisasi anggaran (${angkaTeks(realisasi)}) melebihi pagu (${angkaTeks(pagu)}).`,
    );
  }
  return catatan;
}

/** realisasi / pagu x 100; pagu 0 -> div0. */
export function hitungSerapan(pagu: Nilai | number, realisasi: Nilai | number): Result<number> {
  const uang = bacaUang(pagu, realisasi);
  if (isErr(uang)) return uang;
  const [p, r] = uang;
  if (p === 0) return err("div0", "Pagu 0: serapan anggaran tidak dapat dihitung.");
  const serapan = (r / p) * 100;
  if (!Number.isFinite(serapan)) {
    return err("value", "Serapan anggaran di luar jangkauan angka.");
  }
  return ok(serapan, catatanUang(p, r));
}

/** pagu - realisasi. */
export function hitungSisa(pagu: Nilai | number, realisasi: Nilai | number): Result<number> {
  const uang = bacaUang(pagu, realisasi);
  if (isErr(uang)) return uang;
  const [p, r] = uang;
  return ok(p - r, catatanUang(p, r));
}

/** (pagu - realisasi) / pagu x 100. */
export function hitungPersenSisa(pagu: Nilai | number, realisasi: Nilai | number): Result<number> {
  const uang = bacaUang(pagu, realisasi);
  if (isErr(uang)) return uang;
  const [p, r] = uang;
  if (p === 0) return err("div0", "Pagu 0: persentase sisa anggaran tidak dapat dihitung.");
  const persen = ((p - r) / p) * 100;
  if (!Number.isFinite(persen)) {
    return err("value", "Persentase sisa anggaran di luar jangkauan angka.");
  }
  return ok(persen, catatanUang(p, r));
}
