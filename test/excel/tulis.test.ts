import type { WorkbookModel } from "../../src/core/workbook";
import { bukuKerjaPalsu, BATAS_MUATAN_BYTES, modelDari } from "../../src/excel/palsu";
import {
  batalkanIsian,
  kelompokkanIsian,
  masukanPulih,
  tulisIsian,
  type Isian,
} from "../../src/excel/tulis";
import { bukuAngka, bukuContoh } from "./bantu";

function denganIsi(
  model: WorkbookModel,
  sheet: number,
  r: number,
  c: number,
  cell: { v: unknown; f?: string; fmt?: string } | undefined,
): void {
  const cells = model.sheets[sheet].cells;
  while (cells.length <= r) cells.push([]);
  const row = cells[r];
  while (row.length < c) row.push(undefined);
  row[c] = cell as never;
}

describe("kelompokkanIsian", () => {
  test("runs of rows per column, neighbouring columns with the same run joined", () => {
    const isian: Isian[] = [
      ...[3, 4, 5, 7].map((row) => ({ sheet: "A", row, col: 5, value: row })),
      ...[3, 4, 5, 7].map((row) => ({ sheet: "A", row, col: 6, value: -row })),
      { sheet: "A", row: 3, col: 8, value: "x" },
      { sheet: "B", row: 3, col: 5, value: 1 },
      { sheet: "A", row: 4, col: 5, value: 40 },
    ];
    const persegi = kelompokkanIsian(isian).map(({ sheet, r0, c0, rows, cols, isian: isi }) => ({
      sheet,
      r0,
      c0,
      rows,
      cols,
      nilai: isi.map((b) => b.map((e) => e.value)),
    }));
    expect(persegi).toEqual([
      {
        sheet: "A",
        r0: 3,
        c0: 5,
        rows: 3,
        cols: 2,
        nilai: [
          [3, -3],
          [40, -4],
          [5, -5],
        ],
      },
      { sheet: "A", r0: 7, c0: 5, rows: 1, cols: 2, nilai: [[7, -7]] },
      { sheet: "A", r0: 3, c0: 8, rows: 1, cols: 1, nilai: [["x"]] },
      { sheet: "B", r0: 3, c0: 5, rows: 1, cols: 1, nilai: [[1]] },
    ]);
  });

  test("bad edits are refused with a message for the planner", () => {
    expect(() => kelompokkanIsian([{ sheet: "A", row: -1, col: 0, value: 1 }])).toThrow(
      "Isian tidak sah: baris -1, kolom 0 di lembar A.",
    );
    expect(() => kelompokkanIsian([{ sheet: "A", row: 1, col: 2 }])).toThrow(
      "Isian tidak sah untuk A!C2: tidak ada nilai maupun rumus.",
    );
    expect(() => kelompokkanIsian([{ sheet: "A", row: 1, col: 2, value: NaN }])).toThrow(
      "Isian tidak sah untuk A!C2: angka tidak terhingga.",
    );
  });
});

describe("masukanPulih", () => {
  test("formula, constants, errors, protected text, empty", () => {
    expect(masukanPulih("=A1*2", "Double", "General")).toBe("=A1*2");
    expect(masukanPulih(12, "Double", "0.00")).toBe(12);
    expect(masukanPulih(false, "Boolean", "General")).toBe(false);
    expect(masukanPulih("#N/A", "Error", "General")).toBe("#N/A");
    expect(masukanPulih("#N/A", "String", "General")).toBe("'#N/A");
    expect(masukanPulih("12", "String", "General")).toBe("'12");
    expect(masukanPulih("12", "String", "@")).toBe("12");
    expect(masukanPulih("Baik", "String", "General")).toBe("Baik");
    expect(masukanPulih("", "Empty", "0%")).toBe("");
    expect(masukanPulih("", "Double", "General")).toBe("");
  });
});

describe("tulisIsian and batalkanIsian", () => {
  const isian: Isian[] = [
    // PK 2024, column F (Capaian): a formula over a formula and over an empty percent cell.
    { sheet: "PK 2024", row: 3, col: 5, formula: 'IFERROR(E4/D4*100,"")' },
    { sheet: "PK 2024", row: 4, col: 5, value: 0.5 },
    // Column G next to it: Kategori, new cells.
    { sheet: "PK 2024", row: 3, col: 6, value: "Sangat Baik" },
    { sheet: "PK 2024", row: 4, col: 6, value: "1/2" },
    // Over text that looks like a number, a boolean, a number, a text-formatted cell, an error.
    { sheet: "PK 2024", row: 4, col: 3, value: 13 },
    { sheet: "PK 2024", row: 4, col: 4, value: null },
    { sheet: "PK 2024", row: 2, col: 2, value: "Indikator Kinerja" },
    { sheet: "Anggaran", row: 4, col: 4, formula: "=D5" },
    { sheet: "Anggaran", row: 3, col: 5, value: 0.8333 },
  ];

  test("writes 2-D blocks in 2 syncs with calculation suspended, touching nothing else", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const hasil = await buku.run((ctx) => tulisIsian(ctx, isian, { excelApi: "1.17" }));
    expect(hasil.syncs).toBe(2);
    expect(buku.syncCount).toBe(2);
    expect(hasil.sel).toBe(9);
    expect(buku.writes.map((w) => [w.sync, w.address, w.properti, w.dijeda])).toEqual([
      [2, "Anggaran!E5", "numberFormat", true],
      [2, "Anggaran!E5", "formulas", true],
      [2, "Anggaran!F4", "formulas", true],
      [2, "'PK 2024'!C3", "formulas", true],
      [2, "'PK 2024'!D5:E5", "formulas", true],
      [2, "'PK 2024'!F4:G5", "formulas", true],
    ]);

    const harapan = bukuContoh();
    denganIsi(harapan, 0, 3, 5, { v: null, fmt: "0.00%", f: 'IFERROR(E4/D4*100,"")' });
    denganIsi(harapan, 0, 4, 5, { v: 0.5, fmt: "0.00%" });
    denganIsi(harapan, 0, 3, 6, { v: "Sangat Baik" });
    denganIsi(harapan, 0, 4, 6, { v: "1/2" });
    denganIsi(harapan, 0, 4, 3, { v: 13 });
    denganIsi(harapan, 0, 4, 4, undefined);
    denganIsi(harapan, 0, 2, 2, { v: "Indikator Kinerja" });
    // A formula cannot live in a Text cell: the cell became General.
    denganIsi(harapan, 1, 4, 4, { v: null, f: "D5" });
    denganIsi(harapan, 1, 3, 5, { v: 0.8333 });
    expect(modelDari(buku)).toEqual(harapan);
  });

  test("the undo puts back formulas, values, text and empty cells exactly, in 1 sync", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const { undo } = await buku.run((ctx) => tulisIsian(ctx, isian, { excelApi: "1.17" }));
    expect(JSON.parse(JSON.stringify(undo))).toEqual(undo);
    expect(undo.blok[0]).toEqual({
      sheet: "Anggaran",
      row: 4,
      col: 4,
      formulas: [["007"]],
      numberFormat: [["@"]],
    });
    expect(undo.blok.find((b) => b.sheet === "PK 2024" && b.col === 3)).toEqual({
      sheet: "PK 2024",
      row: 4,
      col: 3,
      formulas: [["'12", true]],
    });
    buku.resetStatistik();
    const { syncs } = await buku.run((ctx) => batalkanIsian(ctx, undo, { excelApi: "1.17" }));
    expect(syncs).toBe(1);
    expect(buku.syncCount).toBe(1);
    expect(buku.writes.every((w) => w.dijeda)).toBe(true);
    expect(modelDari(buku)).toEqual(bukuContoh());
  });

  test("edits in several tables and sheets still take 2 syncs", async () => {
    const isi = bukuAngka(3, 200, 6);
    const buku = bukuKerjaPalsu(isi);
    const banyak: Isian[] = [];
    for (let s = 0; s < 3; s++) {
      for (const [awal, akhir] of [
        [2, 60],
        [80, 190],
      ]) {
        for (let r = awal; r <= akhir; r++) {
          banyak.push({ sheet: `L${s + 1}`, row: r, col: 4, formula: `C${r + 1}/B${r + 1}` });
          banyak.push({
            sheet: `L${s + 1}`,
            row: r,
            col: 5,
            value: r % 2 === 0 ? "Baik" : "Cukup",
          });
        }
      }
    }
    const hasil = await buku.run((ctx) => tulisIsian(ctx, banyak, { excelApi: "1.17" }));
    expect(hasil.syncs).toBe(2);
    expect(buku.writes).toHaveLength(6);
    await buku.run((ctx) => batalkanIsian(ctx, hasil.undo, { excelApi: "1.17" }));
    expect(modelDari(buku)).toEqual(isi);
  });

  test("before ExcelApi 1.6 it writes without suspending calculation", async () => {
    const buku = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.5" });
    const hasil = await buku.run((ctx) => tulisIsian(ctx, isian, { excelApi: "1.5" }));
    expect(hasil.syncs).toBe(2);
    expect(buku.writes.some((w) => w.dijeda)).toBe(false);
  });

  test("100,000 rows: each sync under the limit; reads of the old content split by size", async () => {
    const isi = bukuAngka(1, 100_000, 4);
    const buku = bukuKerjaPalsu(isi);
    const kolom: Isian[] = Array.from({ length: 100_000 }, (_, r) => ({
      sheet: "L1",
      row: r,
      col: 4,
      formula: `IFERROR(C${r + 1}/B${r + 1},"")`,
    }));
    const hasil = await buku.run((ctx) => tulisIsian(ctx, kolom, { excelApi: "1.17" }));
    // Undo read: 100,000 cells x 48 bytes = 4.8 MB > 4 MB budget -> 2 syncs; the write, whose
    // size is known (about 2.5 MB), fits in 1.
    expect(hasil.syncs).toBe(3);
    expect(buku.syncs.every((s) => s.ok)).toBe(true);
    expect(buku.maxPayloadBytes).toBeLessThan(BATAS_MUATAN_BYTES);
    expect(modelDari(buku).sheets[0].cells[99_999][4]).toEqual({
      v: null,
      f: 'IFERROR(C100000/B100000,"")',
    });
    await buku.run((ctx) => batalkanIsian(ctx, hasil.undo, { excelApi: "1.17" }));
    expect(modelDari(buku)).toEqual(isi);
  });

  test("a write refused for size is split and retried", async () => {
    const buku = bukuKerjaPalsu(bukuContoh(), { batasBytes: 20_000 });
    const panjang: Isian[] = Array.from({ length: 100 }, (_, r) => ({
      sheet: "PK 2024",
      row: 10 + r,
      col: 1,
      value: `Uraian ${"panjang ".repeat(40)}`,
    }));
    // The budget believes 1 MB fits; the fake allows 20 kB, so Excel's refusal drives the split.
    const hasil = await buku.run((ctx) => tulisIsian(ctx, panjang, { excelApi: "1.17" }));
    expect(buku.syncs.filter((s) => !s.ok).map((s) => s.kode)).toContain(
      "RequestPayloadSizeLimitExceeded",
    );
    expect(hasil.syncs).toBe(buku.syncCount);
    expect(modelDari(buku).sheets[0].cells[109][1]).toEqual({
      v: `Uraian ${"panjang ".repeat(40)}`,
    });
    await buku.run((ctx) => batalkanIsian(ctx, hasil.undo, { excelApi: "1.17" }));
    expect(modelDari(buku)).toEqual(bukuContoh());
  });
});
