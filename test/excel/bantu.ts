/** Workbook models for the adapter tests. */
import type { Cell, SheetModel, WorkbookModel } from "../../src/core/workbook";

/** `rows` x `cols` of 5-digit numbers from A1: every cell's JSON is exactly 5 characters. */
export function lembarAngka(name: string, rows: number, cols: number): SheetModel {
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < cols; c++) row.push({ v: 10000 + ((r * cols + c) % 90000) });
    cells.push(row);
  }
  return { name, cells, merges: [] };
}

export function bukuAngka(sheets: number, rows: number, cols: number): WorkbookModel {
  return {
    sheets: Array.from({ length: sheets }, (_, i) => lembarAngka(`L${i + 1}`, rows, cols)),
  };
}

/** A small SAKIP-like workbook: percent formats, formulas, merged titles, a hidden sheet. */
export function bukuContoh(): WorkbookModel {
  const u = undefined;
  return {
    sheets: [
      {
        name: "PK 2024",
        cells: [
          [{ v: "PERJANJIAN KINERJA 2024" }],
          [],
          [
            { v: "No" },
            { v: "Sasaran" },
            { v: "Indikator" },
            { v: "Target" },
            { v: "Realisasi" },
            { v: "Capaian" },
          ],
          [
            { v: 1 },
            { v: "Meningkatnya kualitas layanan" },
            { v: "Indeks kepuasan" },
            { v: 80, fmt: "0.00" },
            { v: 85.5, fmt: "0.00" },
            { v: 1.06875, fmt: "0.00%", f: 'IFERROR(E4/D4,"")' },
          ],
          [
            { v: 2 },
            u,
            { v: "Persentase 1/2 tahun" },
            { v: "12" },
            { v: true },
            { v: null, fmt: "0.00%" },
          ],
        ],
        merges: [
          { r0: 0, c0: 0, r1: 0, c1: 5 },
          { r0: 3, c0: 1, r1: 4, c1: 1 },
        ],
      },
      {
        name: "Anggaran",
        cells: [
          [],
          [],
          [u, u, { v: "Program" }, { v: "Pagu" }, { v: "Realisasi" }, { v: "Serapan" }],
          [
            u,
            u,
            { v: "Program A" },
            { v: 1500000000, fmt: "#,##0" },
            { v: 1250000000, fmt: "#,##0" },
            { v: "#DIV/0!", f: "E4/0" },
          ],
          [
            u,
            u,
            { v: "Jumlah" },
            { v: 1500000000, fmt: "#,##0", f: "SUM(D4:D4)" },
            { v: "007", fmt: "@" },
          ],
        ],
        // Beyond the used range: merged areas are read from the whole sheet.
        merges: [{ r0: 4, c0: 5, r1: 4, c1: 6 }],
      },
      {
        name: "Catatan lama",
        cells: [[{ v: "Arsip" }, u, { v: 3.5 }]],
        merges: [],
        hidden: true,
      },
    ],
  };
}
