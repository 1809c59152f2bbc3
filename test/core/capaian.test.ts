import fc from "fast-check";
import {
  bacaArah,
  bacaMetodeNegatif,
  capaianAngka,
  hitungCapaian,
  type MetodeNegatif,
  type Polaritas,
} from "../../src/core/capaian";
import type { GradeNilai, Nilai, NumberNilai, PercentNilai } from "../../src/core/nilai";
import { cocokCetak } from "../../src/core/pembulatan";

const persen = (raw: string, value: number, fromFormat = false): PercentNilai =>
  fromFormat
    ? { kind: "percent", raw, value, unit: "%", fromFormat: true }
    : { kind: "percent", raw, value, unit: "%" };
const jumlah = (raw: string, value: number, unit?: string): NumberNilai =>
  unit === undefined ? { kind: "number", raw, value } : { kind: "number", raw, value, unit };
const PERINGKAT: Record<string, number> = { AA: 7, A: 6, BB: 5, B: 4, CC: 3, C: 2, D: 1 };
const huruf = (g: string): GradeNilai => ({ kind: "grade", raw: g, grade: g, rank: PERINGKAT[g] });
const tertunda = (raw: string, reason: string): Nilai => ({ kind: "pending", raw, reason });
const takTerbaca = (raw: string, reason: string): Nilai => ({ kind: "unreadable", raw, reason });

describe("capaianAngka", () => {
  const kasus: [number, number, Polaritas, MetodeNegatif, number][] = [
    [80, 100, "+", "selisih", 125],
    [100, 80, "+", "rasio", 80],
    [7, 16.24, "+", "selisih", 232],
    [10, 45.52, "+", "selisih", 455.2],
    [10, 5, "-", "selisih", 150],
    [10, 5, "-", "rasio", 200],
    [10, 5, "-", "sisa", 50],
    [10, 10, "-", "selisih", 100],
    [10, 10, "-", "rasio", 100],
    [10, 10, "-", "sisa", 0],
    [10, 25, "-", "selisih", -50],
    [10, 25, "-", "rasio", 40],
    [10, 25, "-", "sisa", -150],
    [10, 0, "-", "selisih", 200],
    [10, 0, "-", "sisa", 100],
    [14.8, 11.7, "-", "selisih", 120.94594594594595],
  ];
  it.each(kasus)("T=%p R=%p polaritas %s metode %s -> %p", (t, r, pol, metode, harap) => {
    expect(capaianAngka(t, r, pol, metode)).toBeCloseTo(harap, 10);
  });

  it.each([
    [0, 5, "+", "selisih"],
    [0, 5, "-", "selisih"],
    [0, 5, "-", "rasio"],
    [0, 5, "-", "sisa"],
    [-0, 5, "+", "selisih"],
    [10, 0, "-", "rasio"],
  ] as [number, number, Polaritas, MetodeNegatif][])(
    "T=%p R=%p %s %s -> NaN",
    (t, r, pol, metode) => {
      expect(capaianAngka(t, r, pol, metode)).toBeNaN();
    },
  );

  it("nol tidak bertanda negatif", () => {
    expect(capaianAngka(-5, 0, "+", "selisih")).toBe(0);
    expect(capaianAngka(-5, -5, "-", "sisa")).toBe(0);
    expect(capaianAngka(-5, -10, "-", "selisih")).toBe(0);
  });

  it("metode diabaikan untuk polaritas +", () => {
    expect(capaianAngka(10, 5, "+", "rasio")).toBe(50);
    expect(capaianAngka(10, 5, "+", "sisa")).toBe(50);
  });

  it("mereproduksi rumus-rumus laporan fluktuasi harga (seed 002)", () => {
    // Tabel 3.9 prints 126,49 (T/R truncated); Tabel 3.4 prints 82,39 (the + formula).
    expect(cocokCetak(126.49, capaianAngka(14.8, 11.7, "-", "rasio"), 2)).toBe("truncate");
    expect(cocokCetak(82.39, capaianAngka(14.2, 11.7, "+", "selisih"), 2)).toBe("half-up");
    expect(cocokCetak(117.61, capaianAngka(14.2, 11.7, "-", "selisih"), 2)).toBe("half-up");
  });

  it("properti: R = T memberi 100 (+, selisih, rasio) dan 0 (sisa)", () => {
    const bukanNol = fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 })
      .filter((t) => t !== 0);
    fc.assert(
      fc.property(bukanNol, (t) => {
        expect(capaianAngka(t, t, "+", "selisih")).toBe(100);
        expect(capaianAngka(t, t, "-", "selisih")).toBe(100);
        expect(capaianAngka(t, t, "-", "rasio")).toBe(100);
        expect(capaianAngka(t, t, "-", "sisa")).toBe(0);
      }),
    );
  });

  it("cukup cepat untuk jalur panas (>= 5 juta baris per detik)", () => {
    const n = 2_000_000;
    const t = new Float64Array(n);
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      t[i] = 50 + (i % 97);
      r[i] = 40 + (i % 89);
    }
    let jumlah = 0;
    const mulai = process.hrtime.bigint();
    for (let i = 0; i < n; i++) jumlah += capaianAngka(t[i], r[i], i % 2 ? "+" : "-", "selisih");
    const detik = Number(process.hrtime.bigint() - mulai) / 1e9;
    expect(Number.isFinite(jumlah)).toBe(true);
    expect(n / detik).toBeGreaterThan(5_000_000);
  });
});

describe("hitungCapaian", () => {
  it("angka biasa, polaritas + bawaan", () => {
    expect(hitungCapaian(76.5, 77.04)).toEqual({ ok: true, value: (77.04 / 76.5) * 100 });
    expect(hitungCapaian(80, 100)).toEqual({ ok: true, value: 125 });
  });

  it("polaritas - memakai selisih sebagai bawaan", () => {
    expect(hitungCapaian(10, 5, { polaritas: "-" })).toEqual({ ok: true, value: 150 });
    expect(hitungCapaian(10, 5, { polaritas: "-", metode: "rasio" })).toEqual({
      ok: true,
      value: 200,
    });
  });

  it("metode sisa: dihitung dengan catatan peringatan", () => {
    const h = hitungCapaian(10, 10, { polaritas: "-", metode: "sisa" });
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.value).toBe(0);
    expect(h.notes).toHaveLength(1);
    expect(h.notes?.[0]).toMatch(/bukan capaian/);
  });

  it("metode sisa tidak berlaku untuk polaritas +", () => {
    expect(hitungCapaian(10, 5, { polaritas: "+", metode: "sisa" })).toEqual({
      ok: true,
      value: 50,
    });
  });

  it("target 0 -> div0", () => {
    expect(hitungCapaian(0, 5)).toEqual({
      ok: false,
      error: "div0",
      message: "Target 0: capaian tidak dapat dihitung",
    });
    expect(hitungCapaian(persen("0%", 0), persen("5%", 5))).toMatchObject({ error: "div0" });
  });

  it("rasio dengan realisasi 0 -> div0; selisih tetap dihitung", () => {
    const h = hitungCapaian(10, 0, { polaritas: "-", metode: "rasio" });
    expect(h).toMatchObject({ ok: false, error: "div0" });
    if (!h.ok) expect(h.message).toMatch(/Realisasi 0/);
    expect(hitungCapaian(10, 0, { polaritas: "-" })).toEqual({ ok: true, value: 200 });
  });

  it("nilai tertunda -> na dengan alasan dan sisi yang disebut", () => {
    const bps = tertunda("Menunggu Rilis PDRB oleh BPS 2024", "menunggu rilis BPS");
    const r = hitungCapaian(persen("5,1%", 5.1), bps);
    expect(r).toMatchObject({ ok: false, error: "na" });
    if (!r.ok) {
      expect(r.message).toMatch(/^Realisasi belum tersedia/);
      expect(r.message).toContain("Menunggu Rilis PDRB oleh BPS 2024");
      expect(r.message).toContain("menunggu rilis BPS");
    }
    const t = hitungCapaian(tertunda("Meningkat", "target berupa teks arah"), 5);
    expect(t).toMatchObject({ ok: false, error: "na" });
    if (!t.ok) expect(t.message).toMatch(/^Target belum tersedia/);
  });

  it("tidak terbaca -> value, mengutip teks asli", () => {
    const h = hitungCapaian(takTerbaca("71% 55%", "dua nilai dalam satu sel"), 60);
    expect(h).toMatchObject({ ok: false, error: "value" });
    if (!h.ok) {
      expect(h.message).toContain('"71% 55%"');
      expect(h.message).toContain("dua nilai dalam satu sel");
    }
  });

  it("tak terbaca didahulukan dari tertunda", () => {
    const h = hitungCapaian(tertunda("-", "kosong"), takTerbaca("7,,5", "pemisah ganda"));
    expect(h).toMatchObject({ ok: false, error: "value" });
  });

  it("angka tidak sah -> value", () => {
    expect(hitungCapaian(NaN, 5)).toMatchObject({ ok: false, error: "value" });
    expect(hitungCapaian(10, Infinity)).toMatchObject({ ok: false, error: "value" });
    expect(hitungCapaian(1e-300, 1e300)).toMatchObject({ ok: false, error: "value" });
  });

  describe("nilai huruf (ordinal)", () => {
    it.each([
      ["A", "A", 100],
      ["B", "A", (4 / 6) * 100],
      ["AA", "A", (7 / 6) * 100],
      ["BB", "BB", 100],
      ["A", "BB", (6 / 5) * 100],
      ["D", "AA", (1 / 7) * 100],
    ])("realisasi %s terhadap target %s -> %p", (r, t, harap) => {
      expect(hitungCapaian(huruf(t), huruf(r))).toEqual({ ok: true, value: harap });
    });

    it("huruf lebih buruk < 100, lebih baik > 100", () => {
      const buruk = hitungCapaian(huruf("A"), huruf("BB"));
      const baik = hitungCapaian(huruf("A"), huruf("AA"));
      expect(buruk.ok && buruk.value < 100).toBe(true);
      expect(baik.ok && baik.value > 100).toBe(true);
    });

    it("polaritas - tidak membalik nilai huruf, dengan catatan", () => {
      const h = hitungCapaian(huruf("A"), huruf("B"), { polaritas: "-" });
      expect(h.ok).toBe(true);
      if (h.ok) {
        expect(h.value).toBeCloseTo((4 / 6) * 100, 12);
        expect(h.notes).toHaveLength(1);
      }
    });

    it("huruf melawan angka -> value", () => {
      expect(hitungCapaian(huruf("A"), 80)).toMatchObject({ ok: false, error: "value" });
      expect(hitungCapaian(80, huruf("A"))).toMatchObject({ ok: false, error: "value" });
      expect(hitungCapaian(huruf("A"), persen("80%", 80))).toMatchObject({ error: "value" });
    });

    it("huruf melawan nilai tertunda -> na", () => {
      expect(hitungCapaian(huruf("A"), tertunda("-", "belum dievaluasi"))).toMatchObject({
        ok: false,
        error: "na",
      });
    });

    it("peringkat tidak sah -> value", () => {
      const aneh: GradeNilai = { kind: "grade", raw: "Z", grade: "Z", rank: 0 };
      expect(hitungCapaian(huruf("A"), aneh)).toMatchObject({ ok: false, error: "value" });
    });
  });

  describe("jebakan skala (pecahan vs persen)", () => {
    it("target 80 dan realisasi 0,7704 -> value yang menyebut kedua skala", () => {
      const h = hitungCapaian(80, 0.7704);
      expect(h).toMatchObject({ ok: false, error: "value" });
      if (!h.ok) {
        expect(h.message).toMatch(/berbeda skala/);
        expect(h.message).toMatch(/pecahan/);
        expect(h.message).toMatch(/persen/);
        expect(h.message).toContain("0,7704");
        expect(h.message).toContain("80");
        expect(h.message).toContain("77,04%");
      }
    });

    it("persen dari format sel (77,04) melawan angka 0,8", () => {
      const h = hitungCapaian(0.8, persen("0.7704", 77.04, true));
      expect(h).toMatchObject({ ok: false, error: "value" });
      if (!h.ok) expect(h.message).toContain("target 0,8 tampak sebagai pecahan");
    });

    it("satu persen tertulis melawan pecahan polos tetap dijebak", () => {
      expect(hitungCapaian(persen("80%", 80), 0.7704)).toMatchObject({ error: "value" });
    });

    it("dua sel berformat persen juga satu skala: 0,5% dan 60%", () => {
      const h = hitungCapaian(persen("0.005", 0.5, true), persen("0.6", 60, true));
      expect(h.ok).toBe(true);
      if (h.ok) expect(h.value).toBeCloseTo(12000, 9);
    });

    it("persen tertulis melawan persen format sel tetap diperiksa", () => {
      expect(hitungCapaian(persen("0,8%", 0.8), persen("0.7704", 77.04, true))).toMatchObject({
        ok: false,
        error: "value",
      });
    });

    it("dua persen tertulis selalu poin persen: 0.2% dan 5,77% -> 2885", () => {
      const h = hitungCapaian(persen("0.2%", 0.2), persen("5,77%", 5.77));
      expect(h.ok).toBe(true);
      if (h.ok) expect(h.value).toBeCloseTo(2885, 9);
    });

    it("angka polos tanpa satuan: 100 melawan 1 juga dijebak (tak bisa dibedakan dari 100% vs 1)", () => {
      expect(hitungCapaian(100, 1)).toMatchObject({ ok: false, error: "value" });
    });

    it.each([
      [80, 0.001, 0.00125],
      [80, 4, 5],
      [1, 1.2, 120],
      [0.5, 0.4, 80],
    ])("bukan jebakan: T=%p R=%p -> %p", (t, r, harap) => {
      const h = hitungCapaian(t, r);
      expect(h.ok).toBe(true);
      if (h.ok) expect(h.value).toBeCloseTo(harap, 10);
    });

    it("satuan hitungan (Orang) tidak dijebak: 100 orang vs 1 orang", () => {
      expect(
        hitungCapaian(jumlah("100 Orang", 100, "Orang"), jumlah("1 Orang", 1, "Orang")),
      ).toEqual({ ok: true, value: 1 });
    });
  });

  describe("satuan", () => {
    it("satuan berbeda (Dok vs %) -> tetap dihitung dengan catatan", () => {
      const h = hitungCapaian(jumlah("3 Dok", 3, "Dok"), persen("100 %", 100));
      expect(h.ok).toBe(true);
      if (h.ok) {
        expect(h.value).toBeCloseTo(3333.3333333333335, 9);
        expect(h.notes).toHaveLength(1);
        expect(h.notes?.[0]).toContain("Dok");
        expect(h.notes?.[0]).toContain("%");
      }
    });

    it("satuan sama beda huruf besar -> tanpa catatan", () => {
      expect(
        hitungCapaian(jumlah("18 Dokumen", 18, "Dokumen"), jumlah("18 dokumen", 18, "dokumen")),
      ).toEqual({ ok: true, value: 100 });
    });

    it("persen tertulis dan persen format sel dianggap satuan sama", () => {
      expect(hitungCapaian(persen("80%", 80), persen("0.8", 80, true))).toEqual({
        ok: true,
        value: 100,
      });
    });
  });

  it("opsi tidak dikenal -> value, bukan lemparan", () => {
    const polaritasAneh = { polaritas: "x" } as unknown as { polaritas: Polaritas };
    const metodeAneh = { polaritas: "-", metode: "y" } as unknown as { metode: MetodeNegatif };
    expect(hitungCapaian(10, 5, polaritasAneh)).toMatchObject({ ok: false, error: "value" });
    expect(hitungCapaian(10, 5, metodeAneh)).toMatchObject({ ok: false, error: "value" });
  });

  it("properti: tidak pernah melempar untuk double apa pun", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.constantFrom<Polaritas>("+", "-"),
        fc.constantFrom<MetodeNegatif>("selisih", "rasio", "sisa"),
        (t, r, polaritas, metode) => {
          const h = hitungCapaian(t, r, { polaritas, metode });
          if (h.ok) expect(Number.isFinite(h.value)).toBe(true);
          else expect(["value", "div0", "na"]).toContain(h.error);
        },
      ),
    );
  });
});

describe("bacaArah", () => {
  it.each([
    ["+", "+"],
    ["-", "-"],
    ["naik", "+"],
    ["Turun", "-"],
    ["MENINGKAT", "+"],
    [" menurun ", "-"],
    ["Positif", "+"],
    ["negatif", "-"],
    ["(+)", "+"],
    ["( - )", "-"],
    ["Meningkat/Naik", "+"],
    ["Menurun / Turun", "-"],
    ["\u2212", "-"],
    ["\u2013", "-"],
    ["(\u2212)", "-"],
  ])("%p -> %p", (teks, harap) => {
    expect(bacaArah(teks)).toBe(harap);
  });

  it.each([["", "?", "+/-", "Meningkat/Menurun", "tetap", "Kumulatif"]].flat())(
    "%p tidak terbaca",
    (teks) => {
      expect(bacaArah(teks)).toBeUndefined();
    },
  );

  it("bukan teks -> undefined", () => {
    expect(bacaArah(1)).toBeUndefined();
    expect(bacaArah(null)).toBeUndefined();
    expect(bacaArah(undefined)).toBeUndefined();
  });
});

describe("bacaMetodeNegatif", () => {
  it.each([
    ["selisih", "selisih"],
    ["RASIO", "rasio"],
    [" Sisa ", "sisa"],
  ])("%p -> %p", (teks, harap) => {
    expect(bacaMetodeNegatif(teks)).toBe(harap);
  });

  it.each(["", "indeks", "ratio", 3])("%p -> undefined", (teks) => {
    expect(bacaMetodeNegatif(teks)).toBeUndefined();
  });
});
