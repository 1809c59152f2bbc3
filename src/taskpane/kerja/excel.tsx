/**
 * How the pane reaches the workbook: `Excel.run` inside Excel, the in-memory fake in the preview
 * and in tests. Passed down through context, so no component reads a global.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { ExcelContext } from "../../excel/api";
import type { KonteksSetelan } from "../../excel/pengaturan";
import type { KonteksPilih } from "../../excel/pilih";

export type KonteksKerja = ExcelContext & KonteksSetelan & KonteksPilih;

export interface AksesExcel {
  run<T>(batch: (context: KonteksKerja) => Promise<T>): Promise<T>;
}

interface ExcelGlobal {
  run<T>(batch: (context: unknown) => Promise<T>): Promise<T>;
}

function excelGlobal(): ExcelGlobal | undefined {
  const e = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return e !== undefined && typeof e.run === "function" ? (e as ExcelGlobal) : undefined;
}

/** `Excel.run` when office.js loaded inside Excel; undefined in a plain browser. */
export function aksesExcelGlobal(): AksesExcel | undefined {
  const e = excelGlobal();
  if (e === undefined) return undefined;
  // The real RequestContext satisfies these structural types (test/excel/api.test.ts).
  return { run: (batch) => e.run((context) => batch(context as KonteksKerja)) };
}

const Konteks = createContext<AksesExcel | undefined>(undefined);

export function PenyediaExcel(props: { excel: AksesExcel | undefined; children: ReactNode }) {
  return <Konteks.Provider value={props.excel}>{props.children}</Konteks.Provider>;
}

export function useExcel(): AksesExcel | undefined {
  return useContext(Konteks);
}

/** An `AbortError` from a cancelled read or write (ours or the browser's). */
export function dibatalkan(galat: unknown): boolean {
  return galat instanceof Error && galat.name === "AbortError";
}

export function pesanGalat(galat: unknown): string {
  return galat instanceof Error ? galat.message : String(galat);
}
