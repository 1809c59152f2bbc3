import type { WorkbookModel } from "../../src/core/workbook";
import { GalatDibatalkan } from "../../src/excel/api";
import {
  bacaBukuKerja,
  CATATAN_GABUNG_GAGAL,
  CATATAN_GABUNG_TIDAK_DIDUKUNG,
  type BacaanBukuKerja,
} from "../../src/excel/baca";
import { BATAS_MUATAN_BYTES, bukuKerjaPalsu, type OpsiPalsu } from "../../src/excel/palsu";
import { bukuAngka, bukuContoh, lembarAngka } from "./bantu";

function model(bacaan: BacaanBukuKerja): WorkbookModel {
  return { sheets: bacaan.sheets };
}

async function baca(isi: WorkbookModel, opsiPalsu: OpsiPalsu = {}, excelApi = "1.17") {
  const buku = bukuKerjaPalsu(isi, opsiPalsu);
  const bacaan = await buku.run((ctx) => bacaBukuKerja(ctx, { excelApi }));
  return { buku, bacaan };
}

describe("bacaBukuKerja", () => {
  test("reads three sheets exactly: values, formats, formulas, merges, hidden state", async () => {
    const { buku, bacaan } = await baca(bukuContoh());
    expect(model(bacaan)).toEqual(bukuContoh());
    expect(bacaan.catatan).toEqual([]);
    expect(bacaan.syncs).toBe(2);
    expect(buku.syncCount).toBe(2);
    // Dense rows: every index below a row's length is present, even when empty.
    const baris = bacaan.sheets[1].cells[3];
    expect(Object.keys(baris)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(bacaan.sheets[0].cells[4][5]).toEqual({ v: null, fmt: "0.00%" });
    expect(bacaan.sheets[1].cells[3][5]).toEqual({ v: "#DIV/0!", f: "E4/0" });
  });

  test("without ExcelApi 1.13 merges are skipped and a note says so", async () => {
    const { bacaan } = await baca(bukuContoh(), { excelApi: "1.12" }, "1.12");
    expect(bacaan.sheets.map((s) => s.merges)).toEqual([[], [], []]);
    expect(bacaan.catatan).toEqual([CATATAN_GABUNG_TIDAK_DIDUKUNG]);
    expect(bacaan.syncs).toBe(2);
    const tanpaGabung = bukuContoh().sheets.map((s) => ({ ...s, merges: [] }));
    expect(model(bacaan)).toEqual({ sheets: tanpaGabung });
  });

  test("when Excel refuses the merged areas (over 512), the rest is still read", async () => {
    const isi = bukuContoh();
    isi.sheets[2].merges = Array.from({ length: 513 }, (_, i) => ({
      r0: 10 + i,
      c0: 0,
      r1: 10 + i,
      c1: 1,
    }));
    const { buku, bacaan } = await baca(isi);
    expect(bacaan.catatan).toEqual([CATATAN_GABUNG_GAGAL]);
    expect(buku.syncs.map((s) => s.kode ?? "ok")).toEqual(["ok", "GeneralException", "ok"]);
    expect(bacaan.syncs).toBe(3);
    expect(model(bacaan)).toEqual({ sheets: isi.sheets.map((s) => ({ ...s, merges: [] })) });
  });

  test("a table far from A1 and wider than the window is read whole", async () => {
    const lebar = lembarAngka("Lebar", 40, 30);
    lebar.cells = [[], [], ...lebar.cells.map((row) => [undefined, undefined, undefined, ...row])];
    // 20 sheets share the window budget: 40,000 / 20 / 26 = 76 rows each, so this sheet
    // (rows 3..42, columns D..AG) spills right of column Z and needs one more sync.
    const isi = { sheets: [lebar, ...bukuAngka(19, 5, 3).sheets] };
    const { buku, bacaan } = await baca(isi);
    expect(model(bacaan)).toEqual(isi);
    expect(bacaan.syncs).toBe(3);
    expect(buku.syncs.every((s) => s.ok)).toBe(true);
  });

  test("empty sheets give empty grids", async () => {
    const { bacaan } = await baca({ sheets: [{ name: "Kosong", cells: [], merges: [] }] });
    expect(model(bacaan)).toEqual({ sheets: [{ name: "Kosong", cells: [], merges: [] }] });
    expect(bacaan.syncs).toBe(2);
  });
});

describe("bacaBukuKerja: syncs do not grow with rows or sheets", () => {
  test("10 rows: 2 syncs", async () => {
    const { buku, bacaan } = await baca(bukuAngka(1, 10, 10));
    expect(model(bacaan)).toEqual(bukuAngka(1, 10, 10));
    expect(bacaan.syncs).toBe(2);
    expect(buku.syncCount).toBe(2);
  });

  test.each([1, 5, 20, 50])("%i small sheets: 2 syncs", async (n) => {
    const isi = bukuAngka(n, 10, 8);
    const { buku, bacaan } = await baca(isi);
    expect(model(bacaan)).toEqual(isi);
    expect(buku.syncCount).toBe(2);
  });

  // Sizes below follow from the data: every cell is a 5-digit number in General format, so a row
  // of 10 cells costs 10 x (6 + 6 + 10) + 6 = 226 bytes in the measure, 22.6 per cell, 29 with
  // the 1.25 margin. The window of one sheet is 40,000 / 26 = 1,538 rows; the rest goes in
  // syncs of floor(4,000,000 / (10 x 29)) = 13,793 rows.
  test("10,000 rows: 3 syncs (list, sizes with the first 1,538 rows, the other 8,462)", async () => {
    const isi = bukuAngka(1, 10_000, 10);
    const { buku, bacaan } = await baca(isi);
    expect(bacaan.syncs).toBe(3);
    expect(buku.syncCount).toBe(3);
    expect(buku.syncs.every((s) => s.ok)).toBe(true);
    expect(model(bacaan)).toEqual(isi);
  });

  test("100,000 rows x 10 columns: 10 syncs, each under 5 MB", async () => {
    const isi = bukuAngka(1, 100_000, 10);
    const { buku, bacaan } = await baca(isi);
    // 2 + ceil((100,000 - 1,538) / 13,793) = 2 + 8.
    expect(bacaan.syncs).toBe(10);
    expect(buku.syncCount).toBe(10);
    expect(buku.syncs.every((s) => s.ok)).toBe(true);
    expect(buku.maxPayloadBytes).toBeLessThan(BATAS_MUATAN_BYTES);
    const lembar = bacaan.sheets[0];
    expect(lembar.cells).toHaveLength(100_000);
    for (const r of [0, 1537, 1538, 15_330, 15_331, 99_999]) {
      expect(lembar.cells[r]).toEqual(isi.sheets[0].cells[r]);
    }
    const jumlah = lembar.cells.reduce(
      (n, row) => n + row.reduce((m, c) => m + Number(c?.v), 0),
      0,
    );
    const harapan = isi.sheets[0].cells.reduce(
      (n, row) => n + row.reduce((m, c) => m + Number(c?.v), 0),
      0,
    );
    expect(jumlah).toBe(harapan);
  });

  test("the same 100,000 rows split over 4 sheets take no more syncs", async () => {
    const isi = bukuAngka(4, 25_000, 10);
    const { buku } = await baca(isi);
    // Windows of 384 rows per sheet; the other 4 x 24,616 rows pack across sheet boundaries.
    expect(buku.syncCount).toBe(10);
    expect(buku.maxPayloadBytes).toBeLessThan(BATAS_MUATAN_BYTES);
  });
});

describe("bacaBukuKerja: staying under the limit when estimates are wrong", () => {
  test("an oversized window sync is retried without windows, oversized batches are halved", async () => {
    const teks = {
      name: "Teks",
      cells: Array.from({ length: 300 }, (_, r) =>
        Array.from({ length: 5 }, (_, c) => ({ v: `${r}:${c} ${"x".repeat(100)}` })),
      ),
      merges: [],
    };
    const buku = bukuKerjaPalsu({ sheets: [teks] }, { batasBytes: 100_000 });
    const bacaan = await buku.run((ctx) =>
      bacaBukuKerja(ctx, { excelApi: "1.17", anggaranBytes: 80_000 }),
    );
    expect(model(bacaan)).toEqual({ sheets: [teks] });
    expect(buku.syncs[1].kode).toBe("ResponsePayloadSizeLimitExceeded");
    expect(buku.syncs.filter((s) => s.ok).every((s) => s.responseBytes <= 100_000)).toBe(true);
    expect(bacaan.syncs).toBe(buku.syncCount);
  });

  test("can be cancelled between syncs", async () => {
    const buku = bukuKerjaPalsu(bukuAngka(1, 20_000, 10));
    const batal = { aborted: false };
    const janji = buku.run((ctx) =>
      bacaBukuKerja(ctx, {
        excelApi: "1.17",
        batal,
        kemajuan: () => {
          batal.aborted = true;
        },
        anggaranBytes: 1_000_000,
      }),
    );
    await expect(janji).rejects.toBeInstanceOf(GalatDibatalkan);
    expect(buku.syncCount).toBe(3);
  });
});
