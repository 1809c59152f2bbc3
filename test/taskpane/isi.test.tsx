/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { App } from "../../src/taskpane/App";
import type { AksesExcel } from "../../src/taskpane/kerja/excel";
import { modelDari } from "../../src/excel/palsu";
import { KUNCI_UNDO } from "../../src/excel/pengaturan";
import { bukaPane, bukaTab, M365, pindai, tunggu } from "./bantu-pane";
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
    fireEvent.click(screen.getByRole("radio", { name: /Fungsi =SAKIP/ }));
    expect(
      screen.getByText(
        "Rumus SAKIP.* hanya menghitung bila add-in Kinerja terpasang; tanpa add-in Excel menampilkan #NAME?.",
      ),
    ).toBeTruthy();
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

  it("a fill cancelled before its write leaves the cells as they were", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    const sebelum = modelDari(buku);
    let lepas: () => void = () => undefined;
    let tahan = false;
    const excel: AksesExcel = {
      run: (batch) =>
        buku.run((ctx) => {
          const asli = ctx.sync.bind(ctx);
          ctx.sync = async <T,>(v?: T) => {
            if (tahan) await new Promise<void>((r) => (lepas = r));
            return asli(v);
          };
          return batch(ctx);
        }),
    };
    render(<App host={M365} bahasa="id" excel={excel} />);
    await tunggu();
    await pindai();
    bukaTab("Isi");
    tahan = true;
    fireEvent.click(screen.getByRole("button", { name: "Isi 6 sel" }));
    await tunggu();
    expect(screen.getByText("Menulis ke buku kerja...")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Batalkan" }));
    tahan = false;
    await act(async () => lepas());
    await tunggu();
    expect(screen.getByText("Pengisian dibatalkan sebelum selesai.")).toBeTruthy();
    expect(modelDari(buku)).toEqual(sebelum);
    expect(screen.queryByRole("button", { name: "Batalkan isian" })).toBeNull();
  });
});
