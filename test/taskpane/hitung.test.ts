import { formatPersen } from "../../src/taskpane/components/kalkulator/format";
import {
  hitungKalkulator,
  type MasukanKalkulator,
} from "../../src/taskpane/components/kalkulator/hitung";

function masukan(ubah: Partial<MasukanKalkulator>): MasukanKalkulator {
  return {
    target: "",
    realisasi: "",
    arah: "+",
    metode: "selisih",
    skala: "permendagri86",
    ...ubah,
  };
}

describe("formatPersen", () => {
  test.each([
    [112.5, "112,50"],
    [100, "100,00"],
    [1.005, "1,01"],
    [99.9998, "100,00"],
    [1234.567, "1.234,57"],
    [-12.5, "-12,50"],
  ])("%d -> %s", (x, printed) => {
    expect(formatPersen(x)).toBe(printed);
  });
});

describe("hitungKalkulator", () => {
  test("higher is better: 90 of 80 is 112.5, Sangat Tinggi", () => {
    const hasil = hitungKalkulator(masukan({ target: "80", realisasi: "90" }));
    expect(hasil).toEqual({
      ok: true,
      capaian: 112.5,
      kategori: { ok: true, value: "Sangat Tinggi" },
      catatan: [],
    });
  });

  test("reads percentages and units as planners type them", () => {
    const hasil = hitungKalkulator(masukan({ target: "80 Prosen", realisasi: "76,50%" }));
    expect(hasil.ok && hasil.capaian).toBeCloseTo(95.625, 10);
    expect(hasil.ok && hasil.kategori).toEqual({ ok: true, value: "Sangat Tinggi" });
  });

  test("the scale changes the category", () => {
    const hasil = hitungKalkulator(masukan({ target: "100", realisasi: "80", skala: "atribut" }));
    expect(hasil.ok && hasil.kategori).toEqual({ ok: true, value: "Berhasil" });
  });

  test.each([
    ["selisih", 150],
    ["rasio", 200],
    ["sisa", 50],
  ] as const)("lower is better, %s", (metode, expected) => {
    const hasil = hitungKalkulator(masukan({ target: "20", realisasi: "10", arah: "-", metode }));
    expect(hasil.ok && hasil.capaian).toBeCloseTo(expected, 10);
  });

  test("sisa carries the engine's warning", () => {
    const hasil = hitungKalkulator(
      masukan({ target: "20", realisasi: "10", arah: "-", metode: "sisa" }),
    );
    expect(hasil.catatan.length).toBeGreaterThan(0);
    const selisih = hitungKalkulator(
      masukan({ target: "20", realisasi: "10", arah: "-", metode: "selisih" }),
    );
    expect(selisih.catatan).toEqual([]);
  });

  test("the method is ignored for higher-is-better indicators", () => {
    const hasil = hitungKalkulator(
      masukan({ target: "20", realisasi: "10", arah: "+", metode: "rasio" }),
    );
    expect(hasil.ok && hasil.capaian).toBe(50);
  });

  test("target 0 is an error, never 0 or 100", () => {
    const hasil = hitungKalkulator(masukan({ target: "0", realisasi: "90" }));
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.pesan.length).toBeGreaterThan(10);
  });

  test("two values in one cell are an error", () => {
    const hasil = hitungKalkulator(masukan({ target: "80", realisasi: "71% 55%" }));
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.pesan).toContain("71% 55%");
  });
});
