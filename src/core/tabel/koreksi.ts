/**
 * A planner's corrections (kind or column roles) are inputs: they override what the recogniser
 * concluded for the table whose range contains the correction's cell.
 */
import { colIndex, colLetters, parseArea } from "../a1";
import type { Area } from "../workbook";
import { NAMA_PERAN } from "./label";
import type { KolomPeran } from "./peran";
import type { Correction, Level } from "./types";

function beririsan(a: Area, b: Area): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** The corrections that apply to a table of `sheet` spanning `range`. */
export function koreksiUntuk(
  semua: readonly Correction[] | undefined,
  sheet: string,
  range: Area,
): Correction[] {
  if (semua === undefined) return [];
  return semua.filter((k) => {
    if (k.sheet !== sheet) return false;
    const a = parseArea(k.at);
    return a !== undefined && beririsan(a, range);
  });
}

const TINGKAT_PERAN: Partial<Record<string, Level[]>> = {
  tujuan: ["tujuan"],
  sasaran: ["sasaran"],
  program: ["program"],
  kegiatan: ["kegiatan"],
  subkegiatan: ["subkegiatan"],
  uraian: ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"],
};

/** Applies column corrections; returns the roles sorted by column. */
export function terapkanKolom(
  kolom: readonly KolomPeran[],
  koreksi: readonly Correction[],
  header: (c: number) => string,
): KolomPeran[] {
  const peta = new Map<number, KolomPeran>();
  for (const k of kolom) peta.set(k.col, k);
  for (const kr of koreksi) {
    for (const kc of kr.columns ?? []) {
      const c = colIndex(kc.col);
      if (c === undefined) continue;
      if (kc.role === "abaikan") {
        peta.delete(c);
        continue;
      }
      const lama = peta.get(c);
      const baru: KolomPeran = {
        col: c,
        role: kc.role,
        header: lama?.header ?? header(c),
        reason: `dikoreksi pengguna: kolom ${colLetters(c)} ditetapkan sebagai ${NAMA_PERAN[kc.role]}`,
        source: "koreksi",
        jalur: lama?.jalur ?? [],
        tingkat:
          lama !== undefined && lama.role === kc.role ? lama.tingkat : TINGKAT_PERAN[kc.role],
      };
      const year = kc.year ?? (lama?.role === kc.role ? lama.year : undefined);
      const variant = kc.variant ?? (lama?.role === kc.role ? lama.variant : undefined);
      if (year !== undefined) baru.year = year;
      if (variant !== undefined) baru.variant = variant;
      peta.set(c, baru);
    }
  }
  return [...peta.values()].sort((a, b) => a.col - b.col);
}
