/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { HostInfo } from "../../src/excel/host";
import { App } from "../../src/taskpane/App";
import type { AksiFungsi } from "../../src/taskpane/components/fungsi/ReferensiFungsi";
import { KUNCI_PENYIMPANAN } from "../../src/taskpane/i18n/bahasa";

const LUAR: HostInfo = {
  inExcel: false,
  customFunctions: false,
  sharedRuntime: false,
  excelApi: undefined,
};
const M365: HostInfo = {
  inExcel: true,
  customFunctions: true,
  sharedRuntime: true,
  excelApi: "1.17",
};
const EXCEL2016: HostInfo = {
  inExcel: true,
  customFunctions: false,
  sharedRuntime: false,
  excelApi: "1.2",
};

function isi(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function pilih(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function hasil(): HTMLElement {
  return screen.getByRole("region", { name: "Hasil" });
}

/** The value printed next to a term in the result list. */
function nilaiDari(term: string): string | null {
  const dt = within(hasil()).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? null;
}

beforeEach(() => localStorage.clear());

describe("kalkulator capaian", () => {
  test("target 80, realisasi 90 gives 112,50 and Sangat Tinggi", () => {
    render(<App host={LUAR} />);
    isi("Target", "80");
    isi("Realisasi", "90");
    expect(within(hasil()).queryByText("112,50")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Hitung" }));
    expect(nilaiDari("Capaian (%)")).toBe("112,50");
    expect(nilaiDari("Kategori")).toBe("Sangat Tinggi");
  });

  test("Enter in the form computes, and the result then follows the inputs", () => {
    render(<App host={LUAR} />);
    isi("Target", "80 Prosen");
    isi("Realisasi", "76,50%");
    fireEvent.submit(screen.getByRole("form", { name: "Kalkulator capaian" }));
    expect(nilaiDari("Capaian (%)")).toBe("95,63");
    isi("Realisasi", "60");
    expect(nilaiDari("Capaian (%)")).toBe("75,00");
    expect(nilaiDari("Kategori")).toBe("Sedang");
    pilih("Skala kategori", "atribut");
    expect(nilaiDari("Kategori")).toBe("Berhasil");
  });

  test("lower is better: the method applies only to direction -", () => {
    render(<App host={LUAR} />);
    const metode = screen.getByLabelText("Rumus untuk arah -");
    expect(metode).toHaveProperty("disabled", true);
    pilih("Arah indikator", "-");
    expect(metode).toHaveProperty("disabled", false);
    isi("Target", "20");
    isi("Realisasi", "10");
    fireEvent.click(screen.getByRole("button", { name: "Hitung" }));
    expect(nilaiDari("Capaian (%)")).toBe("150,00");
    pilih("Rumus untuk arah -", "rasio");
    expect(nilaiDari("Capaian (%)")).toBe("200,00");
    pilih("Rumus untuk arah -", "sisa");
    expect(nilaiDari("Capaian (%)")).toBe("50,00");
    expect(within(hasil()).getByText("Catatan")).toBeTruthy();
    expect(within(hasil()).getByText(/mengukur sisa/)).toBeTruthy();
  });

  test("target 0 shows the engine's message instead of a number", () => {
    render(<App host={LUAR} />);
    isi("Target", "0");
    isi("Realisasi", "90");
    fireEvent.click(screen.getByRole("button", { name: "Hitung" }));
    expect(within(hasil()).getByText("Capaian tidak dapat dihitung")).toBeTruthy();
    expect(hasil().textContent).toMatch(/Target 0/);
    expect(within(hasil()).queryByText("Capaian (%)")).toBeNull();
  });

  test("two values in one cell are reported, not guessed", () => {
    render(<App host={LUAR} />);
    isi("Target", "80");
    isi("Realisasi", "71% 55%");
    fireEvent.click(screen.getByRole("button", { name: "Hitung" }));
    expect(within(hasil()).getByText("Capaian tidak dapat dihitung")).toBeTruthy();
    expect(hasil().textContent).toContain('"71% 55%"');
  });
});

describe("bahasa", () => {
  test("the switch re-renders every label and is remembered", () => {
    const { unmount } = render(<App host={LUAR} />);
    isi("Target", "80");
    isi("Realisasi", "90");
    fireEvent.click(screen.getByRole("button", { name: "Hitung" }));
    fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByLabelText("Realisasi (actual)")).toBeTruthy();
    expect(screen.getByLabelText("Indicator direction")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Compute" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Calculator" })).toBeTruthy();
    expect(screen.getByText("Preview outside Excel")).toBeTruthy();
    expect(screen.queryByText("Hitung")).toBeNull();
    // The inputs and the result survive the switch; numbers keep Indonesian separators.
    expect(screen.getByLabelText("Target")).toHaveProperty("value", "80");
    const result = screen.getByRole("region", { name: "Result" });
    expect(within(result).getByText("112,50")).toBeTruthy();
    expect(within(result).getByText("Category")).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
    expect(localStorage.getItem(KUNCI_PENYIMPANAN)).toBe("en");

    unmount();
    render(<App host={LUAR} />);
    expect(screen.getByRole("button", { name: "Compute" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bahasa Indonesia" }));
    expect(screen.getByRole("button", { name: "Hitung" })).toBeTruthy();
    expect(localStorage.getItem(KUNCI_PENYIMPANAN)).toBe("id");
  });

  test("an unknown stored value falls back to Bahasa Indonesia", () => {
    localStorage.setItem(KUNCI_PENYIMPANAN, "fr");
    render(<App host={LUAR} />);
    expect(screen.getByRole("button", { name: "Hitung" })).toBeTruthy();
  });
});

describe("status host", () => {
  test("outside Excel: preview notice", () => {
    render(<App host={LUAR} />);
    expect(screen.getByText("Pratinjau di luar Excel")).toBeTruthy();
  });

  test("Excel 2016: functions unavailable, panel still usable", () => {
    render(<App host={EXCEL2016} />);
    expect(
      screen.getByText(
        /^Fungsi =SAKIP\.\* tidak tersedia di versi Excel ini; panel tetap dapat dipakai/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText("Pratinjau di luar Excel")).toBeNull();
  });

  test("Microsoft 365: functions available", () => {
    render(<App host={M365} />);
    expect(screen.getByText("Terhubung ke Excel")).toBeTruthy();
    expect(screen.getByText(/Versi ExcelApi: 1\.17\./)).toBeTruthy();
  });
});

describe("referensi fungsi", () => {
  function aksiPalsu(salinBerhasil: boolean) {
    const disalin: string[] = [];
    const disisipkan: string[] = [];
    const aksi: AksiFungsi = {
      salin: async (teks) => {
        disalin.push(teks);
        return salinBerhasil;
      },
      sisipkan: async (rumus) => {
        disisipkan.push(rumus);
        return { ok: true, alamat: "Sheet1!B2" };
      },
    };
    return { aksi, disalin, disisipkan };
  }

  test("lists the functions and copies the syntax", async () => {
    const palsu = aksiPalsu(true);
    render(<App host={LUAR} aksiFungsi={palsu.aksi} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(screen.getByRole("heading", { name: "SAKIP.CAPAIAN" })).toBeTruthy();
    expect(screen.getByText("=SAKIP.CAPAIAN(target; realisasi; [arah]; [metode])")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Sisipkan/ })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Salin sintaks SAKIP.CAPAIAN" }));
    });
    expect(palsu.disalin).toEqual(["=SAKIP.CAPAIAN(target; realisasi; [arah]; [metode])"]);
    expect(screen.getByText("Sintaks SAKIP.CAPAIAN disalin ke papan klip.")).toBeTruthy();
  });

  test("a refused clipboard tells the user to copy by hand", async () => {
    const palsu = aksiPalsu(false);
    render(<App host={LUAR} aksiFungsi={palsu.aksi} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Salin sintaks SAKIP.KATEGORI" }));
    });
    expect(screen.getByText(/Papan klip tidak dapat dipakai di sini/)).toBeTruthy();
  });

  test("in Microsoft 365 an example is inserted in invariant syntax", async () => {
    const palsu = aksiPalsu(true);
    render(<App host={M365} aksiFungsi={palsu.aksi} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    await act(async () => {
      fireEvent.click(
        screen.getByRole("button", { name: "Sisipkan contoh SAKIP.CAPAIAN ke sel aktif" }),
      );
    });
    expect(palsu.disisipkan).toEqual(["=SAKIP.CAPAIAN(80,90)"]);
    expect(screen.getByText("Contoh rumus ditulis ke sel Sheet1!B2.")).toBeTruthy();
  });

  test("Excel 2016 gets no insert button (the formula would be #NAME?)", () => {
    render(<App host={EXCEL2016} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(screen.queryByRole("button", { name: /^Sisipkan/ })).toBeNull();
  });

  test("English descriptions and comma separators after the switch", () => {
    render(<App host={LUAR} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText("=SAKIP.CAPAIAN(target, realisasi, [arah], [metode])")).toBeTruthy();
    expect(screen.getByText("=SAKIP.KATEGORI(112.5)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Copy SAKIP.CAPAIAN syntax" })).toBeTruthy();
  });
});
