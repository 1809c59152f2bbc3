import { hitungPersenSisa, hitungSerapan, hitungSisa } from "../../src/core/anggaran";
import type { Nilai } from "../../src/core/nilai";
import { bulatkan } from "../../src/core/pembulatan";

const uang = (raw: string, value: number): Nilai => ({ kind: "number", raw, value, unit: "Rp" });
const tertunda: Nilai = { kind: "pending", raw: "-", reason: "belum ada laporan realisasi" };
const takTerbaca: Nilai = {
  kind: "unreadable",
  raw: "56.751.3042,00",
  reason: "kelompok ribuan tidak beraturan",
};

describe("hitungSerapan", () => {
  it.each([
    [12649363995, 9440925382, (9440925382 / 12649363995) * 100],
    [17276000, 17098500, (17098500 / 17276000) * 100],
    [100, 100, 100],
    [100, 0, 0],
  ])("pagu %p realisasi %p -> %p", (pagu, realisasi, harap) => {
    expect(hitungSerapan(pagu, realisasi)).toEqual({ ok: true, value: harap });
  });

  it("nilai sel (Nilai) diterima", () => {
    expect(hitungSerapan(uang("Rp 200", 200), uang("Rp 150", 150))).toEqual({
      ok: true,
      value: 75,
    });
  });

  it("pagu 0 -> div0", () => {
    expect(hitungSerapan(0, 10)).toEqual({
      ok: false,
      error: "div0",
      message: "Pagu 0: serapan anggaran tidak dapat dihitung.",
    });
  });

  it("realisasi di atas pagu tetap dihitung (> 100) dengan catatan", () => {
    const h = hitungSerapan(100, 120);
    expect(h).toMatchObject({ ok: true, value: 120 });
    if (h.ok) {
      expect(h.notes).toHaveLength(1);
      expect(h.notes?.[0]).toMatch(/melebihi pagu/);
    }
  });

  it("tertunda -> na; tak terbaca -> value dengan teks asli", () => {
    const na = hitungSerapan(100, tertunda);
    expect(na).toMatchObject({ ok: false, error: "na" });
    if (!na.ok) expect(na.message).toMatch(/^Realisasi anggaran belum tersedia/);
    const v = hitungSerapan(takTerbaca, 100);
    expect(v).toMatchObject({ ok: false, error: "value" });
    if (!v.ok) expect(v.message).toContain('"56.751.3042,00"');
  });

  it("persen bukan jumlah uang -> value", () => {
    const p: Nilai = { kind: "percent", raw: "80%", value: 80, unit: "%" };
    expect(hitungSerapan(p, 100)).toMatchObject({ ok: false, error: "value" });
  });

  it("angka tidak sah -> value", () => {
    expect(hitungSerapan(NaN, 1)).toMatchObject({ ok: false, error: "value" });
  });
});

describe("hitungSisa", () => {
  it("pagu - realisasi, tepat untuk uang besar", () => {
    expect(hitungSisa(31826684236, 28491532033)).toEqual({ ok: true, value: 3335152203 });
    expect(hitungSisa(0, 0)).toEqual({ ok: true, value: 0 });
  });

  it("sisa negatif bila realisasi melebihi pagu, dengan catatan", () => {
    const h = hitungSisa(100, 130);
    expect(h).toMatchObject({ ok: true, value: -30 });
    if (h.ok) expect(h.notes).toHaveLength(1);
  });

  it("tertunda -> na", () => {
    expect(hitungSisa(tertunda, 5)).toMatchObject({ ok: false, error: "na" });
  });
});

describe("hitungPersenSisa", () => {
  it("(pagu - realisasi) / pagu x 100", () => {
    const h = hitungPersenSisa(31826684236, 28491532033);
    expect(h.ok).toBe(true);
    // Printed as (10,48 %) in seed 001 text B.3.
    if (h.ok) expect(bulatkan(h.value, 2)).toBe(10.48);
    expect(hitungPersenSisa(200, 150)).toEqual({ ok: true, value: 25 });
  });

  it("pagu 0 -> div0; tak terbaca -> value", () => {
    expect(hitungPersenSisa(0, 0)).toMatchObject({ ok: false, error: "div0" });
    expect(hitungPersenSisa(takTerbaca, 0)).toMatchObject({ ok: false, error: "value" });
  });
});
