import {
  galatMuatanBesar,
  GalatDibatalkan,
  kodeGalat,
  periksaBatal,
  type ExcelContext,
} from "../../src/excel/api";
import type { KonteksExcel } from "../../src/excel/insert-formula";
import { GalatPalsu, type KonteksPalsu } from "../../src/excel/palsu";
import { areaDariAlamat, masukanFormula, perluApostrof, selDariOffice } from "../../src/excel/sel";

// Compile-time: the real Office context and the fake both fit the adapter's slice of the API,
// and the fake also fits the task pane's insert-formula slice.
export const dariOffice = (context: Excel.RequestContext): ExcelContext => context;
export const dariPalsu = (context: KonteksPalsu): ExcelContext => context;
export const palsuUntukSisip = (context: KonteksPalsu): KonteksExcel => context;

describe("Office errors", () => {
  test("the code is read from code or debugInfo", () => {
    expect(kodeGalat(new GalatPalsu("ItemNotFound", "x"))).toBe("ItemNotFound");
    expect(kodeGalat({ debugInfo: { code: "RequestPayloadSizeLimitExceeded" } })).toBe(
      "RequestPayloadSizeLimitExceeded",
    );
    expect(kodeGalat(new Error("x"))).toBeUndefined();
    expect(kodeGalat("x")).toBeUndefined();
    expect(galatMuatanBesar({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(galatMuatanBesar({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(galatMuatanBesar({ code: "GeneralException" })).toBe(false);
  });

  test("cancellation", () => {
    expect(() => periksaBatal({ aborted: false })).not.toThrow();
    expect(() => periksaBatal(undefined)).not.toThrow();
    expect(() => periksaBatal({ aborted: true })).toThrow(GalatDibatalkan);
    expect(() => periksaBatal({ aborted: true })).toThrow("Dibatalkan oleh pengguna.");
  });
});

describe("cells between Office and the model", () => {
  test("selDariOffice", () => {
    expect(selDariOffice("", "", "General")).toBeUndefined();
    expect(selDariOffice("", "", "0.00%")).toEqual({ v: null, fmt: "0.00%" });
    expect(selDariOffice(0.5, "=A1/B1", "0%")).toEqual({ v: 0.5, fmt: "0%", f: "A1/B1" });
    expect(selDariOffice("", '=IF(A1,"","x")', "General")).toEqual({ v: "", f: 'IF(A1,"","x")' });
    expect(selDariOffice("Sasaran", "Sasaran", "@")).toEqual({ v: "Sasaran", fmt: "@" });
    expect(selDariOffice(true, true, "General")).toEqual({ v: true });
  });

  test("text that Excel would re-parse gets the apostrophe", () => {
    expect(
      ["12", "1/2", "12,5", "=A1", "-x", "+1", "@x", "'a", "#N/A", "TRUE", "salah"].map(
        perluApostrof,
      ),
    ).toEqual(Array(11).fill(true));
    expect(["Baik", "Sangat Baik", "", "Cukup (C)"].map(perluApostrof)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(masukanFormula({ v: "12" })).toBe("'12");
    expect(masukanFormula({ v: "12" }, "@")).toBe("12");
    expect(masukanFormula({ v: null, f: "A1" })).toBe("=A1");
    expect(masukanFormula({ v: null, f: "=A1" })).toBe("=A1");
    expect(masukanFormula({ v: null })).toBe("");
    expect(masukanFormula({ v: 3 })).toBe(3);
  });

  test("RangeAreas addresses, quoted sheet names with commas included", () => {
    expect(areaDariAlamat("Sheet1!A1:B2,Sheet1!$D$4:$E$5, Sheet1!C7")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 3, c0: 3, r1: 4, c1: 4 },
      { r0: 6, c0: 2, r1: 6, c1: 2 },
    ]);
    expect(areaDariAlamat("'PK, 2024''s'!A1:F1,'PK, 2024''s'!B4:B5")).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 3, c0: 1, r1: 4, c1: 1 },
    ]);
    expect(areaDariAlamat("")).toEqual([]);
  });
});
