import { detectHost } from "../../src/excel/host";
import { sisipkanRumus } from "../../src/excel/insert-formula";
import {
  BATAS_MUATAN_BYTES,
  bukuKerjaPalsu,
  modelDari,
  officePalsu,
  type KonteksPalsu,
} from "../../src/excel/palsu";
import { bukuContoh } from "./bantu";

function kode(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

async function galat(janji: Promise<unknown>): Promise<unknown> {
  try {
    await janji;
  } catch (error: unknown) {
    return error;
  }
  throw new Error("tidak gagal");
}

describe("fake Excel: proxy semantics", () => {
  test("a property is readable only after load and sync", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const range = ctx.workbook.worksheets.getItem("PK 2024").getRange("D4:F4");
    range.load(["values", "formulas", "numberFormat", "address"]);
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.address).toBe("'PK 2024'!D4:F4");
    expect(range.values).toEqual([[80, 85.5, 1.06875]]);
    expect(range.formulas).toEqual([[80, 85.5, '=IFERROR(E4/D4,"")']]);
    expect(range.numberFormat).toEqual([["0.00", "0.00", "0.00%"]]);
    expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(buku.syncCount).toBe(1);
  });

  test("value types, empty cells and errors read like Office", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const range = ctx.workbook.worksheets.getItem("Anggaran").getRange("D5:G5");
    range.load(["values", "valueTypes", "numberFormat"]);
    const galatSel = ctx.workbook.worksheets.getItem("Anggaran").getRange("F4");
    galatSel.load(["values", "valueTypes"]);
    await ctx.sync();
    expect(range.values).toEqual([[1500000000, "007", "", ""]]);
    expect(range.valueTypes).toEqual([["Double", "String", "Empty", "Empty"]]);
    expect(range.numberFormat).toEqual([["#,##0", "@", "General", "General"]]);
    expect(galatSel.valueTypes).toEqual([["Error"]]);
  });

  test("used range, null objects and missing sheets", async () => {
    const buku = bukuKerjaPalsu({
      sheets: [
        ...bukuContoh().sheets,
        { name: "Kosong", cells: [[], [undefined, { v: null, fmt: "0%" }]], merges: [] },
      ],
    });
    const ctx = buku.konteks();
    const sheets = ctx.workbook.worksheets;
    const terpakai = sheets.getItem("Anggaran").getUsedRangeOrNullObject(true);
    terpakai.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const kosong = sheets.getItem("kosong").getUsedRangeOrNullObject(true);
    kosong.load(["address"]);
    const format = sheets.getItem("Kosong").getUsedRangeOrNullObject(false);
    format.load(["address"]);
    expect(() => kosong.isNullObject).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" }),
    );
    await ctx.sync();
    expect(terpakai.isNullObject).toBe(false);
    expect(terpakai.address).toBe("Anggaran!C3:F5");
    expect([
      terpakai.rowIndex,
      terpakai.columnIndex,
      terpakai.rowCount,
      terpakai.columnCount,
    ]).toEqual([2, 2, 3, 4]);
    expect(kosong.isNullObject).toBe(true);
    expect(format.address).toBe("Kosong!B2");

    sheets.getItem("Tidak Ada").getRange("A1").load(["values"]);
    const e = await galat(ctx.sync());
    expect(kode(e)).toBe("ItemNotFound");
    expect((e as Error).name).toBe("RichApi.Error");
    expect(buku.syncs.map((s) => s.ok)).toEqual([true, false]);
  });

  test("the worksheet collection loads items with name and visibility", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const sheets = ctx.workbook.worksheets;
    sheets.load(["items/name", "items/visibility"]);
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["PK 2024", "Visible"],
      ["Anggaran", "Visible"],
      ["Catatan lama", "Hidden"],
    ]);
    expect(() => sheets.items[0].position).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" }),
    );
  });

  test("merged areas: address, areas, null object, and missing before ExcelApi 1.13", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const gabung = ctx.workbook.worksheets
      .getItem("PK 2024")
      .getRange()
      .getMergedAreasOrNullObject();
    gabung.load(["address", "areaCount"]);
    gabung.areas.load(["address"]);
    const tanpa = ctx.workbook.worksheets
      .getItem("Catatan lama")
      .getRange()
      .getMergedAreasOrNullObject();
    tanpa.load(["address"]);
    await ctx.sync();
    expect(gabung.address).toBe("'PK 2024'!A1:F1,'PK 2024'!B4:B5");
    expect(gabung.areaCount).toBe(2);
    expect(gabung.areas.items.map((r) => r.address)).toEqual([
      "'PK 2024'!A1:F1",
      "'PK 2024'!B4:B5",
    ]);
    expect(tanpa.isNullObject).toBe(true);

    const lama = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.12" });
    const ctxLama = lama.konteks();
    ctxLama.workbook.worksheets
      .getItem("PK 2024")
      .getRange()
      .getMergedAreasOrNullObject()
      .load(["address"]);
    expect(kode(await galat(ctxLama.sync()))).toBe("ApiNotFound");
  });

  test("writes coerce input like typing; null leaves a cell, empty string clears it", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const ws = ctx.workbook.worksheets.getItem("PK 2024");
    ws.getRange("A7:F7").values = [["=D4*2", "'12", "12", "50%", "TRUE", "teks"]];
    ws.getRange("A4:B4").formulas = [[null, ""]];
    ws.getRange("E5").numberFormat = [["0.0"]];
    await ctx.sync();
    const lembar = modelDari(buku).sheets[0];
    expect(lembar.cells[6]).toEqual([
      { v: null, f: "D4*2" },
      { v: "12" },
      { v: 12 },
      { v: 0.5 },
      { v: true },
      { v: "teks" },
    ]);
    expect(lembar.cells[3][0]).toEqual({ v: 1 });
    expect(lembar.cells[3][1]).toBeUndefined();
    expect(lembar.cells[4][4]).toEqual({ v: true, fmt: "0.0" });
    expect(buku.writes.map((w) => [w.address, w.properti, w.dijeda])).toEqual([
      ["'PK 2024'!A7:F7", "values", false],
      ["'PK 2024'!A4:B4", "formulas", false],
      ["'PK 2024'!E5", "numberFormat", false],
    ]);
  });

  test("a formula written back gets the value the workbook held for it", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const sel = ctx.workbook.worksheets.getItem("PK 2024").getRange("F4");
    sel.formulas = [["=1+1"]];
    await ctx.sync();
    expect(modelDari(buku).sheets[0].cells[3][5]).toEqual({ v: null, fmt: "0.00%", f: "1+1" });
    sel.formulas = [['=IFERROR(E4/D4,"")']];
    await ctx.sync();
    expect(modelDari(buku)).toEqual(bukuContoh());
  });

  test("a wrongly shaped array is refused", async () => {
    const ctx = bukuKerjaPalsu(bukuContoh()).konteks();
    ctx.workbook.worksheets.getItem("PK 2024").getRange("A1:B2").values = [[1, 2]];
    expect(kode(await galat(ctx.sync()))).toBe("InvalidArgument");
  });

  test("calculation suspension marks the writes of that sync only", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    ctx.workbook.worksheets.getItem("PK 2024").getRange("A8").values = [[1]];
    await ctx.sync();
    ctx.workbook.worksheets.getItem("PK 2024").getRange("A9").values = [[2]];
    await ctx.sync();
    expect(buku.writes.map((w) => [w.sync, w.dijeda])).toEqual([
      [1, true],
      [2, false],
    ]);
    const lama = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.5" });
    const ctxLama = lama.konteks();
    ctxLama.workbook.application.suspendApiCalculationUntilNextSync();
    expect(kode(await galat(ctxLama.sync()))).toBe("ApiNotFound");
  });
});

describe("fake Excel: payload limit", () => {
  test("a single write above 5 MB is refused whole, as Excel on the web refuses it", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const ctx = buku.konteks();
    const besar = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
    ctx.workbook.worksheets.getItem("PK 2024").getRange("H1:H60000").values = besar;
    const e = await galat(ctx.sync());
    expect(kode(e)).toBe("RequestPayloadSizeLimitExceeded");
    expect((e as { debugInfo: { code: string } }).debugInfo.code).toBe(
      "RequestPayloadSizeLimitExceeded",
    );
    expect(buku.syncs[0].requestBytes).toBe(JSON.stringify(besar).length);
    expect(buku.maxPayloadBytes).toBeGreaterThan(BATAS_MUATAN_BYTES);
    expect(buku.writes).toEqual([]);
    expect(modelDari(buku)).toEqual(bukuContoh());
  });

  test("a read whose response exceeds the limit fails; a smaller one passes", async () => {
    const model = {
      sheets: [
        {
          name: "Teks",
          cells: Array.from({ length: 30_000 }, () => [{ v: "y".repeat(200) }]),
          merges: [],
        },
      ],
    };
    const buku = bukuKerjaPalsu(model);
    const ctx = buku.konteks();
    ctx.workbook.worksheets.getItem("Teks").getRange("A1:A30000").load(["values"]);
    expect(kode(await galat(ctx.sync()))).toBe("ResponsePayloadSizeLimitExceeded");
    const separuh = ctx.workbook.worksheets.getItem("Teks").getRange("A1:A15000");
    separuh.load(["values"]);
    await ctx.sync();
    expect(separuh.values).toHaveLength(15000);
    expect(buku.syncs.map((s) => s.ok)).toEqual([false, true]);
    expect(buku.syncs[1].responseBytes).toBeLessThan(BATAS_MUATAN_BYTES);
  });
});

describe("fake Excel: run, selection and host", () => {
  test("run flushes what the batch left queued, like Excel.run", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    await buku.run(async (ctx: KonteksPalsu) => {
      ctx.workbook.worksheets.getItem("Anggaran").getRange("C7").values = [["baru"]];
    });
    expect(buku.syncCount).toBe(1);
    expect(modelDari(buku).sheets[1].cells[6]).toEqual([undefined, undefined, { v: "baru" }]);
  });

  test("select records the selection and notifies listeners; the active cell follows it", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    let dipanggil = 0;
    const lepas = buku.onChange(() => dipanggil++);
    await buku.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Anggaran").getRange("D4:E5").select();
      await ctx.sync();
    });
    expect(buku.selection).toEqual({
      sheet: "Anggaran",
      address: "Anggaran!D4:E5",
      area: { r0: 3, c0: 3, r1: 4, c1: 4 },
    });
    expect(dipanggil).toBe(1);
    lepas();
    const hasil = await sisipkanRumus("=SAKIP.CAPAIAN(80,90)", (batch) => buku.run(batch));
    expect(hasil).toEqual({ ok: false, alasan: "sel-terisi", alamat: "Anggaran!D4" });
    await buku.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Anggaran").getRange("H9").select();
    });
    expect(await sisipkanRumus("=SAKIP.CAPAIAN(80,90)", (batch) => buku.run(batch))).toEqual({
      ok: true,
      alamat: "Anggaran!H9",
    });
    expect(modelDari(buku).sheets[1].cells[8][7]).toEqual({ v: null, f: "SAKIP.CAPAIAN(80,90)" });
    expect(dipanggil).toBe(1);
  });

  test("officePalsu tells detectHost what the fake supports", () => {
    expect(detectHost(officePalsu(bukuKerjaPalsu(bukuContoh(), { excelApi: "1.12" })))).toEqual({
      inExcel: true,
      customFunctions: true,
      sharedRuntime: true,
      excelApi: "1.12",
    });
    const tua = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.8", customFunctions: false });
    expect(detectHost(officePalsu(tua))).toEqual({
      inExcel: true,
      customFunctions: false,
      sharedRuntime: false,
      excelApi: "1.8",
    });
  });

  test("modelDari gives back the model it was built from", () => {
    expect(modelDari(bukuKerjaPalsu(bukuContoh()))).toEqual(bukuContoh());
  });
});
