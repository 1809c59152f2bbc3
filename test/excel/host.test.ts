import { detectHost, excelApiAtLeast } from "../../src/excel/host";

/** A fake `Office` global whose requirement sets are `sets` (name -> highest minor of 1.x). */
function fakeOffice(sets: Record<string, number>, context: Record<string, unknown> = {}): unknown {
  return {
    context: {
      ...context,
      requirements: {
        isSetSupported(name: string, version: string): boolean {
          const highest = sets[name];
          const minor = Number(version.split(".")[1]);
          return highest !== undefined && minor <= highest;
        },
      },
    },
  };
}

describe("detectHost", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("Microsoft 365: custom functions, shared runtime, highest ExcelApi", () => {
    const office = fakeOffice(
      { ExcelApi: 17, CustomFunctionsRuntime: 4, SharedRuntime: 1 },
      { host: "Excel" },
    );
    expect(detectHost(office)).toEqual({
      inExcel: true,
      customFunctions: true,
      sharedRuntime: true,
      excelApi: "1.17",
    });
  });

  test("Excel 2016: ExcelApi without custom functions or shared runtime", () => {
    // Old builds lack Office.context.host; diagnostics still name the host.
    const office = fakeOffice({ ExcelApi: 2 }, { diagnostics: { host: "Excel" } });
    expect(detectHost(office)).toEqual({
      inExcel: true,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: "1.2",
    });
  });

  test("ExcelApi alone is enough to know the host is Excel", () => {
    expect(detectHost(fakeOffice({ ExcelApi: 1 })).inExcel).toBe(true);
  });

  test("no Office at all: a plain browser", () => {
    expect(detectHost(undefined)).toEqual({
      inExcel: false,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: undefined,
    });
    expect(detectHost()).toEqual({
      inExcel: false,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: undefined,
    });
  });

  test("office.js loaded in a browser without a host", () => {
    expect(detectHost(fakeOffice({}, { host: null })).inExcel).toBe(false);
  });

  test("reads the global Office by default", () => {
    (globalThis as { Office?: unknown }).Office = fakeOffice(
      { ExcelApi: 9, CustomFunctionsRuntime: 1 },
      { host: "Excel" },
    );
    expect(detectHost()).toEqual({
      inExcel: true,
      customFunctions: true,
      sharedRuntime: false,
      excelApi: "1.9",
    });
  });

  test("custom functions reported by a non-Excel host do not count", () => {
    const office = fakeOffice({ CustomFunctionsRuntime: 1 }, { host: "Word" });
    expect(detectHost(office)).toEqual({
      inExcel: false,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: undefined,
    });
  });

  test("a throwing isSetSupported or context counts as unsupported", () => {
    const throwing = {
      context: {
        host: "Excel",
        requirements: {
          isSetSupported(): boolean {
            throw new Error("not ready");
          },
        },
      },
    };
    expect(detectHost(throwing)).toEqual({
      inExcel: true,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: undefined,
    });
    const getterThrows = Object.defineProperty({}, "context", {
      get() {
        throw new Error("Office.context is not ready");
      },
    });
    expect(detectHost(getterThrows).inExcel).toBe(false);
  });
});

describe("excelApiAtLeast", () => {
  test.each([
    ["1.17", 7, true],
    ["1.7", 7, true],
    ["1.6", 7, false],
    ["1.10", 9, true],
    [undefined, 1, false],
    ["2.0", 1, false],
  ])("%s >= 1.%d is %s", (version, minor, expected) => {
    expect(excelApiAtLeast(version, minor)).toBe(expected);
  });
});
