import {
  cariSkalaPreset,
  kategori,
  periksaSkala,
  PRESET_SKALA_IDS,
  skalaDariTabel,
  skalaPreset,
  teksPita,
  type Skala,
} from "../../src/core/kategori";

function label(x: number, skala: Skala): string | undefined {
  const h = kategori(x, skala);
  return h.ok ? h.value : undefined;
}

describe("skala preset", () => {
  it.each([
    [100, "Sangat Tinggi"],
    [90.0001, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.0001, "Tinggi"],
    [75, "Sedang"],
    [65.0001, "Sedang"],
    [65, "Rendah"],
    [65.1, "Sedang"],
    [50.0001, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [455.2, "Sangat Tinggi"],
  ])("permendagri86: %p -> %s", (x, harap) => {
    expect(label(x, skalaPreset("permendagri86"))).toBe(harap);
  });

  it.each([
    [100, "Sangat Tinggi"],
    [232, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [90.5, "Tinggi"],
    [90, "Tinggi"],
    [76, "Tinggi"],
    [75.5, "Sedang"],
    [66, "Sedang"],
    [65.1, "Rendah"],
    [62.85, "Rendah"],
    [51, "Rendah"],
    [50.5, "Sangat Rendah"],
    [50, "Sangat Rendah"],
    [-3, "Sangat Rendah"],
  ])("permendagri86-bulat: %p -> %s", (x, harap) => {
    expect(label(x, skalaPreset("permendagri86-bulat"))).toBe(harap);
  });

  it.each([
    [100, "Sangat Berhasil"],
    [85, "Sangat Berhasil"],
    [84.99, "Berhasil"],
    [70, "Berhasil"],
    [69.99, "Cukup Berhasil"],
    [55, "Cukup Berhasil"],
    [54.99, "Tidak Berhasil"],
    [0, "Tidak Berhasil"],
  ])("atribut: %p -> %s", (x, harap) => {
    expect(label(x, skalaPreset("atribut"))).toBe(harap);
  });

  it.each(PRESET_SKALA_IDS.map((id) => [id]))("preset %s tanpa celah/tumpang tindih", (id) => {
    const s = skalaPreset(id);
    expect(s.id).toBe(id);
    expect(s.outlierAbove).toBe(200);
    expect(periksaSkala(s)).toEqual([]);
  });

  it("preset adalah salinan baru tiap kali", () => {
    const a = skalaPreset("atribut");
    a.bands[0].label = "diubah";
    expect(skalaPreset("atribut").bands[0].label).toBe("Sangat Berhasil");
  });

  it("cariSkalaPreset: huruf besar kecil bebas; tak dikenal -> undefined", () => {
    expect(cariSkalaPreset("PERMENDAGRI86-Bulat")?.id).toBe("permendagri86-bulat");
    expect(cariSkalaPreset(" atribut ")?.id).toBe("atribut");
    expect(cariSkalaPreset("permendagri")).toBeUndefined();
  });
});

describe("kategori: catatan dan galat", () => {
  it("di atas 200 -> tetap pita teratas dengan catatan outlier", () => {
    const h = kategori(232, skalaPreset("permendagri86"));
    expect(h).toMatchObject({ ok: true, value: "Sangat Tinggi" });
    if (h.ok) {
      expect(h.notes).toHaveLength(1);
      expect(h.notes?.[0]).toMatch(/outlier/);
      expect(h.notes?.[0]).toContain("232");
    }
  });

  it("tepat 200 bukan outlier", () => {
    expect(kategori(200, skalaPreset("permendagri86"))).toEqual({
      ok: true,
      value: "Sangat Tinggi",
    });
  });

  it("capaian negatif -> catatan", () => {
    const h = kategori(-20, skalaPreset("permendagri86"));
    expect(h).toMatchObject({ ok: true, value: "Sangat Rendah" });
    if (h.ok) expect(h.notes?.[0]).toMatch(/negatif/);
  });

  it("NaN -> value", () => {
    expect(kategori(NaN, skalaPreset("permendagri86"))).toMatchObject({
      ok: false,
      error: "value",
    });
  });

  it("skala tanpa pita -> value", () => {
    expect(kategori(50, { id: "x", nama: "kosong", bands: [] })).toMatchObject({
      ok: false,
      error: "value",
    });
  });

  it("di celah skala pengguna -> na dengan batas celah", () => {
    const { skala } = skalaDariTabel([
      [91, 100, "Sangat Tinggi"],
      [76, 90, "Tinggi"],
      [66, 75, "Sedang"],
      [51, 65, "Rendah"],
      ["", 50, "Sangat Rendah"],
    ]);
    expect(skala).toBeDefined();
    if (!skala) return;
    expect(kategori(65.1, skala)).toEqual({
      ok: false,
      error: "na",
      message: "capaian 65,1 berada di celah skala antara 65 dan 66.",
    });
    expect(kategori(90.5, skala)).toMatchObject({ ok: false, error: "na" });
    expect(label(91, skala)).toBe("Sangat Tinggi");
    expect(label(90, skala)).toBe("Tinggi");
    expect(label(50, skala)).toBe("Sangat Rendah");
    const atas = kategori(150, skala);
    expect(atas).toMatchObject({ ok: true, value: "Sangat Tinggi" });
    if (atas.ok) expect(atas.notes?.[0]).toMatch(/melebihi batas atas pita teratas \(100\)/);
  });

  it("di bawah batas terendah -> na", () => {
    const { skala } = skalaDariTabel([
      [85, "Sangat Berhasil"],
      [70, "Berhasil"],
    ]);
    if (!skala) throw new Error("skala tidak terbentuk");
    const h = kategori(60, skala);
    expect(h).toMatchObject({ ok: false, error: "na" });
    if (!h.ok) expect(h.message).toMatch(/di bawah batas terendah skala \(70\)/);
  });
});

describe("skalaDariTabel", () => {
  it("dua kolom (batas bawah | label), menurun", () => {
    const { skala, masalah } = skalaDariTabel([
      [85, "Sangat Berhasil"],
      [70, "Berhasil"],
      [55, "Cukup Berhasil"],
      ["-", "Tidak Berhasil"],
    ]);
    expect(masalah).toEqual([]);
    expect(skala?.bands).toEqual(skalaPreset("atribut").bands);
  });

  it("dua kolom naik dianggap berurutan", () => {
    const { skala, masalah } = skalaDariTabel([
      ["<", "Tidak Berhasil"],
      ["55", "Cukup Berhasil"],
      ["70", "Berhasil"],
      ["85", "Sangat Berhasil"],
    ]);
    expect(masalah).toEqual([]);
    expect(skala?.bands.map((b) => b.label)).toEqual([
      "Sangat Berhasil",
      "Berhasil",
      "Cukup Berhasil",
      "Tidak Berhasil",
    ]);
  });

  it("tidak berurutan -> diurutkan dan dilaporkan", () => {
    const { skala, masalah } = skalaDariTabel([
      [70, "Berhasil"],
      [85, "Sangat Berhasil"],
      ["", "Tidak Berhasil"],
      [55, "Cukup Berhasil"],
    ]);
    expect(masalah.map((m) => m.jenis)).toEqual(["urutan"]);
    expect(skala?.bands).toEqual(skalaPreset("atribut").bands);
  });

  it("teks pertidaksamaan: > 90, 90,5, ≥ 91, <= 50", () => {
    const { skala, masalah } = skalaDariTabel([
      ["> 90", "Sangat Tinggi"],
      ["> 75", "Tinggi"],
      ["> 65", "Sedang"],
      ["> 50", "Rendah"],
      ["<= 50", "Sangat Rendah"],
    ]);
    expect(masalah).toEqual([]);
    expect(skala?.bands).toEqual(skalaPreset("permendagri86").bands);

    const b = skalaDariTabel([
      ["≥ 91", "A"],
      ["90,5", "B"],
    ]);
    expect(b.skala?.bands).toEqual([
      { label: "A", min: 91, minInclusive: true, maxInclusive: false },
      { label: "B", min: 90.5, minInclusive: true, max: 91, maxInclusive: false },
    ]);
  });

  it("tiga kolom seperti Tabel 3.1: celah 50-51, 65-66, 75-76, 90-91", () => {
    const { skala, masalah } = skalaDariTabel([
      ["91", "100", "Sangat Tinggi"],
      ["76", "90", "Tinggi"],
      ["66", "75", "Sedang"],
      ["51", "65", "Rendah"],
      ["", "≤ 50", "Sangat Rendah"],
    ]);
    expect(skala?.bands).toHaveLength(5);
    expect(masalah.map((m) => m.jenis)).toEqual(["celah", "celah", "celah", "celah"]);
    expect(masalah[3].pesan).toBe(
      "Celah skala antara 90 (Tinggi) dan 91 (Sangat Tinggi): capaian di antaranya tidak mendapat kategori.",
    );
  });

  it("rentang dalam satu sel: `$91 \\leq 100$`, `76 - 90`, `66 s/d 75`", () => {
    const { skala } = skalaDariTabel([
      ["$91 \\leq 100$", "Sangat Tinggi"],
      ["76 - 90", "Tinggi"],
      ["66 s/d 75", "Sedang"],
    ]);
    expect(skala?.bands.map((b) => [b.min, b.max, b.minInclusive, b.maxInclusive])).toEqual([
      [91, 100, true, true],
      [76, 90, true, true],
      [66, 75, true, true],
    ]);
  });

  it("bentuk `75 < x <= 90`", () => {
    const { skala } = skalaDariTabel([["75 < x ≤ 90", "Tinggi"]]);
    expect(skala?.bands).toEqual([
      { label: "Tinggi", min: 75, minInclusive: false, max: 90, maxInclusive: true },
    ]);
  });

  it("label di depan: Sangat Tinggi | 91 | 100", () => {
    const { skala, masalah } = skalaDariTabel([
      ["Sangat Tinggi", 91, 100],
      ["Tinggi", 76, 90.99],
    ]);
    expect(masalah.map((m) => m.jenis)).toEqual(["celah"]);
    expect(skala?.bands[0]).toEqual({
      label: "Sangat Tinggi",
      min: 91,
      minInclusive: true,
      max: 100,
      maxInclusive: true,
    });
  });

  it("tumpang tindih dilaporkan", () => {
    const { masalah } = skalaDariTabel([
      [80, 100, "Sangat Tinggi"],
      [70, 85, "Tinggi"],
    ]);
    expect(masalah.map((m) => m.jenis)).toEqual(["tumpang-tindih"]);
    expect(masalah[0].pesan).toMatch(/Tinggi .* dan Sangat Tinggi .* tumpang tindih/);
  });

  it("batas sama inklusif di dua pita -> tumpang tindih", () => {
    const { masalah } = skalaDariTabel([
      [90, 100, "A"],
      [75, 90, "B"],
    ]);
    expect(masalah).toEqual([
      { jenis: "tumpang-tindih", pesan: "Batas 90 masuk ke pita B dan A sekaligus." },
    ]);
  });

  it("batas bawah ganda -> tumpang tindih", () => {
    const { masalah } = skalaDariTabel([
      [85, "A"],
      [85, "B"],
    ]);
    expect(masalah.map((m) => m.jenis)).toEqual(["tumpang-tindih"]);
  });

  it("batas tak terbaca dan label kosong -> batas-tidak-terbaca, baris lain tetap dipakai", () => {
    const { skala, masalah } = skalaDariTabel([
      ["sembilan puluh", "Sangat Tinggi"],
      [75, ""],
      [50, "Rendah"],
      [70, true],
    ]);
    expect(masalah.map((m) => m.jenis)).toEqual([
      "batas-tidak-terbaca",
      "batas-tidak-terbaca",
      "batas-tidak-terbaca",
    ]);
    expect(masalah[0].pesan).toContain('"sembilan puluh"');
    expect(masalah[1].pesan).toMatch(/label kategori kosong/);
    expect(skala?.bands.map((b) => b.label)).toEqual(["Rendah"]);
  });

  it("tabel kosong -> kosong, tanpa skala", () => {
    expect(skalaDariTabel([])).toEqual({
      masalah: [{ jenis: "kosong", pesan: "Tabel skala kosong: tidak ada pita kategori." }],
    });
    const hanyaKosong = skalaDariTabel([
      ["", ""],
      [null, undefined],
    ]);
    expect(hanyaKosong.skala).toBeUndefined();
    expect(hanyaKosong.masalah.map((m) => m.jenis)).toEqual(["kosong"]);
  });

  it("semua baris tak terbaca -> tanpa skala", () => {
    const h = skalaDariTabel([["x", "y"]]);
    expect(h.skala).toBeUndefined();
    expect(h.masalah.map((m) => m.jenis)).toEqual(["batas-tidak-terbaca"]);
  });
});

describe("periksaSkala", () => {
  it("skala tanpa pita -> kosong", () => {
    expect(periksaSkala({ id: "x", nama: "x", bands: [] }).map((m) => m.jenis)).toEqual(["kosong"]);
  });

  it("urutan naik -> urutan", () => {
    const s = skalaPreset("atribut");
    s.bands.reverse();
    expect(periksaSkala(s).map((m) => m.jenis)).toEqual(["urutan"]);
  });

  it("pita terbalik (bawah > atas) -> urutan", () => {
    const m = periksaSkala({
      id: "x",
      nama: "x",
      bands: [{ label: "A", min: 90, minInclusive: true, max: 80, maxInclusive: true }],
    });
    expect(m.map((x) => x.jenis)).toEqual(["urutan"]);
  });

  it("satu titik terlewat (< 90 dan > 90) -> celah", () => {
    const m = periksaSkala({
      id: "x",
      nama: "x",
      bands: [
        { label: "A", min: 90, minInclusive: false, maxInclusive: false },
        { label: "B", max: 90, minInclusive: false, maxInclusive: false },
      ],
    });
    expect(m).toEqual([
      {
        jenis: "celah",
        pesan:
          "Capaian tepat 90 tidak mendapat kategori: B berakhir sebelumnya dan A mulai sesudahnya.",
      },
    ]);
  });
});

describe("teksPita", () => {
  it.each([
    [skalaPreset("permendagri86").bands[0], "x > 90"],
    [skalaPreset("permendagri86").bands[1], "75 < x ≤ 90"],
    [skalaPreset("permendagri86").bands[4], "x ≤ 50"],
    [skalaPreset("atribut").bands[0], "x ≥ 85"],
    [skalaPreset("atribut").bands[1], "70 ≤ x < 85"],
  ])("%p -> %s", (band, harap) => {
    expect(teksPita(band)).toBe(harap);
  });
});
