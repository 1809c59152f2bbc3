/**
 * Codes and outline numbers (SAKIP.md section 2): Kepmendagri nomenclature (`2.17.01` program,
 * `2.17.01.2.01` kegiatan, `2.17.01.2.01.0001` sub kegiatan), an office's own numbering in front
 * (`2.3.` tujuan, `2.3.01.` sasaran, `2.3.01.03.` program), relative codes (`2.01`, `01` under the
 * code above), outline numbers (`1.`, `1.1`).
 */
import type { Level } from "./types";

export interface Kode {
  /** As printed, trimmed. */
  raw: string;
  /** Digits and dots only, no trailing dot: `2.17.05.2. 01.` -> `2.17.05.2.01`. */
  norm: string;
  seg: string[];
}

export type Gaya = "nomenklatur" | "kantor" | "urut";

export function bacaKode(raw: string): Kode | undefined {
  // Hand-rolled: this runs on every row's number cell, so no regex and no throwaway strings.
  let digit = 0;
  let awal = -1;
  let akhir = -1;
  let spasi = false;
  let titikLalu = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      if (awal < 0) awal = i;
      akhir = i;
      titikLalu = false;
      if (++digit > 4) return undefined;
    } else if (ch === 46) {
      if (awal < 0 || titikLalu) return undefined;
      digit = 0;
      akhir = i;
      titikLalu = true;
    } else if (ch === 32 || ch === 9 || ch === 10 || ch === 160) {
      spasi = true;
    } else return undefined;
  }
  if (awal < 0) return undefined;
  let norm = raw.slice(awal, akhir + 1);
  if (spasi) norm = norm.replace(/[\s\u00a0]+/g, "");
  if (norm.endsWith(".")) norm = norm.slice(0, -1);
  return { raw: raw.trim(), norm, seg: norm.split(".") };
}

/**
 * Which numbering the table uses, from all its codes: nomenclature when a code has the urusan
 * form `d.dd.dd`, the office prefix when codes have 3+ segments starting `d.d.`, outline otherwise.
 */
export function gayaKode(kodes: readonly Kode[]): Gaya {
  let nomenklatur = 0;
  let kantor = 0;
  // A few hundred codes are enough to tell the numbering.
  const langkah = Math.max(1, Math.floor(kodes.length / 300));
  for (let i = 0; i < kodes.length; i += langkah) {
    const k = kodes[i];
    if (k.seg.length >= 3 && k.seg[1].length === 2 && k.seg[2].length === 2) nomenklatur++;
    else if (k.seg.length >= 3 && k.seg[1].length === 1) kantor++;
  }
  if (nomenklatur === 0 && kantor === 0) return "urut";
  return nomenklatur >= kantor ? "nomenklatur" : "kantor";
}

export interface TingkatKode {
  level?: Level;
  /** The full code (relative codes completed from the code above). */
  penuh: string;
  /** Why, in Bahasa Indonesia. */
  alasan: string;
  relatif?: boolean;
}

const NOMENKLATUR: Partial<Record<number, Level>> = {
  3: "program",
  5: "kegiatan",
  6: "subkegiatan",
};
const KANTOR: Partial<Record<number, Level>> = {
  2: "tujuan",
  3: "sasaran",
  4: "program",
  6: "kegiatan",
  7: "subkegiatan",
};

export interface KonteksKode {
  program?: string;
  kegiatan?: string;
}

/** Level of a code in a table of the given numbering; relative codes use `ktx` and update it. */
export function tingkatKode(k: Kode, gaya: Gaya, ktx: KonteksKode): TingkatKode {
  const n = k.seg.length;
  if (gaya === "nomenklatur") {
    if (n === 1 && ktx.kegiatan !== undefined) {
      return {
        level: "subkegiatan",
        penuh: `${ktx.kegiatan}.${k.norm}`,
        alasan: `kode relatif ${k.raw} di bawah kegiatan ${ktx.kegiatan}: sub kegiatan`,
        relatif: true,
      };
    }
    if (n === 2 && ktx.program !== undefined) {
      const penuh = `${ktx.program}.${k.norm}`;
      ktx.kegiatan = penuh;
      return {
        level: "kegiatan",
        penuh,
        alasan: `kode relatif ${k.raw} di bawah program ${ktx.program}: kegiatan`,
        relatif: true,
      };
    }
    const level = NOMENKLATUR[n];
    if (level === "program") {
      ktx.program = k.norm;
      ktx.kegiatan = undefined;
    } else if (level === "kegiatan") {
      ktx.program = k.seg.slice(0, 3).join(".");
      ktx.kegiatan = k.norm;
    }
    return {
      level,
      penuh: k.norm,
      alasan:
        level === undefined
          ? `kode ${k.raw} tidak berpola program/kegiatan/sub kegiatan`
          : `kode ${k.raw} berpola ${namaTingkat(level)}`,
    };
  }
  if (gaya === "kantor") {
    const level = KANTOR[n];
    return {
      level,
      penuh: k.norm,
      alasan:
        level === undefined
          ? `kode ${k.raw} tidak berpola penomoran perangkat daerah`
          : `kode ${k.raw} berpola ${namaTingkat(level)} (penomoran perangkat daerah)`,
    };
  }
  return { penuh: k.norm, alasan: "" };
}

export function namaTingkat(l: Level): string {
  return l === "subkegiatan" ? "sub kegiatan" : l;
}

/** The nearest code above `penuh` present in `peta` (its parent entity), if any. */
export function induKode(penuh: string, peta: ReadonlyMap<string, number>): string | undefined {
  for (let i = penuh.lastIndexOf("."); i > 0; i = penuh.lastIndexOf(".", i - 1)) {
    const p = penuh.slice(0, i);
    if (peta.has(p)) return p;
  }
  return undefined;
}
