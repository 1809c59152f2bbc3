import {
  sisipkanRumus,
  type JalankanExcel,
  type KonteksExcel,
  type SelAktif,
} from "../../src/excel/insert-formula";

function fakeExcel(isi: unknown, address = "Sheet1!B2") {
  const sel: SelAktif & { loaded: string[] } = {
    address,
    formulas: [[isi]],
    loaded: [],
    load(names: string[]) {
      this.loaded.push(...names);
    },
  };
  let syncs = 0;
  const context: KonteksExcel = {
    workbook: { getActiveCell: () => sel },
    sync: async () => {
      syncs++;
    },
  };
  const jalankan: JalankanExcel = (batch) => batch(context);
  return { sel, jalankan, syncs: () => syncs };
}

describe("sisipkanRumus", () => {
  test("writes the formula into an empty active cell", async () => {
    const excel = fakeExcel("");
    await expect(sisipkanRumus("=SAKIP.CAPAIAN(80,90)", excel.jalankan)).resolves.toEqual({
      ok: true,
      alamat: "Sheet1!B2",
    });
    expect(excel.sel.formulas).toEqual([["=SAKIP.CAPAIAN(80,90)"]]);
    expect(excel.sel.loaded).toEqual(["address", "formulas"]);
    expect(excel.syncs()).toBe(2);
  });

  test("never overwrites a cell that holds something", async () => {
    const excel = fakeExcel("=A1*2", "Sheet1!C3");
    await expect(sisipkanRumus("=SAKIP.CAPAIAN(80,90)", excel.jalankan)).resolves.toEqual({
      ok: false,
      alasan: "sel-terisi",
      alamat: "Sheet1!C3",
    });
    expect(excel.sel.formulas).toEqual([["=A1*2"]]);
  });

  test("a number 0 is content too", async () => {
    const excel = fakeExcel(0);
    const hasil = await sisipkanRumus("=SAKIP.SISA(10,5)", excel.jalankan);
    expect(hasil.ok).toBe(false);
    expect(excel.sel.formulas).toEqual([[0]]);
  });

  test("an Excel failure becomes a message", async () => {
    const jalankan: JalankanExcel = async () => {
      throw new Error("InvalidOperation");
    };
    await expect(sisipkanRumus("=SAKIP.SISA(10,5)", jalankan)).resolves.toEqual({
      ok: false,
      alasan: "galat",
      detail: "InvalidOperation",
    });
  });

  test("without Excel nothing is attempted", async () => {
    await expect(sisipkanRumus("=SAKIP.SISA(10,5)")).resolves.toEqual({
      ok: false,
      alasan: "galat",
      detail: "Excel API tidak tersedia.",
    });
  });
});
