/**
 * The SAKIP custom functions: thin wrappers over the core engine. Every data parameter is a range
 * and every result is a range of the broadcast shape, so a whole column is computed by one call.
 * The metadata (functions.json) is generated from the JSDoc below, and the build appends the
 * `CustomFunctions.associate` calls; never register these functions by hand.
 *
 * Parameters are typed `unknown[][]`, which the metadata generator maps to a matrix of `any`
 * (`any` itself is banned by the lint rules): Excel hands over numbers, texts, booleans and empty
 * cells, all narrowed by the helpers.
 */
import "./runtime";
import { capaianAngka, hitungCapaian } from "../core/capaian";
import type { MetodeNegatif, Polaritas } from "../core/capaian";
import { kemajuanRenstra } from "../core/agregat";
import { hitungSerapan, hitungSisa } from "../core/anggaran";
import { hitungEfisiensi, kategoriEfisiensi } from "../core/efisiensi";
import type { MetodeEfisiensi } from "../core/efisiensi";
import { kategori } from "../core/kategori";
import type { Err } from "../core/result";
import {
  angkaSel,
  bacaArahSel,
  bacaMetodeEfisiensiSel,
  bacaMetodeNegatifSel,
  bacaRentang,
  ingatTerakhir,
  sebagaiData,
} from "./baca";
import { dariHasil, galatExcel } from "./galat";
import { keMatriks, petakan, siarkan } from "./matriks";
import type { SelHasil } from "./matriks";
import { pengaturanFungsi } from "./settings";
import { bacaSkala } from "./skala";

// Descriptions stay on one line each: functions.json keeps line breaks and Excel shows them as is.

/**
 * Menghitung capaian kinerja (%) dari target dan realisasi: realisasi / target x 100, atau untuk indikator negatif (arah -) menurut metode selisih, rasio atau sisa.
 * @customfunction CAPAIAN CAPAIAN
 * @param target Target kinerja: angka, teks ("76,50%", "18 dokumen") atau predikat (A, BB, ...).
 * @param realisasi Realisasi kinerja, dalam satuan yang sama dengan target.
 * @param [arah] Arah indikator: + atau naik/meningkat/positif (bawaan), - atau turun/menurun/negatif.
 * @param [metode] Rumus untuk indikator negatif: selisih (bawaan), rasio atau sisa.
 * @returns Capaian dalam persen (100 berarti 100%), tanpa pembulatan.
 */
export function sakipCapaian(
  target: unknown[][],
  realisasi: unknown[][],
  arah?: unknown[][],
  metode?: unknown[][],
): unknown[][] {
  const bawaan = pengaturanFungsi().metodeNegatif;
  const arahDari = ingatTerakhir(bacaArahSel);
  const metodeDari = ingatTerakhir((x) => bacaMetodeNegatifSel(x, bawaan));
  return siarkan(
    [
      bacaRentang(keMatriks(target)),
      bacaRentang(keMatriks(realisasi)),
      keMatriks(arah),
      keMatriks(metode),
    ],
    (sel) => {
      const polaritas: Polaritas | Err = arahDari(sel[2]);
      if (typeof polaritas !== "string") return galatExcel(polaritas.error, polaritas.message);
      const cara: MetodeNegatif | Err = metodeDari(sel[3]);
      if (typeof cara !== "string") return galatExcel(cara.error, cara.message);
      const t = sel[0];
      const r = sel[1];
      if (typeof t === "number" && typeof r === "number") {
        const x = capaianAngka(t, r, polaritas, cara);
        if (Number.isFinite(x)) return x;
      }
      // No number from the kernel: the full computation says why (target 0, pending, ...).
      return dariHasil(hitungCapaian(sebagaiData(t), sebagaiData(r), { polaritas, metode: cara }));
    },
  );
}

/**
 * Memberi kategori capaian menurut skala permendagri86 (bawaan), permendagri86-bulat, atribut, atau tabel skala Anda sendiri.
 * @customfunction KATEGORI KATEGORI
 * @param capaian Capaian dalam persen (95 berarti 95%), satu sel atau rentang.
 * @param [skala] Nama skala (permendagri86, permendagri86-bulat, atribut) atau rentang tabel: batas bawah | label, atau batas bawah | batas atas | label.
 * @returns Label kategori, misalnya Sangat Tinggi.
 */
export function sakipKategori(capaian: unknown[][], skala?: unknown[][]): unknown[][] {
  const s = bacaSkala(keMatriks(skala), pengaturanFungsi().skala);
  return petakan(bacaRentang(keMatriks(capaian)), (x): SelHasil => {
    if (s === undefined || !("bands" in s)) {
      return s === undefined
        ? galatExcel("value", "Skala tidak ada.")
        : galatExcel(s.error, s.message);
    }
    const n = angkaSel(x);
    return typeof n === "number" ? dariHasil(kategori(n, s)) : galatExcel(n.error, n.message);
  });
}

/**
 * Menghitung serapan anggaran (%): realisasi anggaran / pagu x 100.
 * @customfunction SERAPAN SERAPAN
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp 1.234.567,-".
 * @param realisasi Realisasi anggaran.
 * @returns Serapan dalam persen.
 */
export function sakipSerapan(pagu: unknown[][], realisasi: unknown[][]): unknown[][] {
  return siarkan([bacaRentang(keMatriks(pagu)), bacaRentang(keMatriks(realisasi))], (sel) =>
    dariHasil(hitungSerapan(sebagaiData(sel[0]), sebagaiData(sel[1]))),
  );
}

/**
 * Menghitung sisa anggaran (SILPA): pagu - realisasi anggaran.
 * @customfunction SISA SISA
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp 1.234.567,-".
 * @param realisasi Realisasi anggaran.
 * @returns Sisa anggaran dalam rupiah.
 */
export function sakipSisa(pagu: unknown[][], realisasi: unknown[][]): unknown[][] {
  return siarkan([bacaRentang(keMatriks(pagu)), bacaRentang(keMatriks(realisasi))], (sel) =>
    dariHasil(hitungSisa(sebagaiData(sel[0]), sebagaiData(sel[1]))),
  );
}

/**
 * Menghitung tingkat efisiensi: capaian - serapan (selisih, bawaan), capaian / serapan (rasio), atau capaian / serapan x 100 (indeks).
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian Capaian kinerja dalam persen.
 * @param serapan Serapan anggaran dalam persen.
 * @param [metode] Metode efisiensi: selisih (bawaan), rasio atau indeks.
 * @returns Tingkat efisiensi: poin persen (selisih), rasio, atau persen (indeks).
 */
export function sakipEfisiensi(
  capaian: unknown[][],
  serapan: unknown[][],
  metode?: unknown[][],
): unknown[][] {
  const bawaan = pengaturanFungsi().metodeEfisiensi;
  const metodeDari = ingatTerakhir((x) => bacaMetodeEfisiensiSel(x, bawaan));
  return siarkan(
    [bacaRentang(keMatriks(capaian)), bacaRentang(keMatriks(serapan)), keMatriks(metode)],
    (sel) => {
      const cara: MetodeEfisiensi | Err = metodeDari(sel[2]);
      if (typeof cara !== "string") return galatExcel(cara.error, cara.message);
      const c = angkaSel(sel[0]);
      if (typeof c !== "number") return galatExcel(c.error, c.message);
      const s = angkaSel(sel[1]);
      if (typeof s !== "number") return galatExcel(s.error, s.message);
      return dariHasil(hitungEfisiensi(c, s, cara));
    },
  );
}

/**
 * Memberi kategori efisiensi: Efisien atau Tidak Efisien menurut ambang metodenya, atau label dari pita kantor Anda untuk metode indeks.
 * @customfunction KATEGORI.EFISIENSI KATEGORI.EFISIENSI
 * @param efisiensi Tingkat efisiensi, hasil SAKIP.EFISIENSI.
 * @param [metode] Metode efisiensi yang dipakai: selisih (bawaan), rasio atau indeks.
 * @param [pita] Rentang tabel pita untuk metode indeks: batas bawah | label, atau batas bawah | batas atas | label.
 * @returns Label kategori efisiensi.
 */
export function sakipKategoriEfisiensi(
  efisiensi: unknown[][],
  metode?: unknown[][],
  pita?: unknown[][],
): unknown[][] {
  const bawaan = pengaturanFungsi().metodeEfisiensi;
  const metodeDari = ingatTerakhir((x) => bacaMetodeEfisiensiSel(x, bawaan));
  // A pita typed in the formula must fit the method; the workbook's own bands apply to indeks only.
  const pitaArgumen = bacaSkala(keMatriks(pita), undefined);
  const pitaPengaturan = pengaturanFungsi().pitaEfisiensi;
  return siarkan([bacaRentang(keMatriks(efisiensi)), keMatriks(metode)], (sel) => {
    if (pitaArgumen !== undefined && !("bands" in pitaArgumen)) {
      return galatExcel(pitaArgumen.error, pitaArgumen.message);
    }
    const cara: MetodeEfisiensi | Err = metodeDari(sel[1]);
    if (typeof cara !== "string") return galatExcel(cara.error, cara.message);
    if (pitaArgumen !== undefined && cara !== "indeks") {
      return galatExcel("value", `Pita kategori hanya berlaku untuk metode indeks, bukan ${cara}.`);
    }
    const pitaKantor = cara === "indeks" ? (pitaArgumen ?? pitaPengaturan) : undefined;
    const e = angkaSel(sel[0]);
    if (typeof e !== "number") return galatExcel(e.error, e.message);
    return dariHasil(kategoriEfisiensi(e, cara, pitaKantor));
  });
}

/**
 * Membaca nilai yang diketik seperti di laporan ("76,50%", "80 Prosen", "Rp 1.234.567,-", "18 dokumen") menjadi angka; persen menjadi poin persen.
 * @customfunction NILAI NILAI
 * @param teks Sel atau rentang berisi nilai; satu kolom dibaca bersama agar pemisah ribuan dan desimal konsisten.
 * @returns Angka yang terbaca. Predikat (A, BB, ...) memberi #VALUE! dan nilai yang belum tersedia ("-", "Menunggu Rilis ...") memberi #N/A, masing-masing dengan pesan.
 */
export function sakipNilai(teks: unknown[][]): unknown[][] {
  return petakan(bacaRentang(keMatriks(teks)), (x): SelHasil => {
    const n = angkaSel(x);
    return typeof n === "number" ? n : galatExcel(n.error, n.message);
  });
}

/**
 * Menghitung kemajuan terhadap target akhir Renstra (%): realisasi tahun ini / target akhir x 100.
 * @customfunction CAPAIAN.RENSTRA CAPAIAN.RENSTRA
 * @param realisasi Realisasi tahun berjalan (kumulatif untuk indikator kumulatif).
 * @param target_akhir Target akhir periode Renstra.
 * @returns Kemajuan dalam persen.
 */
export function sakipCapaianRenstra(
  realisasi: unknown[][],
  target_akhir: unknown[][],
): unknown[][] {
  return siarkan(
    [bacaRentang(keMatriks(realisasi)), bacaRentang(keMatriks(target_akhir))],
    (sel) => {
      const r = angkaSel(sel[0]);
      if (typeof r !== "number") return galatExcel(r.error, r.message);
      const t = angkaSel(sel[1]);
      if (typeof t !== "number") return galatExcel(t.error, t.message);
      return dariHasil(kemajuanRenstra(r, t));
    },
  );
}
