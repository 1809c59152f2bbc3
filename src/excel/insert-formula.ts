/**
 * Writes one complete example formula into the active cell. Excel rejects an unfinished formula
 * such as `=SAKIP.CAPAIAN(`, so the task pane inserts a whole example with literal arguments.
 */

/** Minimum ExcelApi minor version: `workbook.getActiveCell()` arrived in ExcelApi 1.7. */
export const INSERT_MIN_EXCEL_API_MINOR = 7;

export type HasilSisip =
  | { ok: true; alamat: string }
  /** The active cell already holds something; it is never overwritten. */
  | { ok: false; alasan: "sel-terisi"; alamat: string }
  /** Excel is absent or the call failed; `detail` is Excel's own text. */
  | { ok: false; alasan: "galat"; detail: string };

/** The slice of the Excel object model this module uses, so tests can supply a fake. */
export interface SelAktif {
  address: string;
  formulas: unknown[][];
  load(propertyNames: string[]): unknown;
}

export interface KonteksExcel {
  workbook: { getActiveCell(): SelAktif };
  sync(): Promise<unknown>;
}

export type JalankanExcel = <T>(batch: (context: KonteksExcel) => Promise<T>) => Promise<T>;

function jalankanGlobal(): JalankanExcel | undefined {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return undefined;
  return (batch) => Excel.run((context) => batch(context));
}

function selKosong(formulas: unknown[][]): boolean {
  const isi = formulas[0]?.[0];
  return isi === undefined || isi === null || isi === "";
}

/**
 * Puts `rumus` (invariant English syntax: comma separators, decimal point) into the active cell
 * if it is empty. Excel shows it in the user's own separators afterwards.
 */
export async function sisipkanRumus(
  rumus: string,
  jalankan: JalankanExcel | undefined = jalankanGlobal(),
): Promise<HasilSisip> {
  if (!jalankan) return { ok: false, alasan: "galat", detail: "Excel API tidak tersedia." };
  try {
    return await jalankan(async (context) => {
      const sel = context.workbook.getActiveCell();
      sel.load(["address", "formulas"]);
      await context.sync();
      if (!selKosong(sel.formulas)) {
        return { ok: false, alasan: "sel-terisi", alamat: sel.address } as const;
      }
      sel.formulas = [[rumus]];
      await context.sync();
      return { ok: true, alamat: sel.address } as const;
    });
  } catch (error: unknown) {
    return {
      ok: false,
      alasan: "galat",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
