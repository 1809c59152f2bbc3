/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { KUNCI_PENGATURAN_BUKU } from "../../src/excel/pengaturan";
import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { pengaturanFungsi, pulihkanPengaturanFungsi } from "../../src/functions/settings";
import { bukaPane, bukaTab, pindai, tunggu } from "./bantu-pane";
import { bukuPengukuran } from "./buku-pane";

function pilihNilai(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(() => pulihkanPengaturanFungsi());

describe("Pengaturan", () => {
  it("saves to the workbook, applies to the functions, and reloads", async () => {
    const buku = await bukaPane(bukuPengukuran());
    bukaTab("Pengaturan");
    pilihNilai("Skala kategori", "atribut");
    pilihNilai("Rumus untuk indikator menurun (-)", "rasio");
    pilihNilai("Pembulatan angka di laporan", "truncate");
    pilihNilai("Tahun laporan", "2023");
    fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await tunggu();
    expect(screen.getByText(/Pengaturan disimpan di buku kerja/)).toBeTruthy();
    expect(JSON.parse(String(buku.settings.get(KUNCI_PENGATURAN_BUKU)))).toEqual({
      skala: "atribut",
      metodeNegatif: "rasio",
      metodeEfisiensi: "selisih",
      pembulatan: "truncate",
      polaritasBawaan: "+",
      tahun: 2023,
    });
    expect(pengaturanFungsi().skala).toBe("atribut");
    expect(pengaturanFungsi().metodeNegatif).toBe("rasio");

    pulihkanPengaturanFungsi();
    document.body.innerHTML = "";
    await bukaPane(bukuPengukuran(), { buku });
    // Loading the pane hands the workbook's settings to the functions.
    expect(pengaturanFungsi().skala).toBe("atribut");
    bukaTab("Pengaturan");
    expect((screen.getByLabelText("Skala kategori") as HTMLSelectElement).value).toBe("atribut");
    expect((screen.getByLabelText("Tahun laporan") as HTMLInputElement).value).toBe("2023");
  });

  it("a user scale is validated while typed and used by the summary", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    pilihNilai("Skala kategori", "sendiri");
    pilihNilai("Batas bawah (%) 1", "100");
    pilihNilai("Label 1", "Tercapai");
    fireEvent.click(screen.getByRole("button", { name: "Tambah baris" }));
    pilihNilai("Batas bawah (%) 2", "abc");
    pilihNilai("Label 2", "Belum");
    expect(screen.getByRole("alert").textContent).toMatch(/abc/);
    pilihNilai("Batas bawah (%) 2", "0");
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await tunggu();
    expect(JSON.parse(String(buku.settings.get(KUNCI_PENGATURAN_BUKU))).skala).toEqual([
      [100, "Tercapai"],
      [0, "Belum"],
    ]);
    expect(pengaturanFungsi().skala).toMatchObject({
      bands: [{ label: "Tercapai" }, { label: "Belum" }],
    });
    await pindai();
    bukaTab("Ringkasan");
    expect(
      screen.getByRole("img", { name: "Indeks kepuasan masyarakat: capaian 112,5%, Tercapai" }),
    ).toBeTruthy();
    expect(screen.getByRole("img", { name: "Cakupan imunisasi: capaian 50%, Belum" })).toBeTruthy();
  });

  it("stored settings with problems are reported when the pane opens", async () => {
    const buku = bukuKerjaPalsu(bukuPengukuran());
    buku.settings.set(KUNCI_PENGATURAN_BUKU, JSON.stringify({ metodeNegatif: "kali" }));
    await bukaPane(bukuPengukuran(), { buku });
    bukaTab("Pengaturan");
    expect(screen.getByRole("alert").textContent).toContain(
      "metodeNegatif: gunakan selisih, rasio atau sisa, bukan",
    );
  });
});
