import fc from "fast-check";
import { capaianAngka, type MetodeNegatif, type Polaritas } from "../../src/core/capaian";
import { hitungEfisiensi, type MetodeEfisiensi } from "../../src/core/efisiensi";
import { kategori, skalaDariTabel, skalaPreset, type Skala } from "../../src/core/kategori";
import {
  angkaRumus,
  fungsiCapaian,
  fungsiEfisiensi,
  fungsiKategori,
  fungsiSerapan,
  fungsiSisa,
  namaFungsiSakip,
  rumusCapaian,
  rumusEfisiensi,
  rumusKategori,
  rumusPersenSisa,
  rumusSerapan,
  rumusSisa,
  teksRumus,
} from "../../src/core/rumus-excel";

// ---- A small evaluator of the formula subset the builder emits ---------------------------------
// LibreOffice is the real judge (test/cli/libreoffice.test.ts); this one runs everywhere and lets
// the kategori chains be checked against the engine over thousands of values.

type Nilai = number | string | boolean | { galat: string } | null;

function evaluasi(rumus: string, sel: Record<string, number | string | null>): Nilai {
  const token = rumus.match(
    /"(?:[^"]|"")*"|\d+(?:\.\d+)?(?:E-?\d+)?|[A-Z_][A-Z0-9_.]*|<=|>=|<>|[-+*/(),<>=]/g,
  );
  if (token === null) throw new Error(`kosong: ${rumus}`);
  if (token.join("").length !== rumus.replace(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "").length) {
    throw new Error(`token tak dikenal: ${rumus}`);
  }
  let i = 0;
  const lihat = (): string | undefined => token[i];
  const ambil = (t?: string): string => {
    const x = token[i++];
    if (t !== undefined && x !== t) throw new Error(`harap ${t}, dapat ${x} di ${rumus}`);
    return x;
  };
  const galat = (x: Nilai): x is { galat: string } =>
    typeof x === "object" && x !== null && "galat" in x;
  const angka = (x: Nilai): number | { galat: string } => {
    if (galat(x)) return x;
    if (x === null) return 0;
    if (typeof x === "number") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    return { galat: "#VALUE!" };
  };
  const argumen = (): Nilai[] => {
    ambil("(");
    const a: Nilai[] = [];
    if (lihat() === ")") {
      ambil(")");
      return a;
    }
    for (;;) {
      a.push(banding());
      if (lihat() === ",") ambil(",");
      else break;
    }
    ambil(")");
    return a;
  };
  const dasar = (): Nilai => {
    const t = ambil();
    if (t === "(") {
      const x = banding();
      ambil(")");
      return x;
    }
    if (t === "-") {
      const x = angka(dasar());
      return galat(x) ? x : -x;
    }
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(t)) return Number(t);
    if (lihat() === "(") {
      if (t === "IF") {
        ambil("(");
        const syarat = banding();
        ambil(",");
        // Evaluate both branches lazily enough: parse both, pick one.
        const ya = banding();
        let tidak: Nilai = false;
        if (lihat() === ",") {
          ambil(",");
          tidak = banding();
        }
        ambil(")");
        if (galat(syarat)) return syarat;
        return angka(syarat) !== 0 ? ya : tidak;
      }
      const a = argumen();
      if (t === "NA") return { galat: "#N/A" };
      if (t === "ISBLANK") return a[0] === null;
      if (t === "OR" || t === "AND") {
        const g = a.find(galat);
        if (g !== undefined) return g;
        const b = a.map((x) => angka(x) !== 0);
        return t === "OR" ? b.some(Boolean) : b.every(Boolean);
      }
      throw new Error(`fungsi ${t}`);
    }
    if (!(t in sel)) throw new Error(`sel ${t} tidak ada`);
    return sel[t];
  };
  const kali = (): Nilai => {
    let x = dasar();
    while (lihat() === "*" || lihat() === "/") {
      const op = ambil();
      const y = dasar();
      const a = angka(x);
      const b = angka(y);
      if (galat(a)) x = a;
      else if (galat(b)) x = b;
      else if (op === "/" && b === 0) x = { galat: "#DIV/0!" };
      else x = op === "*" ? a * b : a / b;
    }
    return x;
  };
  const tambah = (): Nilai => {
    let x = kali();
    while (lihat() === "+" || lihat() === "-") {
      const op = ambil();
      const y = kali();
      const a = angka(x);
      const b = angka(y);
      x = galat(a) ? a : galat(b) ? b : op === "+" ? a + b : a - b;
    }
    return x;
  };
  const banding = (): Nilai => {
    const x = tambah();
    const op = lihat();
    if (op !== "<" && op !== ">" && op !== "<=" && op !== ">=" && op !== "=" && op !== "<>") {
      return x;
    }
    ambil();
    const y = tambah();
    const a = angka(x);
    const b = angka(y);
    if (galat(a)) return a;
    if (galat(b)) return b;
    switch (op) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
      case "=":
        return a === b;
      default:
        return a !== b;
    }
  };
  const hasil = banding();
  if (i !== token.length) throw new Error(`sisa token di ${rumus}`);
  return hasil;
}

function kategoriMesin(x: number, skala: Skala): string {
  const h = kategori(x, skala);
  return h.ok ? h.value : "#N/A";
}

function teksHasil(x: Nilai): Nilai {
  return typeof x === "object" && x !== null ? x.galat : x;
}

describe("rumusCapaian", () => {
  it("writes each method's formula with the blank guard, as stored in OOXML", () => {
    const plus = { polaritas: "+", metode: "selisih" } as const;
    expect(rumusCapaian("D5", "E5", plus)).toBe("IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),E5/D5*100)");
    expect(rumusCapaian("D5", "E5", { polaritas: "-", metode: "selisih" })).toBe(
      "IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),(2*D5-E5)/D5*100)",
    );
    expect(rumusCapaian("D5", "E5", { polaritas: "-", metode: "rasio" })).toBe(
      "IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),100/(E5/D5))",
    );
    expect(rumusCapaian("D5", "E5", { polaritas: "-", metode: "sisa" })).toBe(
      "IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),(D5-E5)/D5*100)",
    );
  });

  it("writes the fraction into a percent-formatted capaian cell", () => {
    expect(
      rumusCapaian("D5", "E5", { polaritas: "+", metode: "selisih", hasilPecahan: true }),
    ).toBe("IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),E5/D5)");
  });

  it("scales a percent-formatted input only when the other side is in percent points", () => {
    const plus = { polaritas: "+", metode: "selisih" } as const;
    expect(rumusCapaian({ ref: "D5", pecahan: true }, { ref: "E5", pecahan: true }, plus)).toBe(
      "IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),E5/D5*100)",
    );
    const campur = rumusCapaian({ ref: "D5", pecahan: true }, "E5", plus);
    expect(campur).toBe("IF(OR(ISBLANK(D5),ISBLANK(E5)),NA(),E5/(D5*100)*100)");
    expect(evaluasi(campur, { D5: 0.8, E5: 76.5 })).toBe((76.5 / (0.8 * 100)) * 100);
  });

  it("takes LAMBDA parameter names as well as cells", () => {
    expect(rumusCapaian("target", "realisasi", { polaritas: "-", metode: "rasio" })).toBe(
      "IF(OR(ISBLANK(target),ISBLANK(realisasi)),NA(),100/(realisasi/target))",
    );
  });

  const polaritas = fc.constantFrom<Polaritas>("+", "-");
  const metode = fc.constantFrom<MetodeNegatif>("selisih", "rasio", "sisa");
  const angka = fc.oneof(
    fc.integer({ min: -1000, max: 100000 }),
    // Subnormal inputs overflow to infinity, which the engine reports as out of range.
    fc
      .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
      .filter((x) => x === 0 || Math.abs(x) > 1e-9),
    fc.constant(0),
  );

  it("computes the engine's kernel exactly, with #DIV/0! for a zero divisor", () => {
    fc.assert(
      fc.property(angka, angka, polaritas, metode, (t, r, p, m) => {
        const hasil = evaluasi(rumusCapaian("T", "R", { polaritas: p, metode: m }), { T: t, R: r });
        const mesin = capaianAngka(t, r, p, m);
        if (Number.isNaN(mesin)) expect(teksHasil(hasil)).toBe("#DIV/0!");
        else if (p === "-" && m === "rasio") {
          expect(typeof hasil).toBe("number");
          expect(Math.abs((hasil as number) - mesin)).toBeLessThanOrEqual(Math.abs(mesin) * 1e-12);
        }
        // A spreadsheet has no negative zero.
        else expect(typeof hasil === "number" ? hasil + 0 : hasil).toBe(mesin + 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives #N/A when either input is empty", () => {
    const rumus = rumusCapaian("T", "R", { polaritas: "+", metode: "selisih" });
    expect(teksHasil(evaluasi(rumus, { T: null, R: 5 }))).toBe("#N/A");
    expect(teksHasil(evaluasi(rumus, { T: 0, R: null }))).toBe("#N/A");
    expect(teksHasil(evaluasi(rumus, { T: 0, R: 5 }))).toBe("#DIV/0!");
  });
});

describe("rumusKategori", () => {
  it("reads the default scale as planners write it", () => {
    expect(rumusKategori("G5", skalaPreset("permendagri86"))).toBe(
      'IF(ISBLANK(G5),NA(),IF(G5>90,"Sangat Tinggi",IF(G5>75,"Tinggi",IF(G5>65,"Sedang",' +
        'IF(G5>50,"Rendah","Sangat Rendah")))))',
    );
    expect(rumusKategori("G5", skalaPreset("permendagri86-bulat"))).toBe(
      'IF(ISBLANK(G5),NA(),IF(G5>=91,"Sangat Tinggi",IF(G5>=76,"Tinggi",IF(G5>=66,"Sedang",' +
        'IF(G5>=51,"Rendah","Sangat Rendah")))))',
    );
    expect(rumusKategori({ ref: "G5", pecahan: true }, skalaPreset("atribut"))).toBe(
      'IF(ISBLANK(G5),NA(),IF((G5*100)>=85,"Sangat Berhasil",IF((G5*100)>=70,"Berhasil",' +
        'IF((G5*100)>=55,"Cukup Berhasil","Tidak Berhasil"))))',
    );
  });

  it("inlines an expression without a blank test of its own", () => {
    const cap = rumusCapaian("D5", "E5", { polaritas: "+", metode: "selisih" });
    const rumus = rumusKategori({ rumus: cap }, skalaPreset("atribut"));
    expect(rumus.startsWith(`IF((${cap})>=85,"Sangat Berhasil",`)).toBe(true);
    expect(teksHasil(evaluasi(rumus, { D5: 80, E5: 60 }))).toBe("Berhasil");
    expect(teksHasil(evaluasi(rumus, { D5: 80, E5: null }))).toBe("#N/A");
    expect(teksHasil(evaluasi(rumus, { D5: 0, E5: 3 }))).toBe("#DIV/0!");
  });

  it("escapes quotes in labels", () => {
    const { skala } = skalaDariTabel([
      [50, 'Baik "sekali"'],
      [0, "Kurang"],
    ]);
    expect(skala).toBeDefined();
    expect(rumusKategori("A1", skala as Skala)).toContain('"Baik ""sekali"""');
    expect(teksRumus('a"b')).toBe('"a""b"');
  });

  const skalaUji: [string, Skala][] = [
    ["permendagri86", skalaPreset("permendagri86")],
    ["permendagri86-bulat", skalaPreset("permendagri86-bulat")],
    ["atribut", skalaPreset("atribut")],
    [
      "tabel bawah-atas dengan puncak 100 dan dasar 0",
      skalaDariTabel([
        [91, 100, "ST"],
        [76, 90, "T"],
        [0, 75, "R"],
      ]).skala as Skala,
    ],
    [
      "tabel dengan celah",
      skalaDariTabel([
        ["> 80", "A"],
        ["40 - 60", "B"],
        ["< 20", "C"],
      ]).skala as Skala,
    ],
    [
      "tabel naik (terendah dulu)",
      skalaDariTabel([
        [0, "Kurang"],
        [60, "Cukup"],
        [80, "Baik"],
      ]).skala as Skala,
    ],
  ];

  it.each(skalaUji)("gives the engine's label for every capaian: %s", (_nama, skala) => {
    const rumus = rumusKategori("C", skala);
    const batas = skala.bands.flatMap((b) => [b.min, b.max]).filter((x) => x !== undefined);
    const nilai = new Set<number>([-10, 0, 150, 200, 250]);
    for (const b of batas as number[])
      for (const d of [-0.5, -0.001, 0, 0.001, 0.5]) nilai.add(b + d);
    for (let x = -5; x <= 130; x += 0.25) nilai.add(x);
    for (const x of nilai) {
      expect([x, teksHasil(evaluasi(rumus, { C: x }))]).toEqual([x, kategoriMesin(x, skala)]);
    }
    expect(teksHasil(evaluasi(rumus, { C: null }))).toBe("#N/A");
  });
});

describe("budget and efficiency formulas", () => {
  it("serapan, sisa and the SILPA percentage", () => {
    expect(rumusSerapan("F5", "G5")).toBe("IF(OR(ISBLANK(F5),ISBLANK(G5)),NA(),G5/F5*100)");
    expect(rumusSerapan("F5", "G5", { hasilPecahan: true })).toBe(
      "IF(OR(ISBLANK(F5),ISBLANK(G5)),NA(),G5/F5)",
    );
    expect(rumusSisa("F5", "G5")).toBe("IF(OR(ISBLANK(F5),ISBLANK(G5)),NA(),F5-G5)");
    expect(rumusPersenSisa("F5", "G5")).toBe("IF(OR(ISBLANK(F5),ISBLANK(G5)),NA(),(F5-G5)/F5*100)");
    expect(teksHasil(evaluasi(rumusSerapan("P", "R"), { P: 0, R: 10 }))).toBe("#DIV/0!");
    expect(evaluasi(rumusSerapan("P", "R"), { P: 2000000, R: 1500000 })).toBe(75);
    expect(evaluasi(rumusSisa("P", "R"), { P: 2000000, R: 1500000 })).toBe(500000);
    expect(evaluasi(rumusPersenSisa("P", "R"), { P: 2000000, R: 1500000 })).toBe(25);
  });

  it("efisiensi by method, with a percent-formatted result cell", () => {
    expect(rumusEfisiensi("H5", "I5", "selisih")).toBe(
      "IF(OR(ISBLANK(H5),ISBLANK(I5)),NA(),H5-I5)",
    );
    expect(rumusEfisiensi("H5", "I5", "rasio", { hasilPecahan: true })).toBe(
      "IF(OR(ISBLANK(H5),ISBLANK(I5)),NA(),H5/I5)",
    );
    expect(rumusEfisiensi("H5", "I5", "indeks", { hasilPecahan: true })).toBe(
      "IF(OR(ISBLANK(H5),ISBLANK(I5)),NA(),H5/I5)",
    );
    expect(
      rumusEfisiensi("H5", { ref: "I5", pecahan: true }, "selisih", { hasilPecahan: true }),
    ).toBe("IF(OR(ISBLANK(H5),ISBLANK(I5)),NA(),(H5-(I5*100))/100)");
    for (const m of ["selisih", "rasio", "indeks"] as MetodeEfisiensi[]) {
      for (const [c, s] of [
        [104.5, 88.25],
        [50, 0],
        [0, 75],
      ]) {
        const h = hitungEfisiensi(c, s, m);
        const f = evaluasi(rumusEfisiensi("C", "S", m), { C: c, S: s });
        expect(h.ok ? h.value : "#DIV/0!").toBe(teksHasil(f));
      }
    }
  });
});

describe("SAKIP.* calls", () => {
  it("uses the stored name of add-in functions and scales percent-formatted inputs", () => {
    expect(namaFungsiSakip("KATEGORI.EFISIENSI")).toBe("_xldudf_SAKIP_KATEGORI_EFISIENSI");
    expect(
      fungsiCapaian("D5", { ref: "E5", pecahan: true }, { polaritas: "-", metode: "rasio" }),
    ).toBe('_xldudf_SAKIP_CAPAIAN(D5,(E5*100),"-","rasio")');
    expect(
      fungsiCapaian("D5", "E5", { polaritas: "+", metode: "selisih", hasilPecahan: true }),
    ).toBe('_xldudf_SAKIP_CAPAIAN(D5,E5,"+","selisih")/100');
    expect(fungsiKategori("G5", "permendagri86")).toBe(
      '_xldudf_SAKIP_KATEGORI(G5,"permendagri86")',
    );
    expect(fungsiSerapan("F5", "G5")).toBe("_xldudf_SAKIP_SERAPAN(F5,G5)");
    expect(fungsiSisa("F5", "G5")).toBe("_xldudf_SAKIP_SISA(F5,G5)");
    expect(fungsiEfisiensi("H5", "I5", "rasio", { hasilPecahan: true })).toBe(
      '_xldudf_SAKIP_EFISIENSI(H5,I5,"rasio")',
    );
    expect(fungsiEfisiensi("H5", "I5", "indeks", { hasilPecahan: true })).toBe(
      '_xldudf_SAKIP_EFISIENSI(H5,I5,"indeks")/100',
    );
  });

  it("writes number literals as Excel reads them", () => {
    expect(angkaRumus(90)).toBe("90");
    expect(angkaRumus(75.5)).toBe("75.5");
    expect(angkaRumus(1e-7)).toBe("1E-7");
    expect(angkaRumus(1e21)).toBe("1E21");
  });
});
