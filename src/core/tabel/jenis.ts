/**
 * The table's kind from its column roles (SAKIP.md section 3), with the reason: which roles, from
 * which header texts, in which header rows.
 */
import { colLetters } from "../a1";
import { NAMA_PERAN, PERAN_NAMA } from "./label";
import type { KolomPeran } from "./peran";
import type { ColumnRoleId, TableKind } from "./types";

export interface PutusanJenis {
  kind?: TableKind;
  reason: string;
}

function sebut(kols: readonly KolomPeran[]): string {
  const bagian = kols.map((k) => `'${k.header}' (${colLetters(k.col)})`);
  if (bagian.length <= 1) return bagian.join("");
  return `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}`;
}

/**
 * Decides the kind. `judulTabel` (the caption) only settles a table that has one target column
 * and nothing else to tell a Renstra/RKT from a PK.
 */
export function tentukanJenis(
  kolom: readonly KolomPeran[],
  baris: [number, number],
  judulTabel?: string,
  daftarKode = false,
): PutusanJenis {
  const dengan = (...roles: ColumnRoleId[]): KolomPeran[] =>
    kolom.filter((k) => roles.includes(k.role));
  const ada = (r: ColumnRoleId): boolean => kolom.some((k) => k.role === r);
  const di = `di baris judul ${baris[0] + 1}${baris[1] > baris[0] ? `-${baris[1] + 1}` : ""}`;
  const nama = kolom.filter((k) => PERAN_NAMA.has(k.role) || k.role === "indikator");
  if (nama.length === 0) {
    return {
      reason: `tidak ada kolom indikator atau uraian (tujuan/sasaran/program/kegiatan) ${di}: bukan tabel SAKIP`,
    };
  }
  const nilai = kolom.filter((k) =>
    [
      "target",
      "realisasi",
      "capaian",
      "pagu",
      "realisasi_anggaran",
      "serapan",
      "sisa",
      "efisiensi",
      "kemajuan",
      "standar",
      "baseline",
    ].includes(k.role),
  );
  const iku = dengan("definisi", "penanggung_jawab", "rumus", "sumber_data");
  if (nilai.length === 0 && iku.length === 0) {
    const kode = dengan("kode", "no");
    if (daftarKode && kode.length > 0) {
      // The Renstra's list of programs, kegiatan and sub kegiatan: codes and names, no values.
      return {
        kind: "renstra",
        reason: `daftar berkode nomenklatur tanpa kolom nilai (kolom ${sebut([...kode, ...nama])}) ${di}: daftar program/kegiatan Renstra`,
      };
    }
    return {
      reason: `tidak ada kolom nilai (target, realisasi, capaian, anggaran) ${di}: bukan tabel SAKIP`,
    };
  }

  const capaian = dengan("capaian");
  const serapan = dengan("serapan");
  const efisiensi = dengan("efisiensi");
  if (
    (capaian.length > 0 && serapan.length > 0) ||
    (efisiensi.length > 0 && capaian.length + serapan.length > 0)
  ) {
    return {
      kind: "efisiensi",
      reason: `jenis efisiensi: capaian kinerja dan serapan anggaran berdampingan (kolom ${sebut([...capaian, ...serapan, ...efisiensi])}) ${di}`,
    };
  }
  const realisasi = dengan("realisasi");
  if (realisasi.length > 0 || capaian.length > 0 || ada("kemajuan") || ada("standar")) {
    const ciri = dengan("target", "realisasi", "capaian", "kategori", "kemajuan", "standar");
    return {
      kind: "pengukuran",
      reason: `jenis pengukuran: kolom ${sebut(ciri)} ${di}`,
    };
  }
  const anggaran = dengan("pagu", "realisasi_anggaran", "serapan", "sisa", "persen_sisa");
  if (ada("pagu") && (ada("realisasi_anggaran") || ada("serapan") || ada("sisa"))) {
    return {
      kind: "anggaran",
      reason: `jenis anggaran: kolom ${sebut(anggaran)} tanpa target/realisasi kinerja ${di}`,
    };
  }
  const target = dengan("target");
  const definisi = dengan("definisi", "penanggung_jawab");
  if (definisi.length > 0 || (target.length === 0 && iku.length > 0)) {
    return {
      kind: "iku",
      reason: `jenis IKU: kolom ${sebut(iku)} menjelaskan indikator ${di}`,
    };
  }
  const tahun = new Set(
    target.filter((k) => k.year !== undefined && k.variant === undefined).map((k) => k.year),
  );
  const akhir = target.filter((k) => k.variant === "akhir");
  const baseline = dengan("baseline");
  const varian = target.some((k) => k.variant === "sebelum" || k.variant === "sesudah");
  if (
    !varian &&
    (tahun.size >= 2 || baseline.length > 0 || (akhir.length > 0 && target.length > 1))
  ) {
    return {
      kind: "renstra",
      reason: `jenis renstra: target per tahun tanpa realisasi (kolom ${sebut([...baseline, ...target])}) ${di}`,
    };
  }
  if (target.length > 0) {
    const judul = (judulTabel ?? "").toLowerCase();
    if (!varian && /\b(rencana kerja|renja|rkt|renstra|rencana strategis)\b/.test(judul)) {
      return {
        kind: "renstra",
        reason: `satu kolom target ${sebut(target)} ${di}; judul tabel '${judulTabel}' menyebut rencana kerja/renstra: jenis renstra`,
      };
    }
    if (!varian && /\b(iku|indikator kinerja utama)\b/.test(judul) && !/perjanjian/.test(judul)) {
      return {
        kind: "iku",
        reason: `satu kolom target ${sebut(target)} ${di}; judul tabel '${judulTabel}' menyebut Indikator Kinerja Utama: jenis IKU`,
      };
    }
    const ciri = dengan("target", "rumus", "tipe", "arah", "pagu");
    return {
      kind: "pk",
      reason: `jenis PK: target satu tahun${varian ? " (sebelum/sesudah perubahan)" : ""} tanpa realisasi (kolom ${sebut(ciri)}) ${di}`,
    };
  }
  if (ada("pagu")) {
    const daftar = dengan("pagu", "keterangan");
    return {
      kind: "pk",
      reason: `jenis PK (daftar anggaran program): kolom ${sebut([...nama, ...daftar])} ${di}`,
    };
  }
  const lain = nilai.map((k) => NAMA_PERAN[k.role]).join(", ");
  return { reason: `kolom ${lain} saja ${di}: jenis tabel tidak dapat ditentukan` };
}
