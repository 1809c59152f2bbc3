/**
 * The formula builder over a generated grid of inputs (every method, both polarities, target 0,
 * empty inputs, percent-formatted cells, every preset scale and a user scale with gaps),
 * recalculated by LibreOffice in one batch and compared with the engine.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { hitungPersenSisa, hitungSerapan, hitungSisa } from "../../src/core/anggaran";
import { hitungCapaian, type MetodeNegatif, type Polaritas } from "../../src/core/capaian";
import { hitungEfisiensi, type MetodeEfisiensi } from "../../src/core/efisiensi";
import { kategori, skalaDariTabel, skalaPreset, type Skala } from "../../src/core/kategori";
import { bacaNilai } from "../../src/core/nilai";
import type { Result } from "../../src/core/result";
import {
  rumusCapaian,
  rumusEfisiensi,
  rumusKategori,
  rumusPersenSisa,
  rumusSerapan,
  rumusSisa,
  type Masukan,
} from "../../src/core/rumus-excel";
import { GALAT_EXCEL } from "../../src/core/isi";
import { bacaHasil, hitungUlang, type NilaiHasil } from "./libreoffice";

jest.setTimeout(300_000);

type Harapan = number | string;

interface Sel {
  v: number | null;
  persen?: boolean;
}

interface Uji {
  lembar: string;
  /** 1-based row, column letter. */
  ref: string;
  rumus: string;
  harapan: Harapan;
  uraian: string;
}

function dariHasil(h: Result<number | string>, bagi = 1): Harapan {
  if (!h.ok) return GALAT_EXCEL[h.error];
  return typeof h.value === "number" ? h.value / bagi : h.value;
}

function baca(s: Sel) {
  return bacaNilai(s.v, { percentFormat: s.persen === true });
}

function masukan(ref: string, s: Sel): Masukan {
  return { ref, pecahan: s.persen === true };
}

const KOLOM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function tulisInput(ws: ExcelJS.Worksheet, ref: string, s: Sel): void {
  const c = ws.getCell(ref);
  if (s.v !== null) c.value = s.v;
  if (s.persen === true) c.numFmt = "0.00%";
}

describe("formula builder recalculated by LibreOffice", () => {
  const uji: Uji[] = [];
  const wb = new ExcelJS.Workbook();

  // ---- Capaian ------------------------------------------------------------------------------
  const pasangan: [Sel, Sel][] = [
    [{ v: 80 }, { v: 76 }],
    [{ v: 80 }, { v: 88 }],
    [{ v: 100 }, { v: 100 }],
    [{ v: 12.44 }, { v: 5.6 }],
    [{ v: 3952453098 }, { v: 2049872123 }],
    [{ v: 0 }, { v: 5 }],
    [{ v: 0 }, { v: 0 }],
    [{ v: 5 }, { v: 0 }],
    [{ v: -10 }, { v: 5 }],
    [{ v: 20 }, { v: 45 }],
    [{ v: null }, { v: 5 }],
    [{ v: 5 }, { v: null }],
    [{ v: null }, { v: null }],
    [
      { v: 0.8, persen: true },
      { v: 0.765, persen: true },
    ],
    [{ v: 0.8, persen: true }, { v: 76.5 }],
    [
      { v: 0, persen: true },
      { v: 0.5, persen: true },
    ],
  ];
  const cara: [Polaritas, MetodeNegatif][] = [
    ["+", "selisih"],
    ["-", "selisih"],
    ["-", "rasio"],
    ["-", "sisa"],
  ];
  const wsC = wb.addWorksheet("Capaian");
  pasangan.forEach(([t, r], i) => {
    const row = i + 1;
    tulisInput(wsC, `A${row}`, t);
    tulisInput(wsC, `B${row}`, r);
    let k = 2;
    for (const pecahan of [false, true]) {
      for (const [polaritas, metode] of cara) {
        const ref = `${KOLOM[k++]}${row}`;
        const rumus = rumusCapaian(masukan(`A${row}`, t), masukan(`B${row}`, r), {
          polaritas,
          metode,
          hasilPecahan: pecahan,
        });
        const h = hitungCapaian(baca(t), baca(r), { polaritas, metode });
        uji.push({
          lembar: "Capaian",
          ref,
          rumus,
          harapan: dariHasil(h, pecahan ? 100 : 1),
          uraian: `T=${t.v}${t.persen ? "%" : ""} R=${r.v}${r.persen ? "%" : ""} ${polaritas}${metode}${pecahan ? " pecahan" : ""}`,
        });
      }
    }
  });

  // ---- Kategori -----------------------------------------------------------------------------
  const skala: [string, Skala][] = [
    ["permendagri86", skalaPreset("permendagri86")],
    ["permendagri86-bulat", skalaPreset("permendagri86-bulat")],
    ["atribut", skalaPreset("atribut")],
    [
      "pengguna",
      skalaDariTabel([
        [91, 100, "ST"],
        [80, 90, "A"],
        [40, 60, "B"],
        ["< 20", null, "C"],
      ]).skala as Skala,
    ],
  ];
  const nilaiKategori: Sel[] = [
    ...[
      -5, 0, 19.999, 20, 40, 50, 50.001, 55, 60, 65, 65.5, 70, 75, 75.001, 76, 80, 84.999, 85, 90,
      90.5, 91, 100, 100.5, 150, 250,
    ].map((v) => ({ v })),
    { v: null },
    { v: 0.905, persen: true },
    { v: 0.75, persen: true },
  ];
  const wsK = wb.addWorksheet("Kategori");
  nilaiKategori.forEach((c, i) => {
    const row = i + 1;
    tulisInput(wsK, `A${row}`, c);
    skala.forEach(([nama, s], j) => {
      const h: Result<string> =
        c.v === null
          ? { ok: false, error: "na", message: "" }
          : kategori(c.persen === true ? c.v * 100 : c.v, s);
      uji.push({
        lembar: "Kategori",
        ref: `${KOLOM[j + 1]}${row}`,
        rumus: rumusKategori(masukan(`A${row}`, c), s),
        harapan: dariHasil(h),
        uraian: `${nama} ${c.v}${c.persen ? "%" : ""}`,
      });
    });
  });

  // ---- Anggaran -----------------------------------------------------------------------------
  const uang: [Sel, Sel][] = [
    [{ v: 1000000 }, { v: 750000 }],
    [{ v: 12649363995 }, { v: 11983447102 }],
    [{ v: 500 }, { v: 650 }],
    [{ v: 0 }, { v: 0 }],
    [{ v: 0 }, { v: 10 }],
    [{ v: null }, { v: 10 }],
    [{ v: 10 }, { v: null }],
  ];
  const wsA = wb.addWorksheet("Anggaran");
  uang.forEach(([p, r], i) => {
    const row = i + 1;
    tulisInput(wsA, `A${row}`, p);
    tulisInput(wsA, `B${row}`, r);
    const mp = masukan(`A${row}`, p);
    const mr = masukan(`B${row}`, r);
    const isi: [string, string, Harapan][] = [
      ["C", rumusSerapan(mp, mr), dariHasil(hitungSerapan(baca(p), baca(r)))],
      [
        "D",
        rumusSerapan(mp, mr, { hasilPecahan: true }),
        dariHasil(hitungSerapan(baca(p), baca(r)), 100),
      ],
      ["E", rumusSisa(mp, mr), dariHasil(hitungSisa(baca(p), baca(r)))],
      ["F", rumusPersenSisa(mp, mr), dariHasil(hitungPersenSisa(baca(p), baca(r)))],
    ];
    for (const [k, rumus, harapan] of isi) {
      uji.push({
        lembar: "Anggaran",
        ref: `${k}${row}`,
        rumus,
        harapan,
        uraian: `P=${p.v} R=${r.v} ${k}`,
      });
    }
  });

  // ---- Efisiensi ----------------------------------------------------------------------------
  const efisiensi: [Sel, Sel][] = [
    [{ v: 104.5 }, { v: 88.25 }],
    [{ v: 76.5 }, { v: 95.1 }],
    [{ v: 50 }, { v: 0 }],
    [{ v: 0 }, { v: 75 }],
    [{ v: 1.045, persen: true }, { v: 88.25 }],
    [{ v: null }, { v: 75 }],
  ];
  const metodeEf: MetodeEfisiensi[] = ["selisih", "rasio", "indeks"];
  const wsE = wb.addWorksheet("Efisiensi");
  efisiensi.forEach(([c, s], i) => {
    const row = i + 1;
    tulisInput(wsE, `A${row}`, c);
    tulisInput(wsE, `B${row}`, s);
    let k = 2;
    for (const pecahan of [false, true]) {
      for (const m of metodeEf) {
        const cv = c.v === null ? null : c.persen === true ? c.v * 100 : c.v;
        const h: Result<number> =
          cv === null || s.v === null
            ? { ok: false, error: "na", message: "" }
            : hitungEfisiensi(cv, s.v, m);
        const bagi = pecahan && m !== "rasio" ? 100 : 1;
        uji.push({
          lembar: "Efisiensi",
          ref: `${KOLOM[k++]}${row}`,
          rumus: rumusEfisiensi(masukan(`A${row}`, c), masukan(`B${row}`, s), m, {
            hasilPecahan: pecahan,
          }),
          harapan: dariHasil(h, bagi),
          uraian: `C=${c.v} S=${s.v} ${m}${pecahan ? " pecahan" : ""}`,
        });
      }
    }
  });

  for (const u of uji) {
    wb.getWorksheet(u.lembar)!.getCell(u.ref).value = {
      formula: u.rumus,
    } as ExcelJS.CellFormulaValue;
  }

  let hasil: Map<string, Map<string, NilaiHasil>>;

  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-grid-"));
    const berkas = path.join(dir, "grid.xlsx");
    await wb.xlsx.writeFile(berkas);
    const [keluar] = await hitungUlang([berkas]);
    hasil = bacaHasil(new Uint8Array(await fs.readFile(keluar)));
  });

  it("covers every method and case", () => {
    expect(uji.length).toBe(16 * 8 + 28 * 4 + 7 * 4 + 6 * 6);
    const harapan = uji.map((u) => (typeof u.harapan === "number" ? "angka" : u.harapan));
    for (const jenis of [
      "angka",
      "#N/A",
      "#DIV/0!",
      "Sangat Tinggi",
      "Tidak Berhasil",
      "ST",
      "C",
    ]) {
      expect(harapan).toContain(jenis);
    }
  });

  it("gives the engine's value or error in every cell", () => {
    const beda: string[] = [];
    for (const u of uji) {
      const v = hasil.get(u.lembar)?.get(u.ref);
      const got = v !== null && typeof v === "object" ? v.galat : v;
      const cocok =
        typeof u.harapan === "number"
          ? typeof got === "number" &&
            Math.abs(got - u.harapan) <= 1e-9 * Math.max(1, Math.abs(u.harapan))
          : got === u.harapan;
      if (!cocok) {
        beda.push(
          `${u.lembar}!${u.ref} ${u.uraian}: ${u.rumus} -> ${JSON.stringify(got)}, harap ${JSON.stringify(u.harapan)}`,
        );
      }
    }
    expect(beda).toEqual([]);
  });
});
