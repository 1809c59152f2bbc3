/** Addresses the fake reports (`'Lembar 1'!B3:C9`) back into a sheet name and an area. */
import { parseArea } from "../core/a1";
import type { Area } from "../core/workbook";

export interface AreaLembar {
  sheet: string;
  area: Area;
}

export function pisahAlamat(alamat: string): AreaLembar | undefined {
  const i = alamat.lastIndexOf("!");
  if (i < 0) return undefined;
  let sheet = alamat.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const area = parseArea(alamat.slice(i + 1).replace(/\$/g, ""));
  return area === undefined ? undefined : { sheet, area };
}

export function dalamArea(area: Area, r: number, c: number): boolean {
  return r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1;
}
