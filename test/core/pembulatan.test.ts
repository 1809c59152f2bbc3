import fc from "fast-check";
import { bulatkan, cocokCetak, desimalCetak, type CaraBulat } from "../../src/core/pembulatan";

describe("bulatkan", () => {
  it.each([
    [1.005, 2, "half-up", 1.01],
    [74.6356, 2, "half-up", 74.64],
    [66.6888, 2, "half-up", 66.69],
    [62.857, 2, "half-up", 62.86],
    [62.857, 2, "truncate", 62.85],
    [126.4957, 2, "truncate", 126.49],
    [126.4957, 2, "half-up", 126.5],
    [99.9998, 2, "truncate", 99.99],
    [99.9998, 2, "half-up", 100],
    [1.255, 2, "half-up", 1.26],
    [0.285, 2, "half-up", 0.29],
    [1.45, 1, "half-up", 1.5],
    [2.5, 0, "half-up", 3],
    [0.29 * 100, 0, "truncate", 29],
    [232.00000000000003, 2, "half-up", 232],
    [232.00000000000003, 0, "truncate", 232],
    [-1.005, 2, "half-up", -1.01],
    [-2.5, 0, "half-up", -3],
    [-62.857, 2, "truncate", -62.85],
    [-0.001, 2, "half-up", 0],
    [1234.5, -2, "half-up", 1200],
    [1250, -2, "half-up", 1300],
    [12649363995, 0, "half-up", 12649363995],
    [74.64, 2, "truncate", 74.64],
  ] as [number, number, CaraBulat, number][])("bulatkan(%p, %p, %s) = %p", (x, d, cara, harap) => {
    expect(bulatkan(x, d, cara)).toBe(harap);
  });

  it("bawaan half-up", () => {
    expect(bulatkan(74.6356, 2)).toBe(74.64);
  });

  it("bukan angka dan tak hingga dikembalikan apa adanya", () => {
    expect(bulatkan(NaN, 2)).toBeNaN();
    expect(bulatkan(Infinity, 2)).toBe(Infinity);
    expect(bulatkan(-Infinity, 2, "truncate")).toBe(-Infinity);
    expect(bulatkan(1.5, NaN)).toBeNaN();
  });

  it("desimal pecahan dipotong ke bilangan bulat", () => {
    expect(bulatkan(1.2345, 2.9)).toBe(1.23);
  });

  it("properti: idempoten (half-up dan truncate)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom<CaraBulat>("half-up", "truncate"),
        (x, d, cara) => {
          const sekali = bulatkan(x, d, cara);
          expect(bulatkan(sekali, d, cara)).toBe(sekali);
          expect(bulatkan(sekali, d, cara === "half-up" ? "truncate" : "half-up")).toBe(sekali);
        },
      ),
    );
  });

  it("properti: hasil berjarak paling jauh setengah (half-up) atau satu (truncate) satuan terakhir", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const satuan = Math.pow(10, -d);
          // Values within a few dozen ulps of a boundary are snapped onto it.
          const lekat = Math.abs(x) * 1e-13 + 1e-12;
          expect(Math.abs(bulatkan(x, d) - x)).toBeLessThanOrEqual(satuan / 2 + lekat);
          expect(Math.abs(bulatkan(x, d, "truncate") - x)).toBeLessThan(satuan + lekat);
          expect(Math.abs(bulatkan(x, d, "truncate"))).toBeLessThanOrEqual(Math.abs(x) + lekat);
        },
      ),
    );
  });
});

describe("desimalCetak", () => {
  it.each([
    ["74,64", 2],
    ["100", 0],
    ["100 %", 0],
    ["174,5%", 1],
    ["(89,52%)", 2],
    ["12.44", 2],
    ["5.6%", 1],
    ["1.500", 0],
    ["1,500", 0],
    ["0,125", 3],
    ["1.500,125", 3],
    ["267,066,500", 0],
    ["1,234.5", 1],
    ["12.649.363.995", 0],
    ["Rp. 273.983.450,-", 0],
    ["3.952.453.098,00", 2],
    ["6.174.187. 520", 0],
    ["126,4957", 4],
    ["-", 0],
    ["", 0],
    ["Menunggu Rilis PDRB oleh BPS 2024", 0],
  ])("%p -> %p", (teks, harap) => {
    expect(desimalCetak(teks)).toBe(harap);
  });
});

describe("cocokCetak", () => {
  it.each([
    [74.64, 74.6356, 2, "half-up"],
    [62.85, (4.4 / 7) * 100, 2, "truncate"],
    [62.86, (4.4 / 7) * 100, 2, "half-up"],
    [126.49, (14.8 / 11.7) * 100, 2, "truncate"],
    [99.99, 99.9998, 2, "truncate"],
    [100, 99.9998, 2, "half-up"],
    [232, (16.24 / 7) * 100, 0, "half-up"],
    [100, 100, 0, "half-up"],
    [288.5, (5.77 / 0.2) * 100, 1, false],
    [82.39, 117.6056, 2, false],
    [74.62, 74.6356, 2, false],
    [0.64, 62.85 / 97.82, 2, "half-up"],
  ] as [number, number, number, CaraBulat | false][])(
    "tercetak %p vs dihitung %p (%p desimal) -> %p",
    (tercetak, hitung, d, harap) => {
      expect(cocokCetak(tercetak, hitung, d)).toBe(harap);
    },
  );

  it("bukan angka -> false", () => {
    expect(cocokCetak(NaN, 1, 2)).toBe(false);
    expect(cocokCetak(1, NaN, 2)).toBe(false);
    expect(cocokCetak(1, Infinity, 2)).toBe(false);
  });

  it("uang besar dicocokkan pada bilangan bulat", () => {
    expect(cocokCetak(3335152203, 31826684236 - 28491532033, 0)).toBe("half-up");
  });
});
