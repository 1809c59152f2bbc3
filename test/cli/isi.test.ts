/**
 * `kinerja fill`: each mode writes what it says into the capaian, kategori, serapan, sisa and
 * efisiensi columns, and nothing else in the workbook changes: every other cell, number format,
 * merge and sheet of the model is the same, and every zip entry except the edited sheets (and the
 * workbook's recalculation flag) is byte for byte the same.
 */
import { strFromU8, unzipSync } from "fflate";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { bacaModel, kenali } from "../../src/cli/berkas";
import { formatSel, rencanakan } from "../../src/cli/isi";
import { sheetPartPaths } from "../../src/cli/xlsx/patch";
import { a1 } from "../../src/core/a1";
import type { EditSel, ModeIsi, RencanaIsi } from "../../src/core/isi";
import { PENGATURAN_BAWAAN } from "../../src/core/pengaturan";
import type { WorkbookModel } from "../../src/core/workbook";
import { bukuIsi, bukuUji } from "./buku-uji";
import { jalankan } from "./jalankan";

jest.setTimeout(120_000);

const FIXTURE = path.join(__dirname, "..", "fixtures");
let dir: string;
const sumber: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-isi-"));
  const isi = path.join(dir, "isi.xlsx");
  await fs.writeFile(isi, await bukuIsi());
  sumber.push(isi);
  const uji = path.join(dir, "uji.xlsx");
  await fs.writeFile(uji, await bukuUji({ salahKetik: true }));
  sumber.push(uji);
  for (const f of (await fs.readdir(FIXTURE)).sort()) {
    if (f.endsWith(".xlsx")) sumber.push(path.join(FIXTURE, f));
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function model(berkas: string): Promise<{ data: Uint8Array; wb: WorkbookModel }> {
  const data = new Uint8Array(await fs.readFile(berkas));
  return { data, wb: await bacaModel(berkas, data) };
}

async function rencana(berkas: string, mode: ModeIsi): Promise<RencanaIsi> {
  const { data, wb } = await model(berkas);
  const tables = kenali(wb, PENGATURAN_BAWAAN, []);
  return rencanakan(wb, tables, PENGATURAN_BAWAAN, mode, await formatSel(data));
}

function kunciSel(sheet: string, r: number, c: number): string {
  return `${sheet}!${a1(r, c)}`;
}

/** Every cell of both models outside `diisi` must be equal (value, format, formula). */
function bedaDiLuar(
  sebelum: WorkbookModel,
  sesudah: WorkbookModel,
  diisi: ReadonlySet<string>,
  format: (sheet: string, r: number, c: number) => string | undefined,
): string[] {
  const beda: string[] = [];
  expect(sesudah.sheets.map((s) => [s.name, s.hidden === true])).toEqual(
    sebelum.sheets.map((s) => [s.name, s.hidden === true]),
  );
  sebelum.sheets.forEach((s, i) => {
    const t = sesudah.sheets[i];
    expect(t.merges).toEqual(s.merges);
    const baris = Math.max(s.cells.length, t.cells.length);
    for (let r = 0; r < baris; r++) {
      const a = s.cells[r] ?? [];
      const b = t.cells[r] ?? [];
      const kolom = Math.max(a.length, b.length);
      for (let c = 0; c < kolom; c++) {
        const k = kunciSel(s.name, r, c);
        const x = a[c];
        const y = b[c];
        if (diisi.has(k)) {
          // The filled cell keeps its style, so its number format (an empty cell's format is
          // not in the model: it is read from its style).
          const awal = x?.fmt ?? format(s.name, r, c);
          const fmtAwal = awal === undefined || awal.toLowerCase() === "general" ? "" : awal;
          if (fmtAwal !== (y?.fmt ?? "")) beda.push(`${k} format ${fmtAwal} -> ${y?.fmt}`);
          continue;
        }
        const sama = (x?.v ?? null) === (y?.v ?? null) && x?.fmt === y?.fmt && x?.f === y?.f;
        if (!sama) beda.push(`${k}: ${JSON.stringify(x)} -> ${JSON.stringify(y)}`);
      }
    }
  });
  return beda;
}

function isiSel(e: EditSel): string {
  return kunciSel(e.sheet, e.row, e.col);
}

describe.each(["formulas", "values", "functions"] as const)("fill --mode %s", (mode) => {
  it("writes what the plan says and changes nothing else", async () => {
    expect(sumber.length).toBeGreaterThan(1);
    let adaIsi = 0;
    for (const masuk of sumber) {
      const keluar = path.join(dir, `${mode}-${path.basename(masuk)}`);
      const h = await jalankan(["fill", masuk, "-o", keluar, "--mode", mode]);
      expect([path.basename(masuk), h.kode, h.stderr]).toEqual([path.basename(masuk), 0, ""]);
      expect(h.stdout.startsWith(`Ditulis: ${keluar}\n`)).toBe(true);

      const r = await rencana(masuk, mode);
      adaIsi += r.edits.length;
      const sebelum = await model(masuk);
      const sesudah = await model(keluar);
      const diisi = new Set(r.edits.map(isiSel));
      const format = (await formatSel(sebelum.data)) ?? (() => undefined);
      expect(bedaDiLuar(sebelum.wb, sesudah.wb, diisi, format)).toEqual([]);

      // Each edited cell holds exactly the formula or the value of the plan.
      const salah: string[] = [];
      for (const e of r.edits) {
        const sel = sesudah.wb.sheets.find((s) => s.name === e.sheet)?.cells[e.row]?.[e.col];
        if (e.formula !== undefined) {
          if (mode === "values") salah.push(`${isiSel(e)}: a formula in values mode`);
          if (sel?.f !== e.formula) salah.push(`${isiSel(e)}: ${sel?.f} != ${e.formula}`);
        } else if (sel?.f !== undefined || sel?.v !== e.value) {
          salah.push(`${isiSel(e)}: ${JSON.stringify(sel)} != ${JSON.stringify(e.value)}`);
        }
        if (
          mode === "functions" &&
          e.formula !== undefined &&
          !e.formula.includes("_xldudf_SAKIP_")
        ) {
          // Only a user scale (none here) or the SILPA percentage are written natively.
          if (!/^IF\(OR\(ISBLANK\([A-Z]+\d+\),ISBLANK\([A-Z]+\d+\)\),NA\(\),\(/.test(e.formula)) {
            salah.push(`${isiSel(e)}: native formula in functions mode: ${e.formula}`);
          }
        }
      }
      expect(salah).toEqual([]);

      // Zip entries: the same set (a stale calc chain aside), identical except edited sheets
      // and the workbook part's recalculation flag.
      const zipA = unzipSync(sebelum.data);
      const zipB = unzipSync(sesudah.data);
      const bagianLembar = sheetPartPaths(sebelum.data);
      const disunting = new Set(
        [...new Set(r.edits.map((e) => e.sheet))].map((s) => bagianLembar.get(s) ?? s),
      );
      const namaA = Object.keys(zipA).filter((n) => !/calcChain/i.test(n) || r.edits.length === 0);
      const namaB = Object.keys(zipB);
      expect([...namaB].sort()).toEqual(
        [...namaA]
          .filter((n) => !(r.edits.some((e) => e.formula !== undefined) && /calcChain/i.test(n)))
          .sort(),
      );
      for (const n of namaB) {
        if (disunting.has(n)) continue;
        const a = zipA[n];
        const b = zipB[n];
        if (n === "xl/workbook.xml" && r.edits.some((e) => e.formula !== undefined)) {
          expect(strFromU8(b).replace(/ fullCalcOnLoad="1"/, "")).toBe(
            strFromU8(a).replace(/ fullCalcOnLoad="1"/, ""),
          );
          expect(strFromU8(b)).toContain('fullCalcOnLoad="1"');
          continue;
        }
        if (/_rels\/workbook\.xml\.rels$|\[Content_Types\]\.xml$/.test(n)) {
          // Only the calc chain's entry may go.
          expect(strFromU8(b).replace(/<[^>]*calcChain[^>]*>/g, "")).toBe(
            strFromU8(a).replace(/<[^>]*calcChain[^>]*>/g, ""),
          );
          continue;
        }
        expect([n, Buffer.from(b).equals(Buffer.from(a))]).toEqual([n, true]);
      }
    }
    expect(adaIsi).toBeGreaterThan(0);
  });
});

describe("fill output", () => {
  it("lists what was filled per table and column, and what was skipped and why", async () => {
    const masuk = sumber[0];
    const keluar = path.join(dir, "laporan.xlsx");
    const h = await jalankan(["fill", masuk, "-o", keluar]);
    expect(h.kode).toBe(0);
    const tunggu =
      'Realisasi belum tersedia ("Menunggu Rilis BPS"): menunggu rilis data: Menunggu Rilis BPS.';
    expect(h.stdout).toBe(
      [
        `Ditulis: ${keluar}`,
        "  'Pengukuran 2023'!A3:H11 (pengukuran)",
        '    G   capaian     "Capaian"                      5 rumus, 2 nilai, 1 dilewati',
        '    H   kategori    "Kategori"                     7 rumus, 0 nilai, 1 dilewati',
        "  'Anggaran'!A3:G7 (anggaran)",
        '    E   serapan     "Serapan (%)"                  3 rumus, 1 nilai, 0 dilewati',
        '    F   sisa        "SILPA (Rp)"                   3 rumus, 1 nilai, 0 dilewati',
        '    G   persen_sisa "Persentase SILPA (%)"         3 rumus, 1 nilai, 0 dilewati',
        "  'Efisiensi'!A3:E6 (efisiensi)",
        '    E   efisiensi   "Tingkat Efisiensi"            2 rumus, 1 nilai, 0 dilewati',
        "Sel dilewati: 2",
        `  'Pengukuran 2023' capaian: ${tunggu} [G7]`,
        `  'Pengukuran 2023' kategori: ${tunggu} [H7]`,
        "Kolom tidak diisi:",
        "  'Efisiensi'!A3:E6 C capaian: Tabel tidak memiliki kolom target dan realisasi untuk kolom ini.",
        "  'Efisiensi'!A3:E6 D serapan: Tabel tidak memiliki kolom pagu dan realisasi anggaran untuk kolom ini.",
        "",
      ].join("\n"),
    );
    const fungsi = await jalankan(["fill", masuk, "-o", keluar, "--mode", "functions"]);
    expect(fungsi.stdout).toContain("Rumus SAKIP.* hanya menghitung bila add-in Kinerja terpasang");
  });

  it("gives exit 2 for a workbook it cannot read, and writes nothing", async () => {
    const masuk = path.join(FIXTURE, "xlsx", "encrypted.xlsx");
    const keluar = path.join(dir, "tidak-ditulis.xlsx");
    const h = await jalankan(["fill", masuk, "-o", keluar]);
    expect(h.kode).toBe(2);
    expect(h.stderr).toMatch(/^.*encrypted\.xlsx: Berkas dilindungi kata sandi/);
    await expect(fs.stat(keluar)).rejects.toThrow();
  });
});
