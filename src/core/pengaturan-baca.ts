/**
 * Reads a `kinerja.config.json` (already parsed) into the engine's settings. A bad key or value
 * never stops a check: it is reported in Bahasa Indonesia and the default takes its place, so a
 * typo costs one warning, not the whole run.
 */
import { bacaArah, bacaMetodeNegatif } from "./capaian";
import { bacaMetodeEfisiensi } from "./efisiensi";
import { cariSkalaPreset, PRESET_SKALA_IDS, skalaDariTabel, type Skala } from "./kategori";
import { PENGATURAN_BAWAAN, type Pengaturan } from "./pengaturan";
import type { CaraBulat } from "./pembulatan";
import { angkaTeks } from "./pesan";
import {
  COLUMN_ROLES,
  TABLE_KINDS,
  type ColumnRoleId,
  type Correction,
  type Variant,
} from "./tabel/types";

export interface PengaturanTerbaca {
  pengaturan: Pengaturan;
  /** One sentence per problem, in Bahasa Indonesia; empty when the file is clean. */
  masalah: string[];
  /** Corrections of recognition (`koreksi`), when the file gives any. */
  koreksi?: Correction[];
}

/** Keys a config file may hold; `$schema` and `keterangan` are accepted for editors and notes. */
export const KUNCI_PENGATURAN: readonly string[] = [
  "skala",
  "metodeNegatif",
  "metodeEfisiensi",
  "pitaEfisiensi",
  "polaritasBawaan",
  "pembulatan",
  "toleransi",
  "tahun",
  "batasOutlier",
  "koreksi",
];

const KUNCI_BEBAS = ["$schema", "keterangan"];

const KUNCI_TOLERANSI = ["persen", "rupiah", "relatif"] as const;

function isObjek(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function tampil(x: unknown): string {
  if (typeof x === "string") return `"${x}"`;
  if (typeof x === "number") return angkaTeks(x);
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return String(x);
  }
}

/** Either a preset id or a table of rows `[batas bawah, label]` / `[bawah, atas, label]`. */
function bacaSkala(nilai: unknown, kunci: string, masalah: string[]): Skala | string | undefined {
  if (typeof nilai === "string") {
    const preset = cariSkalaPreset(nilai);
    if (preset !== undefined) return preset.id;
    masalah.push(
      `${kunci}: skala ${tampil(nilai)} tidak dikenal; gunakan ${PRESET_SKALA_IDS.join(", ")} ` +
        `atau tabel [[batas bawah, "label"], ...].`,
    );
    return undefined;
  }
  if (Array.isArray(nilai)) {
    const { skala, masalah: masalahSkala } = skalaDariTabel(nilai as unknown[][]);
    for (const m of masalahSkala) masalah.push(`${kunci}: ${m.pesan}`);
    // A scale with gaps or overlaps still categorises; only an unusable one falls back.
    return skala;
  }
  masalah.push(
    `${kunci}: harus berupa nama skala (${PRESET_SKALA_IDS.join(", ")}) ` +
      `atau tabel [[batas bawah, "label"], ...], bukan ${tampil(nilai)}.`,
  );
  return undefined;
}

function bacaAngkaSah(
  nilai: unknown,
  kunci: string,
  masalah: string[],
  syarat: (x: number) => boolean,
  penjelasan: string,
): number | undefined {
  if (typeof nilai === "number" && Number.isFinite(nilai) && syarat(nilai)) return nilai;
  masalah.push(`${kunci}: ${penjelasan}, bukan ${tampil(nilai)}.`);
  return undefined;
}

function bacaToleransi(nilai: unknown, masalah: string[]): Pengaturan["toleransi"] | undefined {
  if (!isObjek(nilai)) {
    masalah.push(
      `toleransi: harus berupa objek { "persen": ..., "rupiah": ..., "relatif": ... }, ` +
        `bukan ${tampil(nilai)}.`,
    );
    return undefined;
  }
  const hasil = { ...PENGATURAN_BAWAAN.toleransi };
  for (const [k, v] of Object.entries(nilai)) {
    const kunci = KUNCI_TOLERANSI.find((t) => t === k);
    if (kunci === undefined) {
      masalah.push(
        `toleransi.${k}: kunci tidak dikenal; yang dikenal: ${KUNCI_TOLERANSI.join(", ")}.`,
      );
      continue;
    }
    const angka = bacaAngkaSah(
      v,
      `toleransi.${k}`,
      masalah,
      (x) => x >= 0,
      "harus berupa angka 0 atau lebih",
    );
    if (angka !== undefined) hasil[kunci] = angka;
  }
  return hasil;
}

const PERAN: readonly ColumnRoleId[] = COLUMN_ROLES;

const VARIAN: readonly Variant[] = ["sebelum", "sesudah", "akhir"];

function bacaKoreksiKolom(
  x: unknown,
  tempat: string,
  masalah: string[],
): NonNullable<Correction["columns"]>[number] | undefined {
  if (!isObjek(x) || typeof x.col !== "string" || typeof x.role !== "string") {
    masalah.push(`${tempat}: harus berupa { "col": "F", "role": "capaian" }.`);
    return undefined;
  }
  const role = x.role === "abaikan" ? "abaikan" : PERAN.find((p) => p === x.role);
  if (role === undefined) {
    masalah.push(`${tempat}: peran kolom ${tampil(x.role)} tidak dikenal.`);
    return undefined;
  }
  const kolom: NonNullable<Correction["columns"]>[number] = { col: x.col.trim(), role };
  if (x.year !== undefined) {
    if (typeof x.year === "number" && Number.isInteger(x.year)) kolom.year = x.year;
    else masalah.push(`${tempat}: year harus berupa tahun, bukan ${tampil(x.year)}.`);
  }
  if (x.variant !== undefined) {
    const varian = VARIAN.find((v) => v === x.variant);
    if (varian !== undefined) kolom.variant = varian;
    else masalah.push(`${tempat}: variant harus ${VARIAN.join(", ")}, bukan ${tampil(x.variant)}.`);
  }
  return kolom;
}

function bacaKoreksi(nilai: unknown, masalah: string[]): Correction[] | undefined {
  if (!Array.isArray(nilai)) {
    masalah.push(`koreksi: harus berupa daftar [{ "sheet": ..., "at": ..., ... }].`);
    return undefined;
  }
  const hasil: Correction[] = [];
  nilai.forEach((x: unknown, i) => {
    const tempat = `koreksi[${i}]`;
    if (!isObjek(x) || typeof x.sheet !== "string" || typeof x.at !== "string") {
      masalah.push(
        `${tempat}: perlu "sheet" (nama lembar) dan "at" (rentang tabel, mis. "A3:H40").`,
      );
      return;
    }
    const koreksi: Correction = { sheet: x.sheet, at: x.at };
    if (x.kind !== undefined) {
      const jenis = x.kind === "bukan" ? "bukan" : TABLE_KINDS.find((k) => k === x.kind);
      if (jenis === undefined) {
        masalah.push(
          `${tempat}.kind: jenis tabel ${tampil(x.kind)} tidak dikenal; gunakan ` +
            `${TABLE_KINDS.join(", ")} atau "bukan".`,
        );
      } else koreksi.kind = jenis;
    }
    if (x.columns !== undefined) {
      if (!Array.isArray(x.columns)) {
        masalah.push(`${tempat}.columns: harus berupa daftar kolom.`);
      } else {
        const kolom = x.columns
          .map((k: unknown, j) => bacaKoreksiKolom(k, `${tempat}.columns[${j}]`, masalah))
          .filter((k): k is NonNullable<typeof k> => k !== undefined);
        if (kolom.length > 0) koreksi.columns = kolom;
      }
    }
    hasil.push(koreksi);
  });
  return hasil;
}

/** Validates a parsed config; unknown keys and bad values are reported and replaced by defaults. */
export function bacaPengaturan(json: unknown): PengaturanTerbaca {
  const pengaturan: Pengaturan = {
    ...PENGATURAN_BAWAAN,
    toleransi: { ...PENGATURAN_BAWAAN.toleransi },
  };
  const masalah: string[] = [];
  if (json === undefined || json === null) return { pengaturan, masalah };
  if (!isObjek(json)) {
    masalah.push(
      `Berkas pengaturan harus berupa objek JSON { "skala": ..., ... }, bukan ${tampil(json)}; ` +
        `pengaturan bawaan dipakai.`,
    );
    return { pengaturan, masalah };
  }
  let koreksi: Correction[] | undefined;
  for (const [kunci, nilai] of Object.entries(json)) {
    switch (kunci) {
      case "skala": {
        const skala = bacaSkala(nilai, kunci, masalah);
        if (skala !== undefined) pengaturan.skala = skala as Pengaturan["skala"];
        break;
      }
      case "pitaEfisiensi": {
        if (Array.isArray(nilai)) {
          const skala = bacaSkala(nilai, kunci, masalah);
          if (typeof skala === "object") pengaturan.pitaEfisiensi = skala;
        } else {
          masalah.push(`pitaEfisiensi: harus berupa tabel [[batas bawah, "label"], ...].`);
        }
        break;
      }
      case "metodeNegatif": {
        const metode = bacaMetodeNegatif(nilai);
        if (metode !== undefined) pengaturan.metodeNegatif = metode;
        else
          masalah.push(`metodeNegatif: gunakan selisih, rasio atau sisa, bukan ${tampil(nilai)}.`);
        break;
      }
      case "metodeEfisiensi": {
        const metode = bacaMetodeEfisiensi(nilai);
        if (metode !== undefined) pengaturan.metodeEfisiensi = metode;
        else {
          masalah.push(
            `metodeEfisiensi: gunakan selisih, rasio atau indeks, bukan ${tampil(nilai)}.`,
          );
        }
        break;
      }
      case "polaritasBawaan": {
        const arah = bacaArah(nilai);
        if (arah !== undefined) pengaturan.polaritasBawaan = arah;
        else masalah.push(`polaritasBawaan: gunakan "+" atau "-", bukan ${tampil(nilai)}.`);
        break;
      }
      case "pembulatan": {
        const cara: CaraBulat | undefined =
          nilai === "half-up" || nilai === "truncate" ? nilai : undefined;
        if (cara !== undefined) pengaturan.pembulatan = cara;
        else masalah.push(`pembulatan: gunakan "half-up" atau "truncate", bukan ${tampil(nilai)}.`);
        break;
      }
      case "toleransi": {
        const toleransi = bacaToleransi(nilai, masalah);
        if (toleransi !== undefined) pengaturan.toleransi = toleransi;
        break;
      }
      case "tahun": {
        const tahun = bacaAngkaSah(
          nilai,
          kunci,
          masalah,
          (x) => Number.isInteger(x) && x >= 1900 && x <= 2200,
          "harus berupa tahun (mis. 2023)",
        );
        if (tahun !== undefined) pengaturan.tahun = tahun;
        break;
      }
      case "batasOutlier": {
        const batas = bacaAngkaSah(
          nilai,
          kunci,
          masalah,
          (x) => x > 0,
          "harus berupa angka persen di atas 0 (mis. 200)",
        );
        if (batas !== undefined) pengaturan.batasOutlier = batas;
        break;
      }
      case "koreksi":
        koreksi = bacaKoreksi(nilai, masalah);
        break;
      default:
        if (!KUNCI_BEBAS.includes(kunci)) {
          masalah.push(
            `Kunci "${kunci}" tidak dikenal dan diabaikan; yang dikenal: ` +
              `${KUNCI_PENGATURAN.join(", ")}.`,
          );
        }
    }
  }
  return koreksi === undefined ? { pengaturan, masalah } : { pengaturan, masalah, koreksi };
}
