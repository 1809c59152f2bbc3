import {
  bacaMetodeEfisiensi,
  hitungEfisiensi,
  kategoriEfisiensi,
  type MetodeEfisiensi,
} from "../../src/core/efisiensi";
import { skalaDariTabel } from "../../src/core/kategori";

describe("hitungEfisiensi", () => {
  it.each([
    [101.07, 81.4, "selisih", 101.07 - 81.4],
    [62.85, 97.82, "selisih", 62.85 - 97.82],
    [62.85, 97.82, "rasio", 62.85 / 97.82],
    [62.85, 97.82, "indeks", (62.85 / 97.82) * 100],
    [100, 100, "rasio", 1],
    [100, 80, "indeks", 125],
  ] as [number, number, MetodeEfisiensi, number][])(
    "capaian %p serapan %p metode %s -> %p",
    (c, s, metode, harap) => {
      expect(hitungEfisiensi(c, s, metode)).toEqual({ ok: true, value: harap });
    },
  );

  it("bawaan selisih", () => {
    expect(hitungEfisiensi(120, 90)).toEqual({ ok: true, value: 30 });
  });

  it("serapan 0: rasio/indeks -> div0; selisih tetap", () => {
    expect(hitungEfisiensi(100, 0, "rasio")).toMatchObject({ ok: false, error: "div0" });
    expect(hitungEfisiensi(100, 0, "indeks")).toMatchObject({ ok: false, error: "div0" });
    expect(hitungEfisiensi(100, 0, "selisih")).toEqual({ ok: true, value: 100 });
  });

  it("bukan angka -> value; metode tak dikenal -> value", () => {
    expect(hitungEfisiensi(NaN, 50)).toMatchObject({ ok: false, error: "value" });
    expect(hitungEfisiensi(50, Infinity, "rasio")).toMatchObject({ ok: false, error: "value" });
    const aneh = "persen" as unknown as MetodeEfisiensi;
    expect(hitungEfisiensi(50, 50, aneh)).toMatchObject({ ok: false, error: "value" });
  });
});

describe("kategoriEfisiensi", () => {
  it.each([
    [0.01, "selisih", "Efisien"],
    [0, "selisih", "Tidak Efisien"],
    [-34.97, "selisih", "Tidak Efisien"],
    [1, "rasio", "Efisien"],
    [0.9999, "rasio", "Tidak Efisien"],
    [2.37, "rasio", "Efisien"],
    [100, "indeks", "Efisien"],
    [99.99, "indeks", "Tidak Efisien"],
  ] as [number, MetodeEfisiensi, string][])("%p metode %s -> %s", (e, metode, harap) => {
    expect(kategoriEfisiensi(e, metode)).toEqual({ ok: true, value: harap });
  });

  it("bawaan selisih", () => {
    expect(kategoriEfisiensi(5)).toEqual({ ok: true, value: "Efisien" });
  });

  const { skala: pitaKantor } = skalaDariTabel([
    [120, "Sangat Efisien"],
    [100, "Efisien"],
    [80, "Cukup Efisien"],
    ["-", "Kurang Efisien"],
  ]);

  it.each([
    [150, "Sangat Efisien"],
    [120, "Sangat Efisien"],
    [119.99, "Efisien"],
    [100, "Efisien"],
    [80, "Cukup Efisien"],
    [79.99, "Kurang Efisien"],
  ])("indeks dengan pita kantor: %p -> %s", (e, harap) => {
    if (!pitaKantor) throw new Error("pita tidak terbentuk");
    expect(kategoriEfisiensi(e, "indeks", pitaKantor)).toMatchObject({ ok: true, value: harap });
  });

  it("pita diabaikan untuk metode selain indeks, dengan catatan", () => {
    const h = kategoriEfisiensi(1.2, "rasio", pitaKantor);
    expect(h).toMatchObject({ ok: true, value: "Efisien" });
    if (h.ok) expect(h.notes).toHaveLength(1);
  });

  it("NaN -> value", () => {
    expect(kategoriEfisiensi(NaN, "rasio")).toMatchObject({ ok: false, error: "value" });
  });
});

describe("bacaMetodeEfisiensi", () => {
  it.each([
    ["selisih", "selisih"],
    ["RASIO", "rasio"],
    [" Indeks ", "indeks"],
  ])("%p -> %p", (t, harap) => {
    expect(bacaMetodeEfisiensi(t)).toBe(harap);
  });

  it.each(["", "sisa", "index", 1, null])("%p -> undefined", (t) => {
    expect(bacaMetodeEfisiensi(t)).toBeUndefined();
  });
});
