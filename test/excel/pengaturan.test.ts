import { bukuKerjaPalsu } from "../../src/excel/palsu";
import {
  BATAS_UNDO_BYTES,
  bacaIsiBuku,
  KUNCI_KOREKSI,
  KUNCI_PENGATURAN_BUKU,
  KUNCI_UNDO,
  type KonteksSetelan,
  simpanKoreksi,
  simpanPengaturanBuku,
  simpanUndo,
} from "../../src/excel/pengaturan";
import { bukuContoh } from "./bantu";

/** Compile-time: the real RequestContext satisfies the structural type. */
export const setelanDariOffice = (context: Excel.RequestContext): KonteksSetelan => context;

describe("workbook settings in the fake", () => {
  it("add stores a JSON copy, getItemOrNullObject reads it or is a null object", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const nilai = await buku.run(async (ctx) => {
      ctx.workbook.settings.add("a", "x");
      const ada = ctx.workbook.settings.getItemOrNullObject("a");
      const tiada = ctx.workbook.settings.getItemOrNullObject("b");
      ada.load(["value"]);
      tiada.load(["value"]);
      await ctx.sync();
      return [ada.isNullObject, ada.value, tiada.isNullObject];
    });
    expect(nilai).toEqual([false, "x", true]);
    expect(buku.settings.get("a")).toBe("x");
    expect(buku.syncCount).toBe(1);
  });

  it("needs ExcelApi 1.4", async () => {
    const buku = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.3" });
    await expect(
      buku.run(async (ctx) => {
        ctx.workbook.settings.add("a", "x");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("delete removes a setting", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    buku.settings.set("a", "1");
    await buku.run(async (ctx) => {
      ctx.workbook.settings.getItemOrNullObject("a").delete();
      await ctx.sync();
    });
    expect(buku.settings.has("a")).toBe(false);
  });
});

describe("bacaIsiBuku / simpan*", () => {
  it("an empty workbook gives the defaults and no problems", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const isi = await buku.run((ctx) => bacaIsiBuku(ctx));
    expect(isi.pengaturan.skala).toBe("permendagri86");
    expect(isi.koreksi).toEqual([]);
    expect(isi.undo).toBeUndefined();
    expect(isi.masalah).toEqual([]);
    expect(buku.syncCount).toBe(1);
  });

  it("round-trips settings, corrections and the undo record", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const undo = { blok: [{ sheet: "PK 2024", row: 3, col: 5, formulas: [["=1"]] }] };
    await buku.run(async (ctx) => {
      await simpanPengaturanBuku(ctx, { skala: "atribut", metodeNegatif: "rasio", tahun: 2023 });
      await simpanKoreksi(ctx, [{ sheet: "PK 2024", at: "A3", kind: "bukan" }]);
      await simpanUndo(ctx, undo);
    });
    expect(JSON.parse(String(buku.settings.get(KUNCI_PENGATURAN_BUKU)))).toEqual({
      skala: "atribut",
      metodeNegatif: "rasio",
      tahun: 2023,
    });
    const isi = await buku.run((ctx) => bacaIsiBuku(ctx));
    expect(isi.pengaturan.skala).toBe("atribut");
    expect(isi.pengaturan.metodeNegatif).toBe("rasio");
    expect(isi.pengaturan.tahun).toBe(2023);
    expect(isi.koreksi).toEqual([{ sheet: "PK 2024", at: "A3", kind: "bukan" }]);
    expect(isi.undo).toEqual(undo);
  });

  it("reports bad stored JSON and keeps the defaults", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    buku.settings.set(KUNCI_PENGATURAN_BUKU, "{bukan json");
    buku.settings.set(KUNCI_KOREKSI, JSON.stringify({ x: 1 }));
    const isi = await buku.run((ctx) => bacaIsiBuku(ctx));
    expect(isi.pengaturan.metodeNegatif).toBe("selisih");
    expect(isi.masalah[0]).toBe(
      "kinerja.pengaturan: isi tersimpan bukan JSON yang sah dan diabaikan.",
    );
    expect(isi.masalah).toHaveLength(2);
  });

  it("an undo record above the limit is not stored and removes a stale one", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    buku.settings.set(KUNCI_UNDO, JSON.stringify({ blok: [] }));
    const besar = {
      blok: [{ sheet: "L", row: 0, col: 0, formulas: [["x".repeat(BATAS_UNDO_BYTES)]] }],
    };
    const disimpan = await buku.run((ctx) => simpanUndo(ctx, besar));
    expect(disimpan).toBe(false);
    expect(buku.settings.has(KUNCI_UNDO)).toBe(false);
  });
});
