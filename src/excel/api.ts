/**
 * The slice of the Excel JavaScript API that the adapter touches, as structural types. The real
 * `Excel.RequestContext` satisfies them (checked in test/excel/api.test.ts), and so does the
 * in-memory fake in `palsu/`, so `baca` and `tulis` run unchanged against both.
 */

/** Proxy objects queue loads; properties are readable only after `context.sync()`. */
export interface ExcelProxy {
  readonly isNullObject: boolean;
  load(propertyNames: string[]): unknown;
}

export interface ExcelRange extends ExcelProxy {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  select(): void;
}

export interface ExcelRangeCollection {
  readonly items: ExcelRange[];
  load(propertyNames: string[]): unknown;
}

export interface ExcelRangeAreas extends ExcelProxy {
  /** `Sheet1!A1:B2,Sheet1!D4:E5`: every area carries the sheet name. */
  readonly address: string;
  readonly areas: ExcelRangeCollection;
}

export interface ExcelWorksheet extends ExcelProxy {
  readonly name: string;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  readonly visibility: string;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** Without an address: the whole sheet. */
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): ExcelRange;
}

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  getItem(key: string): ExcelWorksheet;
  load(propertyNames: string[]): unknown;
}

export interface ExcelApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly application: ExcelApplication;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<unknown>;
}

/** Office's error codes for a batch whose request or response exceeds 5 MB (Excel on the web). */
export const KODE_MUATAN_BESAR = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The `code` of an `OfficeExtension.Error` (or its `debugInfo.code`); undefined otherwise. */
export function kodeGalat(error: unknown): string | undefined {
  if (!isRecord(error)) return undefined;
  if (typeof error.code === "string") return error.code;
  const info = error.debugInfo;
  return isRecord(info) && typeof info.code === "string" ? info.code : undefined;
}

export function galatMuatanBesar(error: unknown): boolean {
  const kode = kodeGalat(error);
  return kode !== undefined && (KODE_MUATAN_BESAR as readonly string[]).includes(kode);
}

/** Lets a caller stop a long read or write between two syncs (an `AbortSignal` fits). */
export interface TandaBatal {
  readonly aborted: boolean;
}

export class GalatDibatalkan extends Error {
  constructor(message = "Dibatalkan oleh pengguna.") {
    super(message);
    this.name = "AbortError";
  }
}

export function periksaBatal(batal: TandaBatal | undefined): void {
  if (batal?.aborted === true) throw new GalatDibatalkan();
}
