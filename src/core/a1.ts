/** A1-style addresses for 0-based row/column indices. */
import type { Area } from "./workbook";

export function colLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

export function areaA1(area: Area): string {
  return `${a1(area.r0, area.c0)}:${a1(area.r1, area.c1)}`;
}

/** 0-based column index of letters (`A` -> 0, `AA` -> 26); undefined when not letters. */
export function colIndex(letters: string): number | undefined {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n - 1;
}

/** Parses `B12` (optionally `$B$12`) to 0-based indices; undefined when not an address. */
export function parseA1(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (m === null) return undefined;
  const c = colIndex(m[1]);
  const r = Number(m[2]) - 1;
  return c === undefined || r < 0 ? undefined : { r, c };
}

/** Parses `A1:C9` (or a single cell) to an area; undefined when not a range. */
export function parseArea(ref: string): Area | undefined {
  const [a, b] = ref.split(":");
  const p = parseA1(a ?? "");
  const q = b === undefined ? p : parseA1(b);
  if (p === undefined || q === undefined) return undefined;
  return {
    r0: Math.min(p.r, q.r),
    c0: Math.min(p.c, q.c),
    r1: Math.max(p.r, q.r),
    c1: Math.max(p.c, q.c),
  };
}
