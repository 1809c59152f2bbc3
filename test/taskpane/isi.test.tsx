/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { modelDari } from "../../src/excel/palsu";
import { KUNCI_UNDO } from "../../src/excel/pengaturan";
import { bukaPane, bukaTab, pindai, tunggu } from "./bantu-pane";
import { bukuPengukuran } from "./buku-pane";

const LUAR_CF = { inExcel: true, customFunctions: false, sharedRuntime: false, excelApi: "1.9" };

describe("Isi", () => {
  it("previews how many cells, which columns, and which cells hold a different value", async () => {
    await bukaPane(bukuPengukuran());
    await pindai();
    bukaTab("Isi");
    expect(screen.getByText("6 sel akan ditulis.")).toBeTruthy();
    expect(screen.getByText("G Capaian: 3 rumus, 0 nilai")).toBeTruthy();
    expect(screen.getByText("H Kategori: 3 rumus, 0 nilai")).toBeTruthy();
    expect(screen.getByText("1 sel sudah berisi nilai lain dan akan ditimpa:")).toBeTruthy();
    expect(screen.getByText("'Pengukuran'!G5: 70 -> 80")).toBeTruthy();
    expect(screen.getByRole("radio", { name: /Rumus Excel biasa/ })).toHaveProperty(
      "checked",
      true,
    );
    expect(screen.getByRole("radio", { name: /Fungsi =SAKIP/ })).toBeTruthy();
  });

  it("offers no functions mode without custom functions", async () => {
    await bukaPane(bukuPengukuran(), { host: LUAR_CF });
    bukaTab("Isi");
    expect(screen.queryByRole("radio", { name: /Fungsi =SAKIP/ })).toBeNull();
    expect(screen.getByText("Pindai buku kerja dulu di tab Pindai.")).toBeTruthy();
  });

  it("fills the cells, keeps the undo in the workbook, and undoes exactly", async () => {
    const buku = await bukaPane(bukuPengukuran());
    const sebelum = modelDari(buku);
    await pindai();
    bukaTab("Isi");
    fireEvent.click(screen.getByRole("button", { name: "Isi 6 sel" }));
    await tunggu();
    expect(screen.getByText("6 sel ditulis (2 kali sinkron dengan Excel).")).toBeTruthy();
    expect(screen.getByText("Catatan pembatalan disimpan di buku kerja.")).toBeTruthy();
    const sesudah = modelDari(buku).sheets[0].cells;
    expect(sesudah[4][6]?.f).toBe("IF(OR(ISBLANK(E5),ISBLANK(F5)),NA(),F5/E5*100)");
    expect(sesudah[5][7]?.f).toMatch(/^IF\(ISBLANK\(G6\),NA\(\),IF\(G6>90,"Sangat Tinggi"/);
    expect(buku.settings.has(KUNCI_UNDO)).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Batalkan isian" }));
    await tunggu();
    expect(screen.getByText("Isian dibatalkan: sel kembali seperti semula.")).toBeTruthy();
    expect(modelDari(buku)).toEqual(sebelum);
    expect(buku.settings.has(KUNCI_UNDO)).toBe(false);
    expect(screen.queryByRole("button", { name: "Batalkan isian" })).toBeNull();
  });

  it("the undo survives a pane reload", async () => {
    const buku = await bukaPane(bukuPengukuran());
    const sebelum = modelDari(buku);
    await pindai();
    bukaTab("Isi");
    fireEvent.click(screen.getByRole("radio", { name: /Nilai saja/ }));
    fireEvent.click(screen.getByRole("button", { name: "Isi 6 sel" }));
    await tunggu();
    expect(modelDari(buku).sheets[0].cells[4][6]).toEqual({ v: 80 });
    document.body.innerHTML = "";
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Isi");
    fireEvent.click(screen.getByRole("button", { name: "Batalkan isian" }));
    await tunggu();
    expect(modelDari(buku)).toEqual(sebelum);
  });
});
