/**
 * The task pane's figures, each group measured in its own child process (like bench/check.ts):
 *   - scan (bacaBukuKerja + recognize) and fill (tulisIsian) against the in-memory Excel on a
 *     measurement table of 1.000, 10.000 and 100.000 rows: syncs and milliseconds;
 *   - the task pane bundle after gzip (taskpane.js and its chunks, production build);
 *   - page load to interactive in the preview: Debian Chromium through playwright-core, from
 *     navigation start to the pane's first tab being visible, median of 3 cold starts.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { PENGATURAN_BAWAAN } from "../src/core/pengaturan";
import { rencanaIsi } from "../src/core/isi";
import { recognize } from "../src/core/tabel/tabel";
import type { Cell, WorkbookModel } from "../src/core/workbook";
import { bacaBukuKerja } from "../src/excel/baca";
import { bukuKerjaPalsu } from "../src/excel/palsu";
import { tulisIsian, type Isian } from "../src/excel/tulis";
import { bangun, bukaChromium, layani } from "../test/e2e/bantu";
import { daftarkan, median } from "./ukur";

const AKAR = path.resolve(__dirname, "..");
export const UKURAN_PANE = [1_000, 10_000, 100_000] as const;
const EXCEL_API = "1.17";

function baris(...sel: (string | number | null)[]): (Cell | undefined)[] {
  return sel.map((v) => (v === null ? undefined : { v }));
}

/** One measurement table of `n` rows; capaian and kategori empty, for the fill to compute. */
export function bukuPengukuranBesar(n: number): WorkbookModel {
  const cells: (Cell | undefined)[][] = [
    baris("PENGUKURAN KINERJA TAHUN 2023"),
    [],
    baris("No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Kategori"),
  ];
  for (let i = 0; i < n; i++) {
    const target = 50 + (i % 50);
    const realisasi = Math.round(target * (0.6 + ((i * 37) % 60) / 100) * 100) / 100;
    cells.push(
      baris(
        i + 1,
        `Meningkatnya kualitas layanan ${Math.floor(i / 5) + 1}`,
        `Persentase layanan tuntas ${i + 1}`,
        "%",
        target,
        realisasi,
        null,
        null,
      ),
    );
  }
  return { sheets: [{ name: "Pengukuran", cells, merges: [] }] };
}

export interface UkuranPane {
  scanSyncs: number;
  scanMs: number;
  fillSyncs: number;
  fillMs: number;
  sel: number;
}

export async function ukurPindaiIsi(n: number): Promise<UkuranPane> {
  const buku = bukuKerjaPalsu(bukuPengukuranBesar(n), { excelApi: EXCEL_API });
  const t0 = performance.now();
  const bacaan = await buku.run((ctx) => bacaBukuKerja(ctx, { excelApi: EXCEL_API }));
  const tabel = recognize(bacaan);
  const scanMs = performance.now() - t0;
  const scanSyncs = buku.syncCount;

  const rencana = rencanaIsi(bacaan, tabel, PENGATURAN_BAWAAN, "formulas");
  const isian: Isian[] = rencana.edits.map((e) =>
    e.formula !== undefined
      ? { sheet: e.sheet, row: e.row, col: e.col, formula: e.formula }
      : { sheet: e.sheet, row: e.row, col: e.col, value: e.value ?? null },
  );
  buku.resetStatistik();
  const t1 = performance.now();
  const hasil = await buku.run((ctx) => tulisIsian(ctx, isian, { excelApi: EXCEL_API }));
  const fillMs = performance.now() - t1;
  return { scanSyncs, scanMs, fillSyncs: buku.syncCount, fillMs, sel: hasil.sel };
}

/** gzip of taskpane.js plus the chunks it loads (files not named after another entry). */
export function ukuranPaneGzipKb(folder: string): number {
  const entriLain = new Set(["functions.js", "preview.js"]);
  const berkas = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".js") && !entriLain.has(f))
    .filter((f) => f === "taskpane.js" || /^\d+(\.[\w-]+)?\.js$/.test(f));
  let bytes = 0;
  for (const f of berkas) {
    bytes += zlib.gzipSync(fs.readFileSync(path.join(folder, f)), { level: 9 }).length;
  }
  return bytes / 1024;
}

async function waktuInteraktifMs(url: string): Promise<number> {
  const peramban = await bukaChromium();
  try {
    const page = peramban.konteks.pages()[0] ?? (await peramban.konteks.newPage());
    await page.goto(url);
    await page.getByRole("tab", { name: "Kalkulator" }).waitFor({ timeout: 60_000 });
    // performance.now() counts from the navigation start of the document.
    return await page.evaluate(() => performance.now());
  } finally {
    await peramban.tutup();
  }
}

async function anakMuat(): Promise<Record<string, number>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-bench-pane-"));
  try {
    bangun(folder, "production");
    const kb = ukuranPaneGzipKb(folder);
    const server = await layani(folder);
    try {
      const ms: number[] = [];
      for (let i = 0; i < 3; i++) ms.push(await waktuInteraktifMs(`${server.url}/preview.html`));
      return { pane_js_gzip_kb: kb, preview_interactive_ms: median(ms) };
    } finally {
      await server.tutup();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function anakPane(): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const n of UKURAN_PANE) {
    const u = await ukurPindaiIsi(n);
    const k = n >= 1000 ? `${n / 1000}k` : String(n);
    hasil[`pane_scan_${k}_syncs`] = u.scanSyncs;
    hasil[`pane_scan_${k}_ms`] = u.scanMs;
    hasil[`pane_fill_${k}_syncs`] = u.fillSyncs;
    hasil[`pane_fill_${k}_ms`] = u.fillMs;
    hasil[`pane_fill_${k}_cells`] = u.sel;
  }
  return hasil;
}

const tembolok = new Map<string, Record<string, number>>();

function dariAnak(kelompok: "pane" | "muat", nama: string): number {
  let hasil = tembolok.get(kelompok);
  if (hasil === undefined) {
    const proses = spawnSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", __filename, "--anak", kelompok],
      {
        cwd: AKAR,
        env: { ...process.env, TS_NODE_PROJECT: path.join(AKAR, "tsconfig.test.json") },
        encoding: "utf8",
        maxBuffer: 1 << 20,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    if (proses.status !== 0) {
      throw new Error(`bench pane (${kelompok}) gagal: status ${String(proses.status)}`);
    }
    const baris = proses.stdout.trim().split("\n");
    hasil = JSON.parse(baris[baris.length - 1]) as Record<string, number>;
    tembolok.set(kelompok, hasil);
  }
  const nilai = hasil[nama];
  if (typeof nilai !== "number") throw new Error(`bench pane: ${nama} tidak terukur`);
  return nilai;
}

export function daftarkanPane(): void {
  for (const n of UKURAN_PANE) {
    const k = `${n / 1000}k`;
    const label = `${n.toLocaleString("id-ID")} baris di Excel tiruan`;
    daftarkan({
      nama: `pane_scan_${k}_syncs`,
      label: `Pindai (bacaBukuKerja), ${label}`,
      satuan: "sync",
      tujuan: { jenis: "max", nilai: n >= 100_000 ? 16 : 4 },
      ukur: () => dariAnak("pane", `pane_scan_${k}_syncs`),
    });
    daftarkan({
      nama: `pane_scan_${k}_ms`,
      label: `Pindai (bacaBukuKerja + recognize), ${label}`,
      satuan: "ms",
      tujuan: { jenis: "max", nilai: n >= 100_000 ? 5000 : 1000 },
      ukur: () => dariAnak("pane", `pane_scan_${k}_ms`),
    });
    daftarkan({
      nama: `pane_fill_${k}_syncs`,
      label: `Isi (tulisIsian), ${label}`,
      satuan: "sync",
      tujuan: { jenis: "max", nilai: n >= 100_000 ? 16 : 4 },
      ukur: () => dariAnak("pane", `pane_fill_${k}_syncs`),
    });
    daftarkan({
      nama: `pane_fill_${k}_ms`,
      label: `Isi (tulisIsian, rumus), ${label}`,
      satuan: "ms",
      tujuan: { jenis: "max", nilai: n >= 100_000 ? 5000 : 1000 },
      ukur: () => dariAnak("pane", `pane_fill_${k}_ms`),
    });
  }
  daftarkan({
    nama: "pane_js_gzip_kb",
    label: "panel tugas (taskpane.js dan chunk-nya) setelah gzip",
    satuan: "KB",
    tujuan: { jenis: "max", nilai: 400 },
    ukur: () => dariAnak("muat", "pane_js_gzip_kb"),
  });
  daftarkan({
    nama: "preview_interactive_ms",
    label: "pratinjau: muat halaman sampai panel bisa dipakai, Chromium, median 3",
    satuan: "ms",
    tujuan: { jenis: "max", nilai: 3000 },
    ukur: () => dariAnak("muat", "preview_interactive_ms"),
  });
}

if (require.main === module && process.argv.includes("--anak")) {
  const kelompok = process.argv[process.argv.indexOf("--anak") + 1];
  const kerja = kelompok === "muat" ? anakMuat() : anakPane();
  kerja.then(
    (hasil) => process.stdout.write(`${JSON.stringify(hasil)}\n`),
    (galat: unknown) => {
      console.error(galat);
      process.exit(1);
    },
  );
}
