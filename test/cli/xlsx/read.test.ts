import ExcelJS from "exceljs";
import type { Cell, SheetModel } from "../../../src/core/workbook";
import {
  PESAN_CSV,
  PESAN_TANPA_WORKBOOK,
  PESAN_TEKS,
  PESAN_TERKUNCI,
  PESAN_TERPOTONG,
  PESAN_XLS_LAMA,
} from "../../../src/cli/xlsx/errors";
import { BukuKerjaError, readWorkbook, readWorkbookDetail } from "../../../src/cli/xlsx/read";
import { arrayBuffer, fixture, MAIN, STYLES, workbook } from "./helpers";

type Cells = (Cell | undefined)[][];

/** The small table every producer variant holds. */
const TABEL: Cells = [
  [{ v: "Indikator" }, { v: "Target" }, { v: "Realisasi" }, { v: "Capaian" }],
  [
    { v: "Kepuasan" },
    { v: 80, fmt: "#,##0.00" },
    { v: 84, fmt: "#,##0.00" },
    { v: 1.05, fmt: "0.0%", f: "C2/B2" },
  ],
  [{ v: 2023 }],
];
const TABEL_MERGES = [{ r0: 2, c0: 0, r1: 2, c1: 3 }];

const PCT = "0.00%";
const RICH: SheetModel[] = [
  {
    name: "Pengukuran",
    cells: [
      [{ v: "Pengukuran Kinerja Tahun 2023" }],
      [
        { v: "No" },
        { v: "Indikator Kinerja" },
        { v: "Target" },
        { v: "Realisasi" },
        { v: "Capaian" },
        { v: "Tanggal" },
      ],
      [
        { v: 1 },
        { v: "Indeks Kepuasan Masyarakat" },
        { v: 80 },
        { v: 84 },
        { v: 1.05, fmt: PCT, f: "D3/C3" },
        { v: 45291, fmt: "dd/mm/yyyy" },
      ],
      [
        { v: 2 },
        { v: "Persentase dokumen tepat waktu" },
        { v: 100 },
        { v: 90 },
        { v: 0.9, fmt: PCT, f: "D4/C4" },
      ],
      [{ v: 3 }, { v: "Jumlah inovasi" }, { v: 5 }, { v: 0 }, { v: 0, fmt: PCT, f: "D5/C5" }],
      [
        { v: 4 },
        { v: "Rasio & kualitas <data>" },
        { v: 0 },
        { v: 2 },
        { v: "#DIV/0!", fmt: PCT, f: "D6/C6" },
      ],
      [
        { v: "Rata-rata" },
        undefined,
        { v: 46.25, f: "AVERAGE(C3:C6)" },
        { v: 44, f: "AVERAGE(D3:D6)" },
        { v: 0.65, fmt: PCT, f: "AVERAGE(E3:E5)" },
      ],
      [
        { v: "Terverifikasi" },
        { v: true },
        { v: 11, f: "TARIF*100" },
        { v: "Tahun 2023", f: 'CONCATENATE("Tahun ",2023)' },
      ],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 6, c0: 0, r1: 6, c1: 1 },
    ],
  },
  {
    name: "Anggaran",
    cells: [
      [{ v: "Program / Kegiatan" }, { v: "Anggaran" }, undefined, { v: "Serapan" }],
      [undefined, { v: "Pagu" }, { v: "Realisasi" }],
      [
        { v: "Program Penunjang Urusan" },
        { v: 1500000000, fmt: "#,##0" },
        { v: 1425000000, fmt: "#,##0" },
        { v: 0.95, fmt: PCT, f: "C3/B3" },
      ],
      [
        { v: "Kegiatan Administrasi Keuangan" },
        { v: 250000000, fmt: "#,##0" },
        { v: 200000000, fmt: "#,##0" },
      ],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
      { r0: 0, c0: 3, r1: 1, c1: 3 },
    ],
  },
  { name: "Catatan", cells: [[{ v: "Sumber data: e-SAKIP 2023" }]], merges: [], hidden: true },
];

/** Sparse rows compare equal to rows with explicit holes; strict about keys and lengths. */
function normalise(sheets: SheetModel[]): unknown {
  return sheets.map((s) => ({
    ...s,
    cells: s.cells.map((row) => Array.from({ length: row.length }, (_x, i) => row[i] ?? null)),
  }));
}

describe("readWorkbook: producers", () => {
  test("rich workbook: values, formulas (shared ones resolved), formats, dates as serials, merges, hidden sheet", async () => {
    const d = await readWorkbookDetail(fixture("rich.xlsx"));
    expect(normalise(d.model.sheets)).toEqual(normalise(RICH));
    expect(d.pembaca).toEqual(["exceljs", "exceljs", "exceljs"]);
    // Key order is part of the model shape both readers give: {v, fmt, f}.
    expect(Object.keys(d.model.sheets[0].cells[2][4] ?? {})).toEqual(["v", "fmt", "f"]);
  });

  test.each([
    ["prefixed.xlsx", "Data Kinerja"],
    ["strict.xlsx", "Strict"],
    ["google-sheets.xlsx", "Sheet1"],
    ["macro.xlsm", "Makro"],
    ["drawing-2591.xlsx", "Data"],
  ])("%s reads to the table with formats and merges", async (file, name) => {
    const d = await readWorkbookDetail(fixture(file));
    expect(normalise(d.model.sheets)).toEqual(
      normalise([{ name, cells: TABEL, merges: TABEL_MERGES }]),
    );
    expect(d.pembaca).toEqual(["exceljs"]);
  });

  test("part names exceljs does not know, absolute targets, a BOM: sheets in workbook order", async () => {
    const m = await readWorkbook(fixture("odd-paths.xlsx"));
    expect(normalise(m.sheets)).toEqual(
      normalise([
        { name: "Kedua", cells: [[], [undefined, { v: "Kepuasan" }]], merges: [] },
        { name: "Pertama", cells: TABEL, merges: TABEL_MERGES },
      ]),
    );
  });

  test("openpyxl-like: no shared strings, no styles, ISO dates, string and error results", async () => {
    const m = await readWorkbook(fixture("openpyxl.xlsx"));
    expect(normalise(m.sheets)).toEqual(
      normalise([
        {
          name: "Sheet",
          cells: [
            [{ v: 2023 }, { v: 80.5 }, { v: false }],
            [{ v: 45291 }, { v: "80.5%", f: 'B1&"%"' }, { v: "#N/A" }],
            [{ v: 45292.5 }, { v: null, f: "SUM(B1:B1)" }],
          ],
          merges: [],
        },
      ]),
    );
  });

  test("rows and cells without addresses go to the fallback reader, placed by order", async () => {
    const d = await readWorkbookDetail(fixture("no-cell-refs.xlsx"));
    expect(d.pembaca).toEqual(["cadangan"]);
    expect(normalise(d.model.sheets)).toEqual(
      normalise([
        {
          name: "Tanpa Alamat",
          cells: [
            [{ v: "Indikator" }, { v: "Target" }],
            [{ v: "Kepuasan" }, { v: 0.8, fmt: "0.0%" }],
            [],
            [],
            [undefined, undefined, { v: 1.6, f: "B2*2" }, { v: 7 }],
          ],
          merges: [],
        },
      ]),
    );
  });

  test("a styles part exceljs cannot read: values kept, formats dropped", async () => {
    const d = await readWorkbookDetail(fixture("broken-styles.xlsx"));
    expect(d.pembaca).toEqual(["exceljs-tanpa-gaya"]);
    const plain: Cells = TABEL.map((row) =>
      row.map((c) => (c === undefined ? c : c.f === undefined ? { v: c.v } : { v: c.v, f: c.f })),
    );
    expect(normalise(d.model.sheets)).toEqual(
      normalise([{ name: "Sheet1", cells: plain, merges: TABEL_MERGES }]),
    );
  });

  test("a shared-string index past the list: exceljs throws, the fallback reads the rest", async () => {
    const d = await readWorkbookDetail(fixture("bad-shared-index.xlsx"));
    expect(d.pembaca).toEqual(["cadangan"]);
    const cells = TABEL.map((row) => [...row]);
    cells[1][0] = undefined;
    expect(normalise(d.model.sheets)).toEqual(
      normalise([{ name: "Data Kinerja", cells, merges: TABEL_MERGES }]),
    );
  });
});

describe("readWorkbook: why the normalisation exists", () => {
  const load = async (file: string): Promise<ExcelJS.Workbook> => {
    const wb = new ExcelJS.Workbook();
    const data = fixture(file);
    await wb.xlsx.load(arrayBuffer(data));
    return wb;
  };

  test("exceljs alone crashes on chart user shapes (its issue 2591)", async () => {
    await expect(load("drawing-2591.xlsx")).rejects.toThrow(/anchors/);
  });

  test("exceljs alone crashes on prefixed XML", async () => {
    await expect(load("prefixed.xlsx")).rejects.toThrow(TypeError);
  });

  test("exceljs alone silently finds no sheet under other part names", async () => {
    expect((await load("odd-paths.xlsx")).worksheets).toHaveLength(0);
  });
});

describe("readWorkbook: the fallback reader gives the same model", () => {
  test.each([
    "rich.xlsx",
    "prefixed.xlsx",
    "strict.xlsx",
    "google-sheets.xlsx",
    "openpyxl.xlsx",
    "odd-paths.xlsx",
    "drawing-2591.xlsx",
    "macro.xlsm",
  ])("%s", async (file) => {
    const viaExceljs = await readWorkbookDetail(fixture(file));
    const viaFallback = await readWorkbookDetail(fixture(file), { cadangan: true });
    expect(viaFallback.pembaca.every((p) => p === "cadangan")).toBe(true);
    expect(viaFallback.model).toStrictEqual(viaExceljs.model);
  });
});

describe("readWorkbook: details", () => {
  test("1904 date system: serials come back as stored", async () => {
    const data = workbook({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: STYLES,
      sheetBody:
        '<sheetData><row r="1"><c r="A1" s="2"><v>43830</v></c><c r="B1" t="d"><v>2024-01-01</v></c></row></sheetData>',
    });
    for (const cadangan of [false, true]) {
      const m = (await readWorkbookDetail(data, { cadangan })).model;
      // 2024-01-01 is serial 45292 in the 1900 system, 43830 in the 1904 one.
      expect(m.sheets[0].cells[0]).toEqual([{ v: 43830, fmt: "dd/mm/yyyy" }, { v: 43830 }]);
    }
  });

  test("prefixed sheet root with sheetData and styles: cell escapes, rich inline text, booleans", async () => {
    const data = workbook({
      sheetRoot: `<x:worksheet xmlns:x="${MAIN}">`,
      styles: STYLES,
      sharedStrings: ["baris_x000D_baru"],
      sheetBody:
        '<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c>' +
        '<x:c r="C2" t="inlineStr"><x:is><x:r><x:t>ka</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>ta</x:t></x:r></x:is></x:c>' +
        '<x:c r="D2" t="b"><x:v>1</x:v></x:c><x:c r="E2" s="1"><x:v>0.125</x:v></x:c></x:row></x:sheetData>' +
        '<x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells>',
    });
    for (const cadangan of [false, true]) {
      const m = (await readWorkbookDetail(data, { cadangan })).model;
      expect(m.sheets[0].cells[1]).toEqual([
        undefined,
        { v: "baris\rbaru" },
        { v: "kata" },
        { v: true },
        { v: 0.125, fmt: "0.00%" },
      ]);
      expect(m.sheets[0].merges).toEqual([{ r0: 1, c0: 1, r1: 1, c1: 2 }]);
    }
  });

  test("duplicate and overlapping merges (which make exceljs throw) are kept as listed", async () => {
    const data = workbook({
      sheetBody:
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
        '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
    });
    const d = await readWorkbookDetail(data);
    expect(d.pembaca).toEqual(["exceljs"]);
    expect(d.model.sheets[0].merges).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 1, c0: 1, r1: 2, c1: 2 },
    ]);
  });

  test("a shared formula group is translated relative to its master, $ anchors kept", async () => {
    const data = workbook({
      sheetBody:
        '<sheetData><row r="2"><c r="C2"><f t="shared" ref="C2:D3" si="7">A2*$B$1+SUM(A$1:A2)&amp;"A1"</f><v>1</v></c>' +
        '<c r="D2"><f t="shared" si="7"/><v>2</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="7"/><v>3</v></c></row></sheetData>',
    });
    for (const cadangan of [false, true]) {
      const m = (await readWorkbookDetail(data, { cadangan })).model;
      expect(m.sheets[0].cells[1][3]).toEqual({ v: 2, f: 'B2*$B$1+SUM(B$1:B2)&"A1"' });
      expect(m.sheets[0].cells[2][2]).toEqual({ v: 3, f: 'A3*$B$1+SUM(A$1:A3)&"A1"' });
    }
  });
});

describe("readWorkbook: files that cannot be read", () => {
  const codeOf = async (
    data: Uint8Array,
    fileName?: string,
  ): Promise<{ code: string; message: string }> => {
    try {
      await readWorkbook(data, { fileName });
    } catch (e) {
      expect(e).toBeInstanceOf(BukuKerjaError);
      const err = e as BukuKerjaError;
      expect(err.message).not.toMatch(/\n\s+at |Error:|undefined/);
      return { code: err.code, message: err.message };
    }
    throw new Error("tidak melempar");
  };

  test("password-protected", async () => {
    expect(await codeOf(fixture("encrypted.xlsx"))).toEqual({
      code: "terkunci",
      message: PESAN_TERKUNCI,
    });
    expect(PESAN_TERKUNCI).toBe(
      "Berkas dilindungi kata sandi: buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.",
    );
  });

  test("Excel 97-2003 .xls", async () => {
    expect(await codeOf(fixture("old.xls"))).toEqual({ code: "xls-lama", message: PESAN_XLS_LAMA });
  });

  test("truncated zip", async () => {
    expect(await codeOf(fixture("truncated.xlsx"))).toEqual({
      code: "rusak",
      message: PESAN_TERPOTONG,
    });
  });

  test("a text file renamed .xlsx, and a CSV", async () => {
    expect(await codeOf(fixture("not-a-workbook.xlsx"), "data.xlsx")).toEqual({
      code: "rusak",
      message: PESAN_TEKS,
    });
    expect(await codeOf(fixture("not-a-workbook.xlsx"), "data.csv")).toEqual({
      code: "rusak",
      message: PESAN_CSV,
    });
  });

  test("a zip without a workbook part", async () => {
    expect(await codeOf(fixture("no-workbook.xlsx"))).toEqual({
      code: "rusak",
      message: PESAN_TANPA_WORKBOOK,
    });
  });

  test("empty and binary garbage", async () => {
    expect((await codeOf(new Uint8Array(0))).code).toBe("rusak");
    expect((await codeOf(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]))).code).toBe("rusak");
  });

  test("a worksheet part that is not XML names the sheet", async () => {
    const good = fixture("google-sheets.xlsx");
    const { unzipSync, zipSync, strToU8 } = await import("fflate");
    const files = unzipSync(good);
    files["xl/worksheets/sheet1.xml"] = strToU8("bukan xml sama sekali");
    expect(await codeOf(zipSync(files))).toEqual({
      code: "rusak",
      message:
        'Lembar "Sheet1" tidak dapat dibaca karena isinya rusak: buka berkas di Excel, lalu simpan ulang sebagai .xlsx.',
    });
  });

  test("the input bytes are left untouched", async () => {
    const data = fixture("prefixed.xlsx");
    const copy = Uint8Array.from(data);
    await readWorkbook(data);
    expect(Buffer.compare(Buffer.from(data), Buffer.from(copy))).toBe(0);
  });
});
