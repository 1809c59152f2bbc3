import {
  bacaNamaKinerja,
  hapusFungsi,
  keadaanFungsi,
  komentarKinerja,
  MAKS_KOMENTAR,
  pasangFungsi,
  punyaNama,
  rumusSetara,
  type DefinisiFungsi,
  type KonteksNama,
} from "../../src/excel/nama";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { aturNama, namaDari, namaSah } from "../../src/excel/palsu/nama";
import { bukuContoh } from "./bantu";

/** Compile-time: the real RequestContext satisfies the structural type. */
export const namaDariOffice = (context: Excel.RequestContext): KonteksNama => context;

const CAPAIAN_SELISIH =
  '=LAMBDA(target,realisasi,[arah],IF(target=0,NA(),IF(IF(ISOMITTED(arah),"+",arah)="-",(2*target-realisasi)/target*100,realisasi/target*100)))';
const CAPAIAN_RASIO =
  '=LAMBDA(target,realisasi,[arah],IF(target=0,NA(),IF(IF(ISOMITTED(arah),"+",arah)="-",target/realisasi*100,realisasi/target*100)))';

function defs(capaian = CAPAIAN_SELISIH): DefinisiFungsi[] {
  return [
    { nama: "CAPAIAN", rumus: capaian, komentar: "Kinerja: capaian indikator (%)." },
    {
      nama: "KATEGORI",
      rumus: '=LAMBDA(capaian,IF(capaian>=91,"Sangat Tinggi","Rendah"))',
      komentar: "Kinerja: kategori capaian.",
    },
    {
      nama: "SERAPAN",
      rumus: "=LAMBDA(pagu,realisasi,realisasi/pagu*100)",
      komentar: "Kinerja: serapan.",
    },
    { nama: "SISA", rumus: "=LAMBDA(pagu,realisasi,pagu-realisasi)", komentar: "Kinerja: sisa." },
    {
      nama: "EFISIENSI",
      rumus: "=LAMBDA(capaian,serapan,capaian-serapan)",
      komentar: "Kinerja: efisiensi.",
    },
  ];
}

describe("the fake's workbook.names", () => {
  it("add, load, set formula, delete with Office's load/sync semantics", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    await buku.run(async (ctx) => {
      ctx.workbook.names.add("Total", "='PK 2024'!$D$4:$D$5", "jumlah");
      const item = ctx.workbook.names.getItemOrNullObject("total");
      const tiada = ctx.workbook.names.getItemOrNullObject("lain");
      item.load(["name", "formula", "comment", "type"]);
      tiada.load(["name"]);
      expect(() => item.name).toThrow(/not available/);
      await ctx.sync();
      expect([item.name, item.formula, item.comment, item.type]).toEqual([
        "Total",
        "='PK 2024'!$D$4:$D$5",
        "jumlah",
        "Range",
      ]);
      expect(tiada.isNullObject).toBe(true);
      item.formula = "=1";
      await ctx.sync();
      item.delete();
    });
    expect(namaDari(buku)).toEqual([]);
    expect(buku.syncCount).toBe(3);
  });

  it("a taken or invalid name fails the batch; formula needs ExcelApi 1.7", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    aturNama(buku, [{ name: "CAPAIAN", formula: "=1" }]);
    await expect(
      buku.run(async (ctx) => {
        ctx.workbook.names.add("capaian", "=2");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      buku.run(async (ctx) => {
        ctx.workbook.names.add("A1", "=2");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(["A1", "R1C1", "XFD9", "a b", "1x"].map(namaSah)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["CAPAIAN", "_x", "Nilai.Akhir", "ABCD1"].map(namaSah)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const lama = bukuKerjaPalsu(bukuContoh(), { excelApi: "1.6" });
    aturNama(lama, [{ name: "X", formula: "=1" }]);
    await expect(
      lama.run(async (ctx) => {
        ctx.workbook.names.getItem("X").formula = "=2";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(namaDari(buku)).toEqual([
      { name: "CAPAIAN", formula: "=1", comment: "", visible: true },
    ]);
  });

  it("the fake context reaches names", () => {
    expect(punyaNama(bukuKerjaPalsu(bukuContoh()).konteks())).toBe(true);
    expect(punyaNama({ workbook: {} })).toBe(false);
  });
});

describe("pasangFungsi / hapusFungsi", () => {
  it("installs the five names with their formulas and marked comments in 2 syncs", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    const hasil = await buku.run((ctx) => pasangFungsi(ctx, defs()));
    expect(hasil).toEqual({
      dipasang: ["CAPAIAN", "KATEGORI", "SERAPAN", "SISA", "EFISIENSI"],
      diperbarui: [],
      tetap: [],
      ditimpa: [],
      konflik: [],
    });
    expect(buku.syncCount).toBe(2);
    expect(namaDari(buku)).toEqual(
      defs().map((d) => ({ name: d.nama, formula: d.rumus, comment: d.komentar, visible: true })),
    );
    buku.resetStatistik();
    const lagi = await buku.run((ctx) => pasangFungsi(ctx, defs()));
    expect(lagi.tetap).toHaveLength(5);
    expect(buku.syncCount).toBe(1);
  });

  it("updates only the names whose formula changed with the settings", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    await buku.run((ctx) => pasangFungsi(ctx, defs()));
    buku.resetStatistik();
    const hasil = await buku.run((ctx) => pasangFungsi(ctx, defs(CAPAIAN_RASIO)));
    expect(hasil.diperbarui).toEqual(["CAPAIAN"]);
    expect(hasil.tetap).toEqual(["KATEGORI", "SERAPAN", "SISA", "EFISIENSI"]);
    expect(buku.syncCount).toBe(2);
    expect(namaDari(buku)[0].formula).toBe(CAPAIAN_RASIO);
    const keadaan = keadaanFungsi(defs(), await buku.run((ctx) => bacaNamaKinerja(ctx)));
    expect(keadaan).toEqual({
      status: "berbeda",
      terpasang: ["CAPAIAN", "KATEGORI", "SERAPAN", "SISA", "EFISIENSI"],
      berbeda: ["CAPAIAN"],
      konflik: [],
    });
  });

  it("never overwrites a user's CAPAIAN unless asked", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    aturNama(buku, [
      { name: "Capaian", formula: "=Sheet1!$A$1", comment: "punya saya" },
      { name: "Pagu", formula: "=100" },
    ]);
    const hasil = await buku.run((ctx) => pasangFungsi(ctx, defs()));
    expect(hasil.konflik).toEqual([
      { nama: "Capaian", rumus: "=Sheet1!$A$1", komentar: "punya saya" },
    ]);
    expect(hasil.dipasang).toEqual(["KATEGORI", "SERAPAN", "SISA", "EFISIENSI"]);
    expect(namaDari(buku).find((n) => n.name === "Capaian")).toEqual({
      name: "Capaian",
      formula: "=Sheet1!$A$1",
      comment: "punya saya",
      visible: true,
    });
    expect(
      keadaanFungsi(defs(), await buku.run((ctx) => bacaNamaKinerja(ctx))).konflik,
    ).toHaveLength(1);

    buku.resetStatistik();
    const timpa = await buku.run((ctx) => pasangFungsi(ctx, defs(), { timpa: ["CAPAIAN"] }));
    expect(timpa.ditimpa).toEqual(["CAPAIAN"]);
    expect(timpa.konflik).toEqual([]);
    expect(buku.syncCount).toBe(2);
    expect(namaDari(buku).find((n) => n.name === "Capaian")).toEqual({
      name: "Capaian",
      formula: CAPAIAN_SELISIH,
      comment: "Kinerja: capaian indikator (%).",
      visible: true,
    });
  });

  it("remove deletes only ours, in 2 syncs", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    aturNama(buku, [
      { name: "Pagu", formula: "=100", comment: "Anggaran kantor" },
      { name: "CAPAIAN", formula: "=2", comment: "Bukan Kinerja: milik pengguna" },
    ]);
    await buku.run((ctx) => pasangFungsi(ctx, defs()));
    buku.resetStatistik();
    const dihapus = await buku.run((ctx) => hapusFungsi(ctx));
    expect(dihapus).toEqual(["KATEGORI", "SERAPAN", "SISA", "EFISIENSI"]);
    expect(buku.syncCount).toBe(2);
    expect(namaDari(buku).map((n) => n.name)).toEqual(["Pagu", "CAPAIAN"]);
    buku.resetStatistik();
    expect(await buku.run((ctx) => hapusFungsi(ctx))).toEqual([]);
    expect(buku.syncCount).toBe(1);
  });

  it("comments get the marker and fit Excel's limit; formulas compare ignoring spacing", () => {
    expect(komentarKinerja("capaian")).toBe("Kinerja: capaian");
    expect(komentarKinerja("Kinerja: x")).toBe("Kinerja: x");
    const panjang = komentarKinerja("a".repeat(400));
    expect(panjang).toHaveLength(MAKS_KOMENTAR);
    expect(panjang.endsWith("…")).toBe(true);
    expect(rumusSetara("=lambda(a, a+1)", "=LAMBDA(a,a+1)")).toBe(true);
    expect(rumusSetara('=IF(a,"x y")', '=IF(a,"xy")')).toBe(false);
    expect(rumusSetara('=IF(a,"X")', '=IF(a,"x")')).toBe(false);
  });
});
