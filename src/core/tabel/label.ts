/**
 * What one header label says on its own (SAKIP.md section 3, the vocabulary table), before its
 * group and its neighbours are taken into account.
 */
import type { ColumnRoleId, Level } from "./types";
import type { TeksJudul } from "./teks";

export type Khusus =
  /** Only a year (`2023`): the group above says target, realisasi or capaian. */
  | "tahun"
  | "sebelum"
  | "sesudah"
  /** `%` or `Persentase (%)` alone: the neighbours say capaian, serapan or % sisa. */
  | "persen"
  /** A units label (`(Rp.)`). */
  | "rp"
  /** A category name used as a column (`Sangat Tinggi`). */
  | "kategori-nama"
  /** Analysis or remark text (`Analisis`, `Solusi`): known, but no role. */
  | "teks";

export interface Bacaan {
  role?: ColumnRoleId;
  khusus?: Khusus;
  /** `Target Akhir Renstra`, `Target Akhir 2026`. */
  akhir?: boolean;
  /** `Tingkat Capaian`: capaian or kategori, decided by the data. */
  tingkatCapaian?: boolean;
  /** The label is a bare `No`/`Uraian`: a group above it names the role. */
  generik?: boolean;
  /** Levels a name column can hold, shallowest first (`Tujuan/Sasaran` -> tujuan, sasaran). */
  tingkat?: Level[];
  /** `Program/Indikator`: deeper outline rows are indicators of the entity above. */
  indikatorAnak?: boolean;
}

const TINGKAT_KATA: readonly [string, Level][] = [
  ["tujuan", "tujuan"],
  ["sasaran", "sasaran"],
  ["program", "program"],
  ["kegiatan", "kegiatan"],
  ["subkegiatan", "subkegiatan"],
];

const KATEGORI_NAMA = new Set([
  "sangat tinggi",
  "tinggi",
  "sedang",
  "rendah",
  "sangat rendah",
  "sangat berhasil",
  "berhasil",
  "cukup berhasil",
  "tidak berhasil",
  "sangat efisien",
  "efisien",
  "cukup efisien",
  "kurang efisien",
  "tidak efisien",
]);

const BERMAKNA_KOSONG = new Set(["dan", "atau", "yang", "per", "pada", "ke", "th", "di", "n"]);

/** Reads one label; undefined when it names nothing the recogniser knows. */
export function bacaLabel(t: TeksJudul): Bacaan | undefined {
  const kata = t.tokens.filter((x) => !/^\d+$/.test(x) && !BERMAKNA_KOSONG.has(x));
  const ada = (x: string): boolean => kata.includes(x);
  const tanpaPersen = kata.filter((x) => x !== "%");
  if (tanpaPersen.length === 0) {
    if (ada("%")) return { khusus: "persen" };
    if (t.years.length > 0) return { khusus: "tahun" };
    return undefined;
  }
  const hanya = (...xs: string[]): boolean => tanpaPersen.every((x) => xs.includes(x));
  if (hanya("rp")) return { khusus: "rp" };
  if (hanya("tahun")) return t.years.length > 0 ? { khusus: "tahun" } : undefined;
  if (hanya("no", "urut")) return { role: "no", generik: true };
  if (hanya("sebelum", "murni")) return { khusus: "sebelum" };
  if (hanya("sesudah", "perubahan")) return { khusus: "sesudah" };
  if (KATEGORI_NAMA.has(tanpaPersen.join(" "))) return { khusus: "kategori-nama" };
  if (ada("kode")) return { role: "kode" };

  const tingkat = TINGKAT_KATA.filter(([k]) => ada(k)).map(([, l]) => l);
  if (ada("indikator")) {
    // `Program/Indikator`: the indicators, each under its program's row in the same column.
    if (kata[0] !== "indikator" && tingkat.length > 0) {
      return { role: "indikator", tingkat, indikatorAnak: true };
    }
    return { role: "indikator" };
  }
  if (ada("definisi")) return { role: "definisi" };
  if (ada("penanggung")) return { role: "penanggung_jawab" };
  if (ada("sumber")) return { role: ada("dana") ? "keterangan" : "sumber_data" };
  if (ada("rumus")) return { role: "rumus" };
  if (ada("tipe") || ada("kumulatif")) return { role: "tipe" };
  if (ada("arah") || ada("meningkat") || ada("menurun")) return { role: "arah" };
  if (ada("satuan")) return { role: "satuan" };
  if (ada("efisiensi")) {
    return { role: ada("kategori") ? "kategori_efisiensi" : "efisiensi" };
  }
  if (ada("kemajuan")) return { role: "kemajuan" };
  if (ada("standar")) return { role: "standar" };
  if (ada("sisa")) return { role: "sisa" };
  if (ada("serapan")) return { role: "serapan" };
  if (ada("kategori")) return { role: "kategori" };
  if (ada("keterangan")) return { role: "keterangan" };
  // Analysis and remark text (`Analisis Keberhasilan`, `Solusi`, `Menunjang/Tidak`): a header
  // label, but no role the engine computes with.
  if (["analisis", "solusi", "menunjang", "keberhasilan", "kegagalan", "penjelasan"].some(ada)) {
    return { khusus: "teks" };
  }
  if (ada("baseline") || (ada("awal") && (ada("data") || ada("kondisi")))) {
    return { role: "baseline" };
  }
  if (ada("target")) return { role: "target", akhir: ada("akhir") };
  if (ada("realisasi")) return { role: "realisasi" };
  if (ada("capaian")) {
    if (ada("anggaran")) return { role: "serapan" };
    return { role: "capaian", tingkatCapaian: ada("tingkat") };
  }
  if (ada("anggaran")) return { role: "pagu" };
  if (hanya("persentase")) return { khusus: "persen" };

  if (tingkat.length > 0 || ada("uraian") || ada("urusan")) return bacaNama(kata, tingkat);
  return undefined;
}

function bacaNama(kata: string[], tingkat: Level[]): Bacaan {
  const generik = kata.length === 1 && kata[0] === "uraian";
  // `Sasaran Program/Kegiatan`: the targets of programs or kegiatan, at their deepest level.
  if (kata[0] === "sasaran" && tingkat.length > 1 && tingkat[1] !== "sasaran") {
    return { role: "sasaran", tingkat: [tingkat[tingkat.length - 1]] };
  }
  const belanja = tingkat.filter((l) => l === "program" || l === "kegiatan" || l === "subkegiatan");
  if (kata.includes("urusan") || kata.includes("uraian")) {
    const lv: Level[] =
      tingkat.length > 0 ? tingkat : ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"];
    return { role: "uraian", tingkat: lv, generik };
  }
  if (belanja.length >= 2 || (belanja.length >= 1 && tingkat.length > belanja.length)) {
    return { role: "uraian", tingkat };
  }
  if (tingkat.length === 1) return { role: tingkat[0], tingkat };
  // Tujuan/Sasaran in one column.
  return { role: "sasaran", tingkat };
}

/** True for labels whose column holds names or indicator text. */
export const PERAN_NAMA: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "tujuan",
  "sasaran",
  "program",
  "kegiatan",
  "subkegiatan",
  "uraian",
]);

/** Roles whose cells hold values (numbers, percents, pending marks). */
export const PERAN_NILAI: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "baseline",
  "target",
  "realisasi",
  "capaian",
  "pagu",
  "realisasi_anggaran",
  "serapan",
  "sisa",
  "persen_sisa",
  "efisiensi",
  "kemajuan",
  "standar",
]);

/** Text roles other than names: their cells never make a row a data row on their own. */
export const PERAN_TEKS_LAIN: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "satuan",
  "rumus",
  "tipe",
  "arah",
  "kategori",
  "kategori_efisiensi",
  "sumber_data",
  "penanggung_jawab",
  "definisi",
  "keterangan",
]);

/** How a role is named in reasons shown to planners. */
export const NAMA_PERAN: Readonly<Record<ColumnRoleId, string>> = {
  no: "nomor",
  kode: "kode",
  tujuan: "tujuan",
  sasaran: "sasaran",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
  uraian: "uraian program/kegiatan",
  indikator: "indikator",
  satuan: "satuan",
  rumus: "rumus/formulasi",
  tipe: "tipe (kumulatif/non kumulatif)",
  arah: "arah (meningkat/menurun)",
  baseline: "data awal (baseline)",
  target: "target",
  realisasi: "realisasi",
  capaian: "capaian",
  kategori: "kategori",
  pagu: "pagu anggaran",
  realisasi_anggaran: "realisasi anggaran",
  serapan: "serapan anggaran",
  sisa: "sisa anggaran (SILPA)",
  persen_sisa: "persentase sisa anggaran",
  efisiensi: "tingkat efisiensi",
  kategori_efisiensi: "kategori efisiensi",
  kemajuan: "tingkat kemajuan",
  standar: "standar nasional",
  sumber_data: "sumber data",
  penanggung_jawab: "penanggung jawab",
  definisi: "definisi operasional",
  keterangan: "keterangan",
};
