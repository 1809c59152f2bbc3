import { kemajuanRenstra, rataRata, serapanGabungan, tren } from "../../src/core/agregat";
import { bulatkan } from "../../src/core/pembulatan";
import { err, ok } from "../../src/core/result";

describe("rataRata", () => {
  it("rata-rata tanpa bobot", () => {
    expect(rataRata([100.71, 121.51, 103.23])).toEqual({
      ok: true,
      value: (100.71 + 121.51 + 103.23) / 3,
    });
    expect(rataRata([ok(80), 100])).toEqual({ ok: true, value: 90 });
  });

  it("melewati galat, tertunda dan NaN dengan catatan yang menghitungnya", () => {
    const h = rataRata([
      80,
      err("na", "menunggu BPS"),
      NaN,
      err("div0", "target 0"),
      ok(100, ["catatan"]),
    ]);
    expect(h).toEqual({
      ok: true,
      value: 90,
      notes: [
        "Rata-rata dari 2 nilai; 3 nilai dilewati (1 belum tersedia, 2 galat atau bukan angka).",
      ],
    });
  });

  it("tidak ada nilai -> na", () => {
    expect(rataRata([])).toMatchObject({ ok: false, error: "na" });
    expect(rataRata([err("na", "x"), NaN])).toMatchObject({ ok: false, error: "na" });
  });
});

describe("serapanGabungan", () => {
  it("jumlah realisasi / jumlah pagu, bukan rata-rata persen", () => {
    const items = [
      { pagu: 100, realisasi: 100 },
      { pagu: 900, realisasi: 450 },
    ];
    const h = serapanGabungan(items);
    expect(h.ok).toBe(true);
    if (h.ok) expect(h.value).toBeCloseTo(55, 12);
  });

  // Seed 002, Tabel 3.8 programs: pooled values printed in Tabel 3.9 and stated in the notes.
  const program = [
    [12649363995, 9440925382],
    [179999840, 179851399],
    [84157000, 83501500],
    [410169980, 405779400],
    [625000000, 425000000],
    [1052953359, 1032896352],
    [2899499739, 2833303380],
    [2452790240, 2356488090],
    [15281760, 13579750],
    [352721800, 351611257],
    [170000000, 169541528],
    [330974980, 288421480],
    [5854613801, 5417237447],
  ].map(([pagu, realisasi]) => ({ pagu, realisasi }));

  it("program 6 dan 7 seed 002 -> 97,82 (rata-rata persennya 97,91)", () => {
    const h = serapanGabungan(program.slice(5, 7));
    expect(h.ok && bulatkan(h.value, 2)).toBe(97.82);
    const rata = rataRata(program.slice(5, 7).map((p) => (p.realisasi / p.pagu) * 100));
    expect(rata.ok && bulatkan(rata.value, 2)).toBe(97.91);
  });

  it("13 program seed 002 -> 84,93", () => {
    const h = serapanGabungan(program);
    expect(h.ok && bulatkan(h.value, 2)).toBe(84.93);
  });

  it("jumlah pagu 0 -> div0; kosong -> na; bukan angka -> value", () => {
    expect(serapanGabungan([{ pagu: 0, realisasi: 0 }])).toMatchObject({ error: "div0" });
    expect(serapanGabungan([])).toMatchObject({ ok: false, error: "na" });
    expect(serapanGabungan([{ pagu: 10, realisasi: NaN }])).toMatchObject({ error: "value" });
  });

  it("realisasi melebihi pagu -> catatan", () => {
    const h = serapanGabungan([{ pagu: 10, realisasi: 12 }]);
    expect(h).toMatchObject({ ok: true, value: 120 });
    if (h.ok) expect(h.notes).toHaveLength(1);
  });
});

describe("kemajuanRenstra", () => {
  it("realisasi / target akhir x 100", () => {
    expect(kemajuanRenstra(16.24, 9)).toEqual({ ok: true, value: (16.24 / 9) * 100 });
    expect(kemajuanRenstra(15.69, 25)).toEqual({ ok: true, value: (15.69 / 25) * 100 });
  });

  it("target akhir 0 -> div0; bukan angka -> value", () => {
    expect(kemajuanRenstra(5, 0)).toMatchObject({ ok: false, error: "div0" });
    expect(kemajuanRenstra(NaN, 5)).toMatchObject({ ok: false, error: "value" });
  });
});

describe("tren", () => {
  it.each([
    [232, 174.5, 57.5, "naik"],
    [90, 100, -10, "turun"],
    [100, 100, 0, "tetap"],
    [100.004, 100, 100.004 - 100, "tetap"],
    [100, 100.004, 100 - 100.004, "tetap"],
    [100.006, 100, 100.006 - 100, "naik"],
  ])("%p dari %p -> %p %s", (kini, lalu, selisih, label) => {
    expect(tren(kini, lalu)).toEqual({ selisih, label });
  });

  it("toleransi dapat diatur", () => {
    expect(tren(101, 100, 2).label).toBe("tetap");
    expect(tren(103, 100, 2).label).toBe("naik");
  });

  it("tahun yang hilang (NaN) -> tetap dengan selisih NaN", () => {
    const t = tren(NaN, 100);
    expect(t.label).toBe("tetap");
    expect(t.selisih).toBeNaN();
  });
});
