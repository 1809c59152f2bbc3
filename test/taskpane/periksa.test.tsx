/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { bukaPane, bukaTab, pindai, tunggu } from "./bantu-pane";
import { bukuDenganPk } from "./buku-pane";

const PESAN_CAPAIAN =
  "G5: Capaian tahun 2023 tercetak 70 berbeda dari hasil hitung 80 (realisasi / target x 100: target 75, realisasi 60).";

describe("Periksa", () => {
  it("groups findings by severity and sheet, with counts, filterable by rule", async () => {
    await bukaPane(bukuDenganPk());
    await pindai();
    bukaTab("Periksa");
    expect(screen.getByText("2 kesalahan")).toBeTruthy();
    expect(screen.getByText("0 peringatan")).toBeTruthy();
    expect(screen.getByText("0 informasi")).toBeTruthy();
    const kesalahan = screen.getByRole("region", { name: "Kesalahan" });
    expect(within(kesalahan).getByText("Lembar Pengukuran")).toBeTruthy();
    expect(within(kesalahan).getAllByRole("button")).toHaveLength(2);
    fireEvent.change(screen.getByLabelText("Aturan"), { target: { value: "capaian-mismatch" } });
    const tersaring = screen.getByRole("region", { name: "Kesalahan" });
    expect(
      within(tersaring)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([PESAN_CAPAIAN]);
  });

  it("clicking a finding selects its cell; the related cell can be selected too", async () => {
    const buku = await bukaPane(bukuDenganPk());
    await pindai();
    bukaTab("Periksa");
    fireEvent.click(screen.getByRole("button", { name: PESAN_CAPAIAN }));
    await tunggu();
    expect(buku.selection?.sheet).toBe("Pengukuran");
    expect(buku.selection?.area).toEqual({ r0: 4, c0: 6, r1: 4, c1: 6 });
    expect(screen.getByText("Sel terpilih: 'Pengukuran'!G5")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^E4: Target indikator/ }));
    await tunggu();
    expect(buku.selection?.area).toEqual({ r0: 3, c0: 4, r1: 3, c1: 4 });
    expect(screen.getByText("Sel terkait: 'PK'!E4")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Pilih sel terkait" }));
    await tunggu();
    expect(buku.selection?.sheet).toBe("PK");
    expect(buku.selection?.area).toEqual({ r0: 3, c0: 4, r1: 3, c1: 4 });
  });

  it("shows the English messages after the language switch", async () => {
    await bukaPane(bukuDenganPk());
    await pindai();
    fireEvent.click(screen.getByRole("button", { name: /English/ }));
    bukaTab("Check");
    expect(screen.getByText("2 errors")).toBeTruthy();
    expect(
      screen.getByRole("button", {
        name: /^E4: The target of indicator "Indeks kepuasan masyarakat" for 2023 is 80 here but 85 at PK!E4/,
      }),
    ).toBeTruthy();
  });
});
