/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { KUNCI_KOREKSI } from "../../src/excel/pengaturan";
import { App } from "../../src/taskpane/App";
import type { AksesExcel } from "../../src/taskpane/kerja/excel";
import { bukaPane, M365, pindai, tunggu } from "./bantu-pane";
import { bukuPengukuran } from "./buku-pane";

describe("Pindai", () => {
  it("shows each table with its kind, range and column roles with reasons", async () => {
    await bukaPane(bukuPengukuran());
    await pindai();
    expect(screen.getByText("1 tabel SAKIP dikenali di 1 lembar.")).toBeTruthy();
    const lembar = screen.getByRole("region", { name: "Lembar Pengukuran" });
    const jenis = within(lembar).getByLabelText("Jenis tabel");
    expect((jenis as HTMLSelectElement).value).toBe("pengukuran");
    expect(within(lembar).getByText("A3:H6")).toBeTruthy();
    expect((within(lembar).getByLabelText("Peran G") as HTMLSelectElement).value).toBe("capaian");
    expect(within(lembar).getByText("judul 'Capaian' dibaca sebagai capaian kinerja")).toBeTruthy();
  });

  it("a role correction is stored in the workbook and respected by the next scan", async () => {
    const buku = await bukaPane(bukuPengukuran());
    await pindai();
    fireEvent.change(screen.getByLabelText("Peran H"), { target: { value: "keterangan" } });
    await tunggu();
    expect(JSON.parse(String(buku.settings.get(KUNCI_KOREKSI)))).toEqual([
      { sheet: "Pengukuran", at: "A3:H6", columns: [{ col: "H", role: "keterangan" }] },
    ]);
    await pindai();
    expect((screen.getByLabelText("Peran H") as HTMLSelectElement).value).toBe("keterangan");
    expect(screen.getByText(/dikoreksi pengguna: kolom H/)).toBeTruthy();
  });

  it("'bukan tabel SAKIP' removes the table, also for a pane opened later on the same file", async () => {
    const buku = await bukaPane(bukuPengukuran());
    await pindai();
    fireEvent.change(screen.getByLabelText("Jenis tabel"), { target: { value: "bukan" } });
    await tunggu();
    expect(screen.queryByLabelText("Jenis tabel")).toBeNull();
    document.body.innerHTML = "";
    await bukaPane(bukuPengukuran(), { buku });
    await pindai();
    expect(screen.getByText("Tidak ada tabel SAKIP yang dikenali.")).toBeTruthy();
  });

  it("a long scan shows progress and can be cancelled", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
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
    tahan = true;
    fireEvent.click(screen.getByRole("tab", { name: "Pindai" }));
    fireEvent.click(screen.getByRole("button", { name: "Pindai buku kerja" }));
    await tunggu();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Batalkan" }));
    tahan = false;
    await act(async () => lepas());
    await tunggu();
    expect(screen.getByText("Pemindaian dibatalkan.")).toBeTruthy();
    expect(screen.queryByLabelText("Jenis tabel")).toBeNull();
  });

  it("switches to English, reasons stay in Indonesian and say so", async () => {
    await bukaPane(bukuPengukuran(), { bahasa: "en" });
    fireEvent.click(screen.getByRole("tab", { name: "Scan" }));
    fireEvent.click(screen.getByRole("button", { name: "Scan workbook" }));
    await tunggu();
    expect(screen.getByText("1 SAKIP tables recognised on 1 sheets.")).toBeTruthy();
    expect(screen.getAllByText("Reason (in Indonesian)").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Bahasa Indonesia" }));
    expect(screen.getByRole("tab", { name: "Pindai" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Pindai buku kerja" })).toBeTruthy();
  });

  it("without a workbook the tab says how to get one", async () => {
    render(<App host={M365} bahasa="id" excel={undefined} />);
    fireEvent.click(screen.getByRole("tab", { name: "Pindai" }));
    expect(screen.getByText(/Panel tidak terhubung ke buku kerja/)).toBeTruthy();
  });
});
