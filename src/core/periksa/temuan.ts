/**
 * Building, deduplicating and ordering findings. Severity always comes from ATURAN, so a rule
 * cannot drift from its documented level.
 */
import { parseA1 } from "../a1";
import { angkaTeks } from "../pesan";
import { aturan } from "./aturan";
import type { CellRef, Finding, RuleId } from "./types";

export interface TemuanBaru {
  rule: RuleId;
  sheet: string;
  cell: string;
  message: string;
  messageEn: string;
  expected?: string | number;
  actual?: string | number;
  related?: CellRef;
}

const FORMAT_EN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4, useGrouping: false });

/** Plain number text for English messages (`2885`, `62.8571`). */
export function angkaEn(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return FORMAT_EN.format(x);
}

/** Indonesian number text; re-exported so rules import one module for both languages. */
export function angkaId(x: number): string {
  return angkaTeks(x);
}

/** One finding per (rule, sheet, cell): the first one made wins. */
export class KumpulanTemuan {
  private readonly peta = new Map<string, Finding>();

  tambah(t: TemuanBaru): void {
    const kunci = `${t.rule}\u0000${t.sheet}\u0000${t.cell}`;
    if (this.peta.has(kunci)) return;
    const f: Finding = {
      rule: t.rule,
      severity: aturan(t.rule).severity,
      sheet: t.sheet,
      cell: t.cell,
      message: t.message,
      messageEn: t.messageEn,
    };
    if (t.expected !== undefined) f.expected = t.expected;
    if (t.actual !== undefined) f.actual = t.actual;
    if (t.related !== undefined) f.related = t.related;
    this.peta.set(kunci, f);
  }

  semua(): Finding[] {
    return [...this.peta.values()];
  }
}

/** Sheet order (as in the workbook), then row, then column, then rule id. */
export function urutkanTemuan(findings: Finding[], urutanLembar: readonly string[]): Finding[] {
  const posisiLembar = new Map<string, number>();
  urutanLembar.forEach((n, i) => {
    if (!posisiLembar.has(n)) posisiLembar.set(n, i);
  });
  const kunci = findings.map((f) => {
    const p = parseA1(f.cell);
    return {
      f,
      s: posisiLembar.get(f.sheet) ?? Number.MAX_SAFE_INTEGER,
      r: p?.r ?? Number.MAX_SAFE_INTEGER,
      c: p?.c ?? Number.MAX_SAFE_INTEGER,
    };
  });
  kunci.sort((a, b) => {
    if (a.s !== b.s) return a.s - b.s;
    if (a.r !== b.r) return a.r - b.r;
    if (a.c !== b.c) return a.c - b.c;
    return a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0;
  });
  return kunci.map((k) => k.f);
}
