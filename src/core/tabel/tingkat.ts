/**
 * A row's level, strongest evidence first (SAKIP.md section 2): a nomenclature code, a keyword
 * in the name, a section row, the outline number within the column's levels, the filled column,
 * the indicator label, upper case, and finally order.
 */
import { tingkatKode, namaTingkat, type Gaya, type Kode, type KonteksKode } from "./kode";
import type { KolomNama } from "./kolom-baris";
import type { Level } from "./types";

const RE_KATA_KUNCI =
  /^(sub\s*kegiatan|kegiatan|program)(\s*\/\s*(sub\s*kegiatan|kegiatan|program))*\b/i;

/**
 * The level a name announces: `PROGRAM ...`, `Kegiatan ...`, `Sub Kegiatan : ...`; in
 * `Program/Kegiatan Penerbitan ...` the last word names the row.
 */
export function kataKunci(nama: string): { level: Level; kata: string } | undefined {
  const m = RE_KATA_KUNCI.exec(nama.trim());
  if (m === null) return undefined;
  const bagian = m[0].split("/");
  const akhir = bagian[bagian.length - 1].trim().toLowerCase().replace(/\s+/g, "");
  const level: Level =
    akhir === "subkegiatan" ? "subkegiatan" : akhir === "kegiatan" ? "kegiatan" : "program";
  return { level, kata: m[0].trim() };
}

/** All letters upper case (program names are printed so beside mixed-case kegiatan). */
export function hurufBesar(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

/** An entity (tujuan, sasaran, program ...) met so far: where it starts, what it is. */
export interface Entitas {
  level?: Level;
  row: number;
  /** Index in `rows`, when the entity is a row of its own. */
  idx?: number;
  nama?: string;
  parentRow?: number;
  kode?: string;
}

export interface KonteksTingkat {
  nm: { kol: KolomNama; teks: string } | undefined;
  namaTeks: string | undefined;
  kodeObj: Kode | undefined;
  kodeCetak: string | undefined;
  gaya: Gaya;
  ktx: KonteksKode;
  bagian: { level: Level; teks: string } | undefined;
  duaTingkat: boolean;
  petunjuk: Level | undefined;
  tumpukan: readonly Entitas[];
}

/**
 * The level, strongest evidence first: a nomenclature code, a keyword in the name, a section
 * row, the outline number within the column's levels, the filled column, the indicator label,
 * upper case, and finally order.
 */
export function tentukanTingkat(k: KonteksTingkat): {
  level?: Level;
  alasan: string;
  penuh?: string;
  ragu?: "kegiatan" | "sasaran";
} {
  let penuh: string | undefined;
  if (k.kodeObj !== undefined && k.gaya !== "urut") {
    const t = tingkatKode(k.kodeObj, k.gaya, k.ktx);
    penuh = t.penuh;
    if (t.level !== undefined) return { level: t.level, alasan: t.alasan, penuh };
  }
  const kolLabel = k.nm === undefined ? "" : `'${k.nm.kol.k.header}'`;
  if (k.namaTeks !== undefined) {
    const kk = kataKunci(k.namaTeks);
    if (kk !== undefined) {
      return { level: kk.level, alasan: `nama diawali '${kk.kata}'`, penuh };
    }
  }
  if (k.bagian !== undefined) {
    return {
      level: k.bagian.level,
      alasan: `di bawah baris bagian '${k.bagian.teks}'`,
      penuh,
    };
  }
  const tangga = k.nm?.kol.k.tingkat;
  if (tangga !== undefined && tangga.length > 0) {
    if (k.kodeObj !== undefined && tangga.length > 1) {
      const d = Math.min(k.kodeObj.seg.length, tangga.length);
      const level = tangga[d - 1];
      if (!k.duaTingkat && tangga.includes("sasaran") && !tangga.includes("program")) {
        return {
          level: "sasaran",
          alasan: `kolom ${kolLabel} tanpa baris anak: nomor ${k.kodeCetak} dibaca sebagai sasaran`,
          penuh,
        };
      }
      return {
        level,
        alasan: `nomor urut ${k.kodeCetak} (tingkat ${d}) pada kolom ${kolLabel}: ${namaTingkat(level)}`,
        penuh,
        ragu: level === "kegiatan" && tangga.includes("subkegiatan") ? "kegiatan" : undefined,
      };
    }
    if (tangga.length === 1) {
      return { level: tangga[0], alasan: `nama pada kolom ${kolLabel}`, penuh };
    }
    if (tangga.includes("program") && tangga.includes("kegiatan") && k.namaTeks !== undefined) {
      const besar = hurufBesar(k.namaTeks);
      return {
        level: besar ? "program" : "kegiatan",
        alasan: besar
          ? `nama berhuruf kapital pada kolom ${kolLabel}: program`
          : `nama berhuruf campuran pada kolom ${kolLabel}: kegiatan`,
        penuh,
        ragu: !besar && tangga.includes("subkegiatan") ? "kegiatan" : undefined,
      };
    }
    if (tangga.includes("tujuan") && tangga.includes("sasaran")) {
      if (!k.duaTingkat) {
        return {
          level: "sasaran",
          alasan: `kolom ${kolLabel} tanpa baris anak: dibaca sebagai sasaran`,
          penuh,
        };
      }
      if (k.kodeObj !== undefined) {
        return { level: "tujuan", alasan: `baris bernomor pada kolom ${kolLabel}: tujuan`, penuh };
      }
      return {
        level: "sasaran",
        alasan: `baris tanpa nomor di bawah tujuan bernomor pada kolom ${kolLabel}: sasaran`,
        penuh,
        ragu: "sasaran",
      };
    }
  }
  if (k.petunjuk !== undefined) {
    return {
      level: k.petunjuk,
      alasan: `judul kolom indikator menunjuk ${namaTingkat(k.petunjuk)}`,
      penuh,
    };
  }
  const atas = k.tumpukan[k.tumpukan.length - 1];
  if (atas?.level !== undefined) {
    return {
      level: atas.level,
      alasan: `hanya urutan: setingkat dengan baris ${atas.row + 1} (${namaTingkat(atas.level)})`,
      penuh,
    };
  }
  return {
    alasan: "tingkat tidak dapat ditentukan (tanpa kode, kata kunci atau judul kolom)",
    penuh,
  };
}
