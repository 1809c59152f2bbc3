/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { bukaPane, bukaTab, pindai } from "./bantu-pane";
import { bukuPengukuran } from "./buku-pane";

function batang(nama: string): HTMLElement {
  const img = screen.getByRole("img", { name: nama });
  const isi = img.firstElementChild;
  if (!(isi instanceof HTMLElement)) throw new Error("no bar");
  return isi;
}

describe("Ringkasan", () => {
  it("draws one bar per indicator coloured by kategori, and counts per kategori", async () => {
    await bukaPane(bukuPengukuran());
    await pindai();
    bukaTab("Ringkasan");
    const tinggi = batang("Indeks kepuasan masyarakat: capaian 112,5%, Sangat Tinggi");
    expect(tinggi.style.width).toBe("93.8%");
    expect(tinggi.style.backgroundColor).toBe("rgb(16, 124, 16)");
    const rendah = batang("Cakupan imunisasi: capaian 50%, Sangat Rendah");
    expect(rendah.style.width).toBe("41.7%");
    expect(rendah.style.backgroundColor).toBe("rgb(209, 52, 56)");
    expect(batang("Persentase jalan mantap: capaian 80%, Tinggi").style.width).toBe("66.7%");

    const tabel = screen.getByRole("region", { name: "Jumlah indikator per kategori" });
    const baris = within(tabel)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(baris).toEqual(["KategoriJumlah", "Sangat Tinggi1", "Tinggi1", "Sangat Rendah1"]);
  });

  it("asks for a scan first", async () => {
    await bukaPane(bukuPengukuran());
    bukaTab("Ringkasan");
    expect(screen.getByText("Pindai buku kerja dulu di tab Pindai.")).toBeTruthy();
  });
});
