import {
  NAMA_FUNGSI,
  PENANDA_KOMENTAR,
  badanRumus,
  bodiDenganSel,
  fungsiBukuKerja,
} from "../../src/core/nama-fungsi";
import { PENGATURAN_BAWAAN, type Pengaturan } from "../../src/core/pengaturan";
import {
  rumusCapaian,
  rumusEfisiensi,
  rumusKategori,
  rumusSerapan,
  rumusSisa,
} from "../../src/core/rumus-excel";
import { skalaPreset } from "../../src/core/kategori";

const P: Pengaturan = { ...PENGATURAN_BAWAAN };

function def(nama: string, p: Pengaturan = P) {
  const d = fungsiBukuKerja(p).find((x) => x.nama === nama);
  if (d === undefined) throw new Error(nama);
  return d;
}

describe("fungsiBukuKerja", () => {
  it("gives the five names in order, each marked as ours with an Indonesian comment", () => {
    const defs = fungsiBukuKerja(P);
    expect(defs.map((d) => d.nama)).toEqual([...NAMA_FUNGSI]);
    for (const d of defs) {
      expect(d.komentar.startsWith(`${PENANDA_KOMENTAR} `)).toBe(true);
      // Excel's Name Manager keeps at most 255 characters of a comment.
      expect(d.komentar.length).toBeLessThanOrEqual(255);
    }
    expect(def("KATEGORI").komentar).toContain("Permendagri 86/2017 (pertidaksamaan)");
    expect(def("CAPAIAN").komentar).toContain("metode selisih");
  });

  it("declares parameters, optional ones in brackets", () => {
    const c = def("CAPAIAN");
    expect(c.parameter).toEqual(["target", "realisasi", "arah"]);
    expect(c.opsional).toEqual(["arah"]);
    expect(c.rumus.startsWith("=LAMBDA(target,realisasi,[arah],IF(ISOMITTED(arah),")).toBe(true);
    expect(def("SISA").rumus).toBe(
      "=LAMBDA(pagu,realisasi,IF(OR(ISBLANK(pagu),ISBLANK(realisasi)),NA(),pagu-realisasi))",
    );
  });

  it("takes every body from the native-formula builder", () => {
    expect(badanRumus(def("SERAPAN"))).toBe(rumusSerapan("pagu", "realisasi"));
    expect(badanRumus(def("SISA"))).toBe(rumusSisa("pagu", "realisasi"));
    expect(badanRumus(def("KATEGORI"))).toBe(
      rumusKategori("capaian", skalaPreset("permendagri86")),
    );
    const atribut = def("KATEGORI", { ...P, skala: "atribut" });
    expect(badanRumus(atribut)).toBe(rumusKategori("capaian", skalaPreset("atribut")));
    for (const m of ["selisih", "rasio", "indeks"] as const) {
      const e = def("EFISIENSI", { ...P, metodeEfisiensi: m });
      expect(badanRumus(e)).toBe(rumusEfisiensi("capaian", "serapan", m));
      expect(e.komentar).toContain(`metode ${m}`);
    }
    for (const m of ["selisih", "rasio", "sisa"] as const) {
      const c = badanRumus(def("CAPAIAN", { ...P, metodeNegatif: m }));
      expect(c).toContain(rumusCapaian("target", "realisasi", { polaritas: "-", metode: m }));
      expect(c).toContain(rumusCapaian("target", "realisasi", { polaritas: "+", metode: m }));
    }
  });

  it("stores the form Excel saves: _xlfn. on future functions, _xlpm. on parameters", () => {
    const s = def("SISA").rumusXml;
    expect(s).toBe(
      "_xlfn.LAMBDA(_xlpm.pagu,_xlpm.realisasi,IF(OR(ISBLANK(_xlpm.pagu),ISBLANK(_xlpm.realisasi)),NA(),_xlpm.pagu-_xlpm.realisasi))",
    );
    const c = def("CAPAIAN").rumusXml;
    expect(
      c.startsWith(
        "_xlfn.LAMBDA(_xlpm.target,_xlpm.realisasi,[_xlpm.arah],IF(_xlfn.ISOMITTED(_xlpm.arah),",
      ),
    ).toBe(true);
    // Text literals untouched, error literal untouched, no bare parameter left.
    expect(c).toContain('_xlpm.arah="naik"');
    expect(c).toContain("#VALUE!");
    const tanpaTeks = c.replace(/"(?:[^"]|"")*"/g, "");
    expect(tanpaTeks.replace(/_xlpm\.(target|realisasi|arah)/g, "")).not.toMatch(
      /\b(target|realisasi|arah)\b/,
    );
    // Labels that contain a parameter's word stay as they are.
    const k = def("KATEGORI", {
      ...P,
      skala: {
        id: "uji",
        nama: "Uji",
        bands: [{ label: "capaian baik", min: 50, minInclusive: true, maxInclusive: false }],
      },
    });
    expect(k.rumusXml).toContain('"capaian baik"');
    expect(k.rumusXml).toContain("_xlpm.capaian>=50");
  });

  it("replaces parameters by cells for an ordinary formula", () => {
    const c = def("CAPAIAN");
    const dengan = bodiDenganSel(c, { target: "D5", realisasi: "E5", arah: "H5" });
    expect(dengan).not.toMatch(/ISOMITTED|target|realisasi|\barah\b/);
    expect(
      dengan.startsWith('IF(FALSE(),IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),E5/D5*100),IF(OR(H5="",'),
    ).toBe(true);
    const tanpa = bodiDenganSel(c, { target: "D5", realisasi: "E5" });
    expect(tanpa.startsWith("IF(TRUE(),")).toBe(true);
    expect(tanpa).toContain('OR(""="",');
    expect(bodiDenganSel(def("SISA"), { pagu: "'T 1'!B2", realisasi: "C2" })).toBe(
      "IF(OR(ISBLANK('T 1'!B2),ISBLANK(C2)),NA(),'T 1'!B2-C2)",
    );
  });
});
