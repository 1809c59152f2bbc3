/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { fungsiBukuKerja } from "../../src/core/nama-fungsi";
import { PENGATURAN_BAWAAN } from "../../src/core/pengaturan";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { aturNama, namaDari } from "../../src/excel/palsu/nama";
import { pulihkanPengaturanFungsi } from "../../src/functions/settings";
import { bukaPane, bukaTab, tunggu } from "./bantu-pane";
import { bukuPengukuran } from "./buku-pane";

afterEach(() => pulihkanPengaturanFungsi());

const PASANG = "Pasang fungsi =CAPAIAN() di buku kerja";
const HAPUS = "Hapus fungsi =CAPAIAN() dari buku kerja";

function bagian(): HTMLElement {
  return screen.getByRole("region", { name: "Fungsi =CAPAIAN() di buku kerja" });
}

async function klik(nama: string): Promise<void> {
  fireEvent.click(within(bagian()).getByRole("button", { name: nama }));
  await tunggu();
}

describe("Pengaturan: =CAPAIAN() workbook functions", () => {
  it("installs, follows a saved setting, and removes only ours", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    aturNama(buku, [{ name: "Pagu", formula: "=100", comment: "Anggaran" }]);
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    await tunggu();
    expect(within(bagian()).getByText(/Microsoft 365, Excel 2024 dan Excel di web/)).toBeTruthy();
    expect(within(bagian()).getByText(/#NAME\?/)).toBeTruthy();

    buku.resetStatistik();
    await klik(PASANG);
    // One read and one write, then one read for the new state.
    expect(buku.syncCount).toBe(3);
    const harapan = fungsiBukuKerja(PENGATURAN_BAWAAN);
    expect(namaDari(buku)).toEqual([
      { name: "Pagu", formula: "=100", comment: "Anggaran", visible: true },
      ...harapan.map((d) => ({
        name: d.nama,
        formula: d.rumus,
        comment: d.komentar,
        visible: true,
      })),
    ]);
    expect(
      within(bagian()).getByText("Dipasang: CAPAIAN, KATEGORI, SERAPAN, SISA, EFISIENSI."),
    ).toBeTruthy();
    expect(within(bagian()).getByText(/sudah terpasang dan sesuai/)).toBeTruthy();
    expect(within(bagian()).queryByRole("button", { name: PASANG })).toBeNull();

    fireEvent.change(screen.getByLabelText("Rumus untuk indikator menurun (-)"), {
      target: { value: "rasio" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await tunggu();
    const rasio = fungsiBukuKerja({ ...PENGATURAN_BAWAAN, metodeNegatif: "rasio" });
    expect(rasio[0].rumus).not.toBe(harapan[0].rumus);
    expect(namaDari(buku).find((n) => n.name === "CAPAIAN")?.formula).toBe(rasio[0].rumus);
    expect(within(bagian()).getByText(/fungsi di buku kerja ikut diperbarui/)).toBeTruthy();

    await klik(HAPUS);
    expect(namaDari(buku)).toEqual([
      { name: "Pagu", formula: "=100", comment: "Anggaran", visible: true },
    ]);
    expect(
      within(bagian()).getByText("Dihapus: CAPAIAN, KATEGORI, SERAPAN, SISA, EFISIENSI."),
    ).toBeTruthy();
    expect(within(bagian()).getByRole("button", { name: PASANG })).toBeTruthy();
  });

  it("a saved setting installs nothing when the functions are not installed", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    await tunggu();
    fireEvent.change(screen.getByLabelText("Skala kategori"), { target: { value: "atribut" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await tunggu();
    expect(namaDari(buku)).toEqual([]);
  });

  it("asks before replacing the workbook's own CAPAIAN: skip keeps it, replace writes ours", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    aturNama(buku, [{ name: "CAPAIAN", formula: "=Sheet1!$A$1", comment: "" }]);
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    await tunggu();
    expect(within(bagian()).getByRole("alert").textContent).toMatch(
      /sudah punya nama CAPAIAN \(=Sheet1!\$A\$1\)/,
    );
    await klik(PASANG);
    expect(namaDari(buku).map((n) => [n.name, n.formula])).toEqual([
      ["CAPAIAN", "=Sheet1!$A$1"],
      ...fungsiBukuKerja(PENGATURAN_BAWAAN)
        .slice(1)
        .map((d) => [d.nama, d.rumus]),
    ]);
    await klik("Lewati CAPAIAN");
    expect(within(bagian()).queryByRole("alert")).toBeNull();
    expect(within(bagian()).getByText(/CAPAIAN dilewati/)).toBeTruthy();
    expect(namaDari(buku)[0].formula).toBe("=Sheet1!$A$1");

    document.body.innerHTML = "";
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    await tunggu();
    await klik("Ganti CAPAIAN");
    const capaian = fungsiBukuKerja(PENGATURAN_BAWAAN)[0];
    expect(namaDari(buku)[0]).toEqual({
      name: "CAPAIAN",
      formula: capaian.rumus,
      comment: capaian.komentar,
      visible: true,
    });
    expect(within(bagian()).getByText("Diganti atas pilihan Anda: CAPAIAN.")).toBeTruthy();
    expect(within(bagian()).queryByRole("alert")).toBeNull();
  });

  it("Excel without ExcelApi 1.7 gets an explanation and no button to press", async () => {
    await bukaPane(bukuPengukuran(), {
      palsu: { excelApi: "1.6" },
      host: { inExcel: true, customFunctions: true, sharedRuntime: true, excelApi: "1.6" },
    });
    bukaTab("Pengaturan");
    await tunggu();
    expect(within(bagian()).getByText(/perlu ExcelApi 1.7/)).toBeTruthy();
    expect(
      (within(bagian()).getByRole("button", { name: PASANG }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
