/**
 * What the hosting Office can do, read once after Office.onReady. The pane must also open in a
 * plain browser (development, preview), where office.js is absent or has no host.
 */

export interface HostInfo {
  /** Running inside Excel (desktop, Mac or web). */
  inExcel: boolean;
  /** `=SAKIP.*` custom functions can run (CustomFunctionsRuntime 1.1); false on Excel 2016/2019. */
  customFunctions: boolean;
  /** Pane and functions share one JavaScript runtime (SharedRuntime 1.1). */
  sharedRuntime: boolean;
  /** Highest supported ExcelApi requirement set, e.g. `1.17`; undefined outside Excel. */
  excelApi: string | undefined;
}

/** Probing stops at the first unsupported minor version, so a generous ceiling costs nothing. */
const EXCEL_API_MINOR_MAX = 40;

type IsSetSupported = (name: string, version: string) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function readContext(office: unknown): Record<string, unknown> | undefined {
  if (!isRecord(office)) return undefined;
  let context: unknown;
  try {
    // Office.context is a getter on some builds and throws before onReady.
    context = office.context;
  } catch {
    return undefined;
  }
  return isRecord(context) ? context : undefined;
}

function readIsSetSupported(context: Record<string, unknown> | undefined): IsSetSupported {
  const requirements = context?.requirements;
  if (!isRecord(requirements)) return () => false;
  const fn = requirements.isSetSupported;
  if (typeof fn !== "function") return () => false;
  return (name, version) => {
    try {
      return fn.call(requirements, name, version) === true;
    } catch {
      return false;
    }
  };
}

function hostName(context: Record<string, unknown> | undefined): unknown {
  if (!context) return undefined;
  if (context.host !== undefined && context.host !== null) return context.host;
  // Office.context.host is missing on older builds; diagnostics.host carries the same name.
  const diagnostics = context.diagnostics;
  return isRecord(diagnostics) ? diagnostics.host : undefined;
}

function highestExcelApi(supported: IsSetSupported): string | undefined {
  let highest: string | undefined;
  for (let minor = 1; minor <= EXCEL_API_MINOR_MAX; minor++) {
    const version = `1.${minor}`;
    if (!supported("ExcelApi", version)) break;
    highest = version;
  }
  return highest;
}

function globalOffice(): unknown {
  return (globalThis as { Office?: unknown }).Office;
}

/**
 * Reads the host's capabilities. `office` defaults to the global `Office`; pass one to test.
 * Never throws: anything unreadable counts as unsupported.
 */
export function detectHost(office: unknown = globalOffice()): HostInfo {
  const context = readContext(office);
  const supported = readIsSetSupported(context);
  const excelApi = highestExcelApi(supported);
  const inExcel = hostName(context) === "Excel" || excelApi !== undefined;
  return {
    inExcel,
    customFunctions: inExcel && supported("CustomFunctionsRuntime", "1.1"),
    sharedRuntime: inExcel && supported("SharedRuntime", "1.1"),
    excelApi,
  };
}

/** Whether `excelApi` (e.g. `1.17`) is at least `1.<minor>`. */
export function excelApiAtLeast(excelApi: string | undefined, minor: number): boolean {
  if (excelApi === undefined) return false;
  const match = /^1\.(\d+)$/.exec(excelApi);
  return match !== null && Number(match[1]) >= minor;
}
