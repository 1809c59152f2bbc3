import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Cell, SheetModel, WorkbookModel } from "../../../src/core/workbook";
import { BukuKerjaError } from "../../../src/cli/xlsx/errors";
import { patchWorkbook, sheetPartPaths, type CellEdit } from "../../../src/cli/xlsx/patch";
import { readWorkbook } from "../../../src/cli/xlsx/read";
import { readZip } from "../../../src/cli/xlsx/zip";
import { arrayBuffer, entries, fixture, MAIN, STYLES, text, workbook } from "./helpers";

const SOFFICE = "/usr/bin/soffice";
const PCT = "0.00%";

function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/** Names of entries whose uncompressed bytes differ (or that exist on one side only). */
function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = entries(before);
  const b = entries(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !same(a.get(n), b.get(n))).sort();
}

/** The model with the given cells (sheet, row, col) blanked, to compare "everything else". */
function without(model: WorkbookModel, cells: readonly [string, number, number][]): WorkbookModel {
  return {
    sheets: model.sheets.map((s): SheetModel => ({
      ...s,
      cells: s.cells.map((row, r) =>
        Array.from({ length: row.length }, (_x, c): Cell | undefined =>
          cells.some(([n, rr, cc]) => n === s.name && rr === r && cc === c) ? undefined : row[c],
        ),
      ),
    })),
  };
}

function trimmed(model: WorkbookModel): unknown {
  // Trailing holes left by blanking do not count as differences.
  return model.sheets.map((s) => {
    const cells = s.cells.map((row) => {
      const out = Array.from({ length: row.length }, (_x, i) => row[i] ?? null);
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    });
    while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
    return { ...s, cells };
  });
}

const RICH_ORIGINAL = fixture("rich.xlsx");

describe("patchWorkbook on the rich workbook: one sheet, values and formulas, a new row", () => {
  const edits: CellEdit[] = [
    { sheet: "Anggaran", row: 3, col: 3, formula: "C4/B4" },
    { sheet: "Anggaran", row: 2, col: 2, value: 1400000000 },
    { sheet: "Anggaran", row: 4, col: 0, value: "Kegiatan Baru", styleFrom: { row: 3, col: 0 } },
    { sheet: "Anggaran", row: 4, col: 1, value: 1000, styleFrom: { row: 3, col: 1 } },
    { sheet: "Anggaran", row: 4, col: 2, value: 600, styleFrom: { row: 3, col: 2 } },
    {
      sheet: "Anggaran",
      row: 4,
      col: 3,
      formula: 'IF(B5=0,"",C5/B5)',
      styleFrom: { row: 3, col: 3 },
    },
  ];
  const patched = patchWorkbook(RICH_ORIGINAL, edits);

  test("only the edited sheet, workbook.xml, and the calc chain's rels and content type change", () => {
    expect(changedEntries(RICH_ORIGINAL, patched)).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const names = [...entries(RICH_ORIGINAL).keys()].filter((n) => n !== "xl/calcChain.xml");
    expect([...entries(patched).keys()]).toEqual(names);
  });

  test("untouched entries keep their compressed bytes, times and attributes", () => {
    const before = readZip(RICH_ORIGINAL);
    const after = readZip(patched);
    for (const e of after.entries) {
      if (changedEntries(RICH_ORIGINAL, patched).includes(e.name)) continue;
      const o = before.byName.get(e.name.toLowerCase());
      expect(o).toBeDefined();
      expect(same(e.raw, o?.raw)).toBe(true);
      expect([e.crc, e.method, e.dosDate, e.dosTime]).toEqual([
        o?.crc,
        o?.method,
        o?.dosDate,
        o?.dosTime,
      ]);
    }
  });

  test("the edited sheet differs from the original only in the edited cells and its dimension", () => {
    const original = text(RICH_ORIGINAL, "xl/worksheets/sheet2.xml");
    const expected = original
      .replace('<dimension ref="A1:D4"/>', '<dimension ref="A1:D5"/>')
      .replace('<c r="C3" s="4"><v>1425000000</v></c>', '<c r="C3" s="4"><v>1400000000</v></c>')
      .replace('<c r="D4" s="2"/>', '<c r="D4" s="2"><f>C4/B4</f></c>')
      .replace(
        "</row></sheetData>",
        '</row><row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">Kegiatan Baru</t></is></c>' +
          '<c r="B5" s="4"><v>1000</v></c><c r="C5" s="4"><v>600</v></c>' +
          '<c r="D5" s="2"><f>IF(B5=0,"",C5/B5)</f></c></row></sheetData>',
      );
    expect(expected).not.toBe(original);
    expect(text(patched, "xl/worksheets/sheet2.xml")).toBe(expected);
  });

  test("workbook.xml gains fullCalcOnLoad and nothing else; defined names stay", () => {
    const original = text(RICH_ORIGINAL, "xl/workbook.xml");
    const after = text(patched, "xl/workbook.xml");
    expect(after).toBe(
      original.replace('<calcPr calcId="191029"/>', '<calcPr fullCalcOnLoad="1" calcId="191029"/>'),
    );
    expect(after).toContain('<definedName name="TARIF">0.11</definedName>');
    expect(after).toContain('<definedName name="Total">SUM(Pengukuran!$C$3:$C$6)</definedName>');
  });

  test("the calc chain is gone with its relationship and override, nothing else", () => {
    const rels = text(RICH_ORIGINAL, "xl/_rels/workbook.xml.rels");
    const relEl =
      '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>';
    expect(rels).toContain(relEl);
    expect(text(patched, "xl/_rels/workbook.xml.rels")).toBe(rels.replace(relEl, ""));
    const ct = text(RICH_ORIGINAL, "[Content_Types].xml");
    const ctEl =
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>';
    expect(ct).toContain(ctEl);
    expect(text(patched, "[Content_Types].xml")).toBe(ct.replace(ctEl, ""));
  });

  test("chart, image, comments, validation, conditional format and properties are still there", () => {
    const e = entries(patched);
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "docProps/core.xml",
      "docProps/app.xml",
      "docProps/custom.xml",
    ]) {
      expect(same(e.get(name), entries(RICH_ORIGINAL).get(name))).toBe(true);
    }
    const sheet1 = text(patched, "xl/worksheets/sheet1.xml");
    expect(sheet1).toContain('<dataValidation type="decimal"');
    expect(sheet1).toContain('<conditionalFormatting sqref="E3:E6">');
    expect(sheet1).toContain('<legacyDrawing r:id="rId2"/>');
    expect(text(patched, "docProps/custom.xml")).toContain('name="Tahun"><vt:i4>2023</vt:i4>');
  });

  test("re-read: the new values and formulas, every other cell of every sheet unchanged", async () => {
    const before = await readWorkbook(RICH_ORIGINAL);
    const after = await readWorkbook(patched);
    const anggaran = after.sheets[1];
    expect(anggaran.cells[2][2]).toEqual({ v: 1400000000, fmt: "#,##0" });
    expect(anggaran.cells[3][3]).toEqual({ v: null, fmt: PCT, f: "C4/B4" });
    expect(anggaran.cells[4]).toEqual([
      { v: "Kegiatan Baru" },
      { v: 1000, fmt: "#,##0" },
      { v: 600, fmt: "#,##0" },
      { v: null, fmt: PCT, f: 'IF(B5=0,"",C5/B5)' },
    ]);
    const edited = edits.map((e): [string, number, number] => [e.sheet, e.row, e.col]);
    expect(trimmed(without(after, edited))).toEqual(trimmed(without(before, edited)));
  });

  test("exceljs still loads the copy", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBuffer(patched));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Pengukuran", "Anggaran", "Catatan"]);
    expect(wb.getWorksheet("Anggaran")?.getCell("D5").formula).toBe('IF(B5=0,"",C5/B5)');
  });
});

describe("patchWorkbook: replacing a shared formula master, cells in existing rows", () => {
  const edits: CellEdit[] = [
    { sheet: "Pengukuran", row: 2, col: 4, formula: "IFERROR(D3/C3,0)" },
    { sheet: "pengukuran", row: 3, col: 6, value: 12.5 },
    { sheet: "Pengukuran", row: 9, col: 4, value: 0.5 },
    { sheet: "Pengukuran", row: 0, col: 7, value: true },
  ];
  const patched = patchWorkbook(RICH_ORIGINAL, edits);
  const sheet = text(patched, "xl/worksheets/sheet1.xml");

  test("the group's other members get their own formula text, values kept", () => {
    expect(sheet).toContain('<c r="E3" s="2"><f>IFERROR(D3/C3,0)</f></c>');
    expect(sheet).toContain('<c r="E4" s="2"><f>D4/C4</f><v>0.9</v></c>');
    expect(sheet).toContain('<c r="E5" s="2"><f>D5/C5</f><v>0</v></c>');
    expect(sheet).toContain('<c r="E6" s="2" t="e"><f>D6/C6</f><v>#DIV/0!</v></c>');
    expect(sheet).not.toContain('t="shared"');
  });

  test("spans widen, a new cell takes its column's style, the dimension grows", () => {
    expect(sheet).toContain('<row r="4" spans="1:7" x14ac:dyDescent="0.25">');
    expect(sheet).toContain('<c r="G4"><v>12.5</v></c></row>');
    expect(sheet).toContain('<row r="10"><c r="E10" s="2"><v>0.5</v></c></row>');
    expect(sheet).toContain('<c r="H1" t="b"><v>1</v></c></row>');
    expect(sheet).toContain('<dimension ref="A1:H10"/>');
  });

  test("re-read: everything else as before", async () => {
    const before = await readWorkbook(RICH_ORIGINAL);
    const after = await readWorkbook(patched);
    const p = after.sheets[0];
    expect(p.cells[2][4]).toEqual({ v: null, fmt: PCT, f: "IFERROR(D3/C3,0)" });
    expect(p.cells[3][6]).toEqual({ v: 12.5 });
    expect(p.cells[9][4]).toEqual({ v: 0.5, fmt: PCT });
    expect(p.cells[0][7]).toEqual({ v: true });
    const edited = edits.map((e): [string, number, number] => ["Pengukuran", e.row, e.col]);
    expect(trimmed(without(after, edited))).toEqual(trimmed(without(before, edited)));
  });
});

describe("patchWorkbook: what changes when", () => {
  test("values over plain cells: only the sheet changes; calc chain and workbook.xml stay", () => {
    const out = patchWorkbook(RICH_ORIGINAL, [
      { sheet: "Catatan", row: 1, col: 0, value: "Diperiksa" },
    ]);
    expect(changedEntries(RICH_ORIGINAL, out)).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  test("a value over a formula cell: the calc chain goes, workbook.xml stays", () => {
    const out = patchWorkbook(RICH_ORIGINAL, [{ sheet: "Anggaran", row: 2, col: 3, value: 0.9 }]);
    expect(changedEntries(RICH_ORIGINAL, out)).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/worksheets/sheet2.xml",
    ]);
  });

  test("no edits: an identical copy of every entry", () => {
    expect(changedEntries(RICH_ORIGINAL, patchWorkbook(RICH_ORIGINAL, []))).toEqual([]);
  });

  test("formulas with a cached result, an error result, text; text escaped", () => {
    const out = patchWorkbook(RICH_ORIGINAL, [
      { sheet: "Anggaran", row: 3, col: 3, formula: "C4/B4", value: 0.8 },
      { sheet: "Anggaran", row: 5, col: 0, formula: "1/0", error: "#DIV/0!" },
      { sheet: "Anggaran", row: 5, col: 1, formula: '"a"&"b"', value: "ab" },
      { sheet: "Anggaran", row: 5, col: 2, value: "A & B <C> _x0041_ \u0001" },
      { sheet: "Anggaran", row: 5, col: 3, error: "#N/A" },
    ]);
    const s = text(out, "xl/worksheets/sheet2.xml");
    expect(s).toContain('<c r="D4" s="2"><f>C4/B4</f><v>0.8</v></c>');
    expect(s).toContain(
      '<row r="6"><c r="A6" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="B6" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
        '<c r="C6" t="inlineStr"><is><t xml:space="preserve">A &amp; B &lt;C&gt; _x005F_x0041_ _x0001_</t></is></c>' +
        '<c r="D6" t="e"><v>#N/A</v></c></row>',
    );
  });

  test("null empties a cell but keeps its style; a new empty cell without a style is not written", () => {
    const out = patchWorkbook(RICH_ORIGINAL, [
      { sheet: "Anggaran", row: 2, col: 3, value: null },
      { sheet: "Anggaran", row: 7, col: 7, value: null },
    ]);
    const s = text(out, "xl/worksheets/sheet2.xml");
    expect(s).toContain('<c r="D3" s="2"/></row>');
    expect(s).not.toContain('r="8"');
  });
});

describe("patchWorkbook: other sheet shapes", () => {
  test("a prefixed sheet gets prefixed cells and rows", async () => {
    const data = fixture("prefixed.xlsx");
    const out = patchWorkbook(data, [
      {
        sheet: "Data Kinerja",
        row: 1,
        col: 4,
        formula: "IF(D2>=1,1,0)",
        styleFrom: { row: 1, col: 1 },
      },
      { sheet: "Data Kinerja", row: 4, col: 1, value: "catatan" },
    ]);
    const s = text(out, "xl/worksheets/sheet1.xml");
    expect(s).toContain('<x:c r="E2" s="2"><x:f>IF(D2&gt;=1,1,0)</x:f></x:c></x:row>');
    expect(s).toContain(
      '<x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t xml:space="preserve">catatan</x:t></x:is></x:c></x:row></x:sheetData>',
    );
    expect(s).toContain('<x:dimension ref="A1:E5"/>');
    expect(changedEntries(data, out)).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(text(out, "xl/workbook.xml")).toContain(
      '</x:sheets><x:calcPr fullCalcOnLoad="1"/></x:workbook>',
    );
    const m = await readWorkbook(out);
    expect(m.sheets[0].cells[1][4]).toEqual({ v: null, fmt: "#,##0.00", f: "IF(D2>=1,1,0)" });
    expect(m.sheets[0].cells[4][1]).toEqual({ v: "catatan" });
  });

  test("a sheet part with a UTF-8 BOM keeps it; sheets found through odd part names", () => {
    const data = fixture("odd-paths.xlsx");
    expect([...sheetPartPaths(data)]).toEqual([
      ["Kedua", "xl/tabel/lembar-b.xml"],
      ["Pertama", "xl/tabel/lembar-a.xml"],
    ]);
    const out = patchWorkbook(data, [{ sheet: "Pertama", row: 2, col: 1, value: 7 }]);
    const part = entries(out).get("xl/tabel/lembar-a.xml");
    expect([...(part ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(out, "xl/tabel/lembar-a.xml")).toContain(
      '<row r="3"><c r="A3"><v>2023</v></c><c r="B3"><v>7</v></c></row>',
    );
  });

  test("an empty sheet: sheetData opened, the dimension becomes the cell", () => {
    const data = workbook({ sheetBody: '<dimension ref="A1"/><sheetData/>' });
    const out = patchWorkbook(data, [{ sheet: "Lembar", row: 2, col: 2, value: 5 }]);
    expect(text(out, "xl/worksheets/sheet1.xml")).toContain(
      '<dimension ref="C3"/><sheetData><row r="3"><c r="C3"><v>5</v></c></row></sheetData>',
    );
  });

  test("a row formatted as a whole gives its style to new cells", () => {
    const data = workbook({
      styles: STYLES,
      sheetBody:
        '<sheetData><row r="2" s="1" customFormat="1"><c r="A2" s="1"><v>1</v></c></row></sheetData>',
    });
    const out = patchWorkbook(data, [{ sheet: "Lembar", row: 1, col: 2, value: 0.5 }]);
    expect(text(out, "xl/worksheets/sheet1.xml")).toContain('<c r="C2" s="1"><v>0.5</v></c>');
  });

  test("cells of a multi-cell array formula are refused; a single-cell one is replaced", () => {
    const data = workbook({
      sheetBody:
        '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(1:2)</f><v>1</v></c>' +
        '<c r="B1"><f t="array" ref="B1">SUM(A1:A2)</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c></row></sheetData>',
    });
    expect(() => patchWorkbook(data, [{ sheet: "Lembar", row: 1, col: 0, value: 9 }])).toThrow(
      'Sel A2 di lembar "Lembar" bagian dari rumus array A1:A2: ubah atau hapus rumus array itu di Excel lebih dulu.',
    );
    const out = patchWorkbook(data, [{ sheet: "Lembar", row: 0, col: 1, formula: "A1+A2" }]);
    expect(text(out, "xl/worksheets/sheet1.xml")).toContain('<c r="B1"><f>A1+A2</f></c>');
  });

  test("edits that cannot be written", () => {
    const code = (edits: CellEdit[]): string => {
      try {
        patchWorkbook(RICH_ORIGINAL, edits);
      } catch (e) {
        expect(e).toBeInstanceOf(BukuKerjaError);
        return `${(e as BukuKerjaError).code}: ${(e as BukuKerjaError).message}`;
      }
      return "tidak melempar";
    };
    expect(code([{ sheet: "Tidak Ada", row: 0, col: 0, value: 1 }])).toBe(
      'suntingan-tidak-sah: Lembar "Tidak Ada" tidak ada di buku kerja ini.',
    );
    expect(code([{ sheet: "Anggaran", row: -1, col: 0, value: 1 }])).toBe(
      "suntingan-tidak-sah: Alamat sel di luar lembar kerja (baris 0, kolom 1).",
    );
    expect(code([{ sheet: "Anggaran", row: 0, col: 16384, value: 1 }])).toBe(
      "suntingan-tidak-sah: Alamat sel di luar lembar kerja (baris 1, kolom 16385).",
    );
    expect(code([{ sheet: "Anggaran", row: 0, col: 0, value: Number.NaN }])).toBe(
      "suntingan-tidak-sah: Nilai untuk sel A1 bukan angka yang dapat disimpan.",
    );
    expect(code([{ sheet: "Anggaran", row: 0, col: 0, formula: "=" }])).toBe(
      "suntingan-tidak-sah: Rumus untuk sel A1 kosong.",
    );
    expect(code([{ sheet: "Anggaran", row: 0, col: 0, error: "#SALAH!" as "#N/A" }])).toBe(
      "suntingan-tidak-sah: Nilai galat untuk sel A1 tidak dikenal Excel.",
    );
    expect(code([])).toBe("tidak melempar");
  });

  test("protected, encrypted and broken inputs", () => {
    expect(() => patchWorkbook(fixture("encrypted.xlsx"), [])).toThrow(BukuKerjaError);
    expect(() => patchWorkbook(fixture("truncated.xlsx"), [])).toThrow(BukuKerjaError);
    const files = unzipSync(fixture("google-sheets.xlsx"));
    files["xl/worksheets/sheet1.xml"] = strToU8(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1">`,
    );
    expect(() =>
      patchWorkbook(zipSync(files), [{ sheet: "Sheet1", row: 0, col: 0, value: 1 }]),
    ).toThrow(
      'Lembar "Sheet1" tidak dapat diubah karena isinya rusak: buka berkas di Excel, lalu simpan ulang sebagai .xlsx.',
    );
  });
});

describe("why patching instead of saving through exceljs", () => {
  test("an exceljs load-and-save of the rich file loses the chart, the custom properties and the formula names", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBuffer(RICH_ORIGINAL));
    const out = new Uint8Array(await wb.xlsx.writeBuffer());
    const e = entries(out);
    expect(e.has("xl/charts/chart1.xml")).toBe(false);
    expect(e.has("docProps/custom.xml")).toBe(false);
    const names = text(out, "xl/workbook.xml");
    expect(names).not.toContain('<definedName name="TARIF">');
    expect(names).not.toContain(
      '<definedName name="Total">SUM(Pengukuran!$C$3:$C$6)</definedName>',
    );
  });
});

describe("LibreOffice opens and computes the patched copy", () => {
  const run = existsSync(SOFFICE) ? test : test.skip;
  if (!existsSync(SOFFICE)) {
    console.log(`${SOFFICE} tidak ada: uji LibreOffice dilewati (CI memasangnya).`);
  }
  run(
    "converted to .xlsx by soffice, the new formulas carry LibreOffice's results",
    async () => {
      const patched = patchWorkbook(RICH_ORIGINAL, [
        { sheet: "Anggaran", row: 3, col: 3, formula: "C4/B4" },
        { sheet: "Anggaran", row: 4, col: 1, value: 1000 },
        { sheet: "Anggaran", row: 4, col: 2, value: 600 },
        { sheet: "Anggaran", row: 4, col: 3, formula: 'IF(B5=0,"",C5/B5)' },
        { sheet: "Pengukuran", row: 2, col: 4, formula: "IFERROR(D3/C3,0)" },
        { sheet: "Pengukuran", row: 9, col: 2, formula: "Total+TARIF" },
      ]);
      const dir = mkdtempSync(join(tmpdir(), "kinerja-lo-"));
      try {
        const input = join(dir, "salinan.xlsx");
        writeFileSync(input, patched);
        execFileSync(
          SOFFICE,
          [
            `-env:UserInstallation=file://${join(dir, "profil")}`,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            join(dir, "keluaran"),
            input,
          ],
          { stdio: "pipe", timeout: 120000 },
        );
        const out = new Uint8Array(readFileSync(join(dir, "keluaran", "salinan.xlsx")));
        const m = await readWorkbook(out);
        const anggaran = m.sheets.find((s) => s.name === "Anggaran");
        const pengukuran = m.sheets.find((s) => s.name === "Pengukuran");
        expect(anggaran?.cells[3][3]?.v).toBeCloseTo(0.8, 12);
        expect(anggaran?.cells[4][3]?.v).toBeCloseTo(0.6, 12);
        expect(pengukuran?.cells[2][4]?.v).toBeCloseTo(1.05, 12);
        expect(pengukuran?.cells[3][4]?.v).toBeCloseTo(0.9, 12);
        expect(pengukuran?.cells[5][4]?.v).toBe("#DIV/0!");
        // Defined names survived: a formula over both gives 80+100+5+0 + 0.11.
        expect(pengukuran?.cells[9][2]?.v).toBeCloseTo(185.11, 12);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180000,
  );
});
