/**
 * The bodies of the named functions, parameters replaced by cells, written as ordinary formulas
 * into a copy of the rich fixture (which also carries the names themselves), recalculated by
 * LibreOffice and compared with the engine. LibreOffice does not evaluate LAMBDA; the bodies are
 * what Excel evaluates inside it. Inputs: the real rows of /work/shared/vectors plus edge cases.
 */
import { readFileSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { hitungSerapan, hitungSisa } from "../../src/core/anggaran";
import { bacaArah, hitungCapaian, type MetodeNegatif } from "../../src/core/capaian";
import { hitungEfisiensi, type MetodeEfisiensi } from "../../src/core/efisiensi";
import { GALAT_EXCEL } from "../../src/core/isi";
import { kategori, skalaPreset, type PresetSkalaId } from "../../src/core/kategori";
import { bodiDenganSel, fungsiBukuKerja, type DefinisiNama } from "../../src/core/nama-fungsi";
import { bacaNilai } from "../../src/core/nilai";
import { PENGATURAN_BAWAAN, type Pengaturan } from "../../src/core/pengaturan";
import type { Result } from "../../src/core/result";
import { pasangFungsi } from "../../src/cli/nama";
import { patchWorkbook, type CellEdit } from "../../src/cli/xlsx/patch";
import { bacaHasil, hitungUlang, type NilaiHasil } from "./libreoffice";

jest.setTimeout(300_000);

const KAYA = path.join(__dirname, "..", "fixtures", "xlsx", "rich.xlsx");
const VEKTOR = "/work/shared/vectors";
const LEMBAR = "Catatan";
const AWAL = 10;

type Harapan = number | string;
type Isi = number | string | null;

interface Uji {
  ref: string;
  rumus: string;
  harapan: Harapan;
  uraian: string;
}

function def(nama: DefinisiNama["nama"], p: Partial<Pengaturan> = {}): DefinisiNama {
  const d = fungsiBukuKerja({ ...PENGATURAN_BAWAAN, ...p }).find((x) => x.nama === nama);
  if (d === undefined) throw new Error(nama);
  return d;
}

function dariHasil(h: Result<number | string>): Harapan {
  return h.ok ? h.value : GALAT_EXCEL[h.error];
}

function angka(s: string | undefined): number | null {
  if (s === undefined || s.trim() === "") return null;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}

/** Numeric (target, realisasi) and (pagu, realisasi anggaran) pairs of the real documents. */
function barisVektor(): { kinerja: [Isi, Isi][]; uang: [Isi, Isi][] } {
  const kinerja = new Map<string, [Isi, Isi]>();
  const uang = new Map<string, [Isi, Isi]>();
  for (const f of ["vectors-000-001.tsv", "vectors-002.tsv"]) {
    const baris = readFileSync(path.join(VEKTOR, f), "utf8").split("\n");
    const kepala = baris[0].split("\t");
    const i = (k: string) => kepala.indexOf(k);
    for (const b of baris.slice(1)) {
      const c = b.split("\t");
      const t = angka(c[i("target")]);
      const r = angka(c[i("realisasi")]);
      // The engine refuses a pair that mixes a fraction with percent points (scale trap); a
      // native formula cannot see the cell's text to do the same, so such pairs are left out.
      if (t !== null && r !== null && hitungCapaian(t, r).ok) kinerja.set(`${t}|${r}`, [t, r]);
      const p = angka(c[i("pagu")]);
      const ra = angka(c[i("realisasi_anggaran")]);
      if (p !== null && ra !== null) uang.set(`${p}|${ra}`, [p, ra]);
    }
  }
  return { kinerja: [...kinerja.values()].slice(0, 40), uang: [...uang.values()].slice(0, 40) };
}

const KOLOM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ARAH: (string | null | undefined)[] = [
  undefined,
  null,
  "+",
  "naik",
  "Meningkat",
  "-",
  "TURUN",
  "menurun",
  "Negatif",
  "xyz",
];
const METODE_NEGATIF: MetodeNegatif[] = ["selisih", "rasio", "sisa"];
const SKALA: PresetSkalaId[] = ["permendagri86", "permendagri86-bulat", "atribut"];
const METODE_EFISIENSI: MetodeEfisiensi[] = ["selisih", "rasio", "indeks"];

describe("named-function bodies recalculated by LibreOffice", () => {
  const uji: Uji[] = [];
  const edits: CellEdit[] = [];
  let baris = AWAL;

  function isi(row: number, col: number, v: Isi): void {
    if (v !== null) edits.push({ sheet: LEMBAR, row, col, value: v });
  }
  function ref(row: number, col: number): string {
    return `${KOLOM[col]}${row + 1}`;
  }
  function rumus(row: number, col: number, r: string, harapan: Harapan, uraian: string): void {
    edits.push({ sheet: LEMBAR, row, col, formula: r });
    uji.push({ ref: ref(row, col), rumus: r, harapan, uraian });
  }

  const vektor = barisVektor();
  // ---- CAPAIAN: every arah word (omitted, blank, unknown) under each negative method ------
  const pasangan: [Isi, Isi][] = [
    ...vektor.kinerja,
    [80, 76],
    [0, 5],
    [0, 0],
    [5, 0],
    [null, 5],
    [5, null],
    [null, null],
    [-10, 5],
  ];
  for (const [t, r] of pasangan) {
    for (const arah of ARAH) {
      const row = baris++;
      isi(row, 0, t);
      isi(row, 1, r);
      if (arah !== undefined) isi(row, 2, arah);
      METODE_NEGATIF.forEach((metode, j) => {
        const sel: Record<string, string> = { target: ref(row, 0), realisasi: ref(row, 1) };
        if (arah !== undefined) sel.arah = ref(row, 2);
        const polaritas = arah === undefined || arah === null ? "+" : bacaArah(arah);
        const harapan =
          polaritas === undefined
            ? "#VALUE!"
            : dariHasil(hitungCapaian(bacaNilai(t), bacaNilai(r), { polaritas, metode }));
        rumus(
          row,
          3 + j,
          bodiDenganSel(def("CAPAIAN", { metodeNegatif: metode }), sel),
          harapan,
          `T=${t} R=${r} arah=${String(arah)} ${metode}`,
        );
      });
    }
  }

  // ---- KATEGORI for each preset scale ------------------------------------------------------
  const capaian: (number | null)[] = [
    -5,
    0,
    50,
    50.001,
    55,
    65,
    65.5,
    70,
    75,
    75.5,
    76,
    85,
    90,
    90.5,
    91,
    100,
    100.5,
    150,
    250,
    null,
  ];
  for (const c of capaian) {
    const row = baris++;
    isi(row, 0, c);
    SKALA.forEach((s, j) => {
      const harapan = c === null ? "#N/A" : dariHasil(kategori(c, skalaPreset(s)));
      rumus(
        row,
        3 + j,
        bodiDenganSel(def("KATEGORI", { skala: s }), { capaian: ref(row, 0) }),
        harapan,
        `${s} ${c}`,
      );
    });
  }

  // ---- SERAPAN, SISA -----------------------------------------------------------------------
  const uang: [Isi, Isi][] = [...vektor.uang, [0, 0], [0, 10], [null, 10], [10, null], [500, 650]];
  for (const [p, r] of uang) {
    const row = baris++;
    isi(row, 0, p);
    isi(row, 1, r);
    const sel = { pagu: ref(row, 0), realisasi: ref(row, 1) };
    rumus(
      row,
      3,
      bodiDenganSel(def("SERAPAN"), sel),
      dariHasil(hitungSerapan(bacaNilai(p), bacaNilai(r))),
      `serapan P=${p} R=${r}`,
    );
    rumus(
      row,
      4,
      bodiDenganSel(def("SISA"), sel),
      dariHasil(hitungSisa(bacaNilai(p), bacaNilai(r))),
      `sisa P=${p} R=${r}`,
    );
  }

  // ---- EFISIENSI per method ----------------------------------------------------------------
  const efisiensi: [number | null, number | null][] = [
    [104.5, 88.25],
    [76.5, 95.1],
    [50, 0],
    [0, 75],
    [null, 75],
    [75, null],
  ];
  for (const [c, s] of efisiensi) {
    const row = baris++;
    isi(row, 0, c);
    isi(row, 1, s);
    METODE_EFISIENSI.forEach((m, j) => {
      const harapan = c === null || s === null ? "#N/A" : dariHasil(hitungEfisiensi(c, s, m));
      rumus(
        row,
        3 + j,
        bodiDenganSel(def("EFISIENSI", { metodeEfisiensi: m }), {
          capaian: ref(row, 0),
          serapan: ref(row, 1),
        }),
        harapan,
        `efisiensi ${m} C=${c} S=${s}`,
      );
    });
  }

  let hasil: Map<string, NilaiHasil> | undefined;

  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-nama-lo-"));
    // The copy carries the LAMBDA names too: LibreOffice must still open and compute it.
    const bernama = pasangFungsi(new Uint8Array(readFileSync(KAYA)), PENGATURAN_BAWAAN, false);
    if (bernama.data === undefined) throw new Error("nama bentrok pada fixture");
    const berkas = path.join(dir, "nama.xlsx");
    await fs.writeFile(berkas, patchWorkbook(bernama.data, edits));
    const [keluar] = await hitungUlang([berkas]);
    hasil = bacaHasil(new Uint8Array(await fs.readFile(keluar))).get(LEMBAR);
  });

  it("covers values, every error and every category", () => {
    expect(vektor.kinerja.length).toBeGreaterThanOrEqual(20);
    expect(vektor.uang.length).toBeGreaterThanOrEqual(10);
    const jenis = new Set(uji.map((u) => (typeof u.harapan === "number" ? "angka" : u.harapan)));
    for (const j of [
      "angka",
      "#N/A",
      "#DIV/0!",
      "#VALUE!",
      "Sangat Tinggi",
      "Sangat Rendah",
      "Sangat Berhasil",
    ]) {
      expect(jenis).toContain(j);
    }
  });

  it("gives the engine's value or error in every cell", () => {
    const beda: string[] = [];
    for (const u of uji) {
      const v = hasil?.get(u.ref);
      const got = v !== null && typeof v === "object" ? v.galat : v;
      const cocok =
        typeof u.harapan === "number"
          ? typeof got === "number" &&
            Math.abs(got - u.harapan) <= 1e-9 * Math.max(1, Math.abs(u.harapan))
          : got === u.harapan;
      if (!cocok)
        beda.push(
          `${u.ref} ${u.uraian}: ${u.rumus} -> ${JSON.stringify(got)}, harap ${JSON.stringify(u.harapan)}`,
        );
    }
    expect(beda).toEqual([]);
  });
});
