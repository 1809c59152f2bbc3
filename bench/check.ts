/**
 * `kinerja check` at the scale of a Bappeda: one workbook of 50 offices x (Renstra, PK,
 * pengukuran, anggaran), about 50.000 data rows, generated deterministically with exceljs.
 *
 * Each measurement runs in its own child process, so that the workbook's generation does not
 * weigh on the timings or on the peak memory (the child's maximum resident set size, as the
 * operating system counts it):
 *   - exceljs reading the file alone;
 *   - `readWorkbook` (exceljs plus the model), then recognition and checks alone on the model.
 * The goal of the issue: recognition and checks cost at most half of the exceljs read.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { acak, daftarkan, median } from "./ukur";

const AKAR = path.resolve(__dirname, "..");
export const JUMLAH_KANTOR = 50;

// ---- The workbook ------------------------------------------------------------------------------

// Units that agree with the indicator's first word (no unit-mismatch by construction).
const SATUAN = ["%", "indeks", "dokumen", "%", "%"];
const AWALAN = ["Persentase", "Indeks", "Jumlah", "Rasio", "Tingkat"];

function dua(n: number): string {
  return String(n).padStart(2, "0");
}

function judulTebal(ws: ExcelJS.Worksheet, baris: number[]): void {
  for (const b of baris) ws.getRow(b).font = { bold: true };
}

interface Indikator {
  nama: string;
  satuan: string;
  target: number;
  realisasi: number;
}

/** One office: its sheets appended to `wb`; returns the number of data rows written. */
function kantor(wb: ExcelJS.Workbook, k: number, acakK: () => number): number {
  const nama = `Dinas ${dua(k)}`;
  const indikator: Indikator[][] = [];
  for (let s = 0; s < 50; s++) {
    const daftar: Indikator[] = [];
    for (let i = 0; i < 5; i++) {
      const j = (s * 5 + i) % AWALAN.length;
      const target = Math.round(40 + acakK() * 60);
      daftar.push({
        nama: `${AWALAN[j]} capaian layanan ${s + 1}.${i + 1} ${nama}`,
        satuan: SATUAN[j],
        target,
        realisasi: Math.round(target * (0.6 + acakK() * 0.6) * 100) / 100,
      });
    }
    indikator.push(daftar);
  }
  let baris = 0;

  // Renstra: 5 tujuan, 10 sasaran each, 5 indicators per sasaran; targets per year.
  const rs = wb.addWorksheet(`K${dua(k)} Renstra`);
  rs.addRow([`Tabel 2.1 Tujuan, Sasaran dan Target Kinerja Renstra 2021-2026 ${nama}`]);
  rs.addRow([]);
  rs.addRow([
    "No",
    "Tujuan/Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Kondisi Awal",
    "Target Kinerja pada Tahun",
    null,
    null,
    null,
    null,
    "Target Akhir Renstra",
  ]);
  rs.addRow([null, null, null, null, null, 2022, 2023, 2024, 2025, 2026, null]);
  for (const c of ["A", "B", "C", "D", "E", "K"]) rs.mergeCells(`${c}3:${c}4`);
  rs.mergeCells("F3:J3");
  judulTebal(rs, [3, 4]);
  for (let t = 0; t < 5; t++) {
    rs.addRow([`${t + 1}.`, `Tujuan ${t + 1} ${nama}`, null, null, null]);
    baris++;
    for (let s = 0; s < 10; s++) {
      const sas = t * 10 + s;
      indikator[sas].forEach((ind, i) => {
        const awal = Math.round(ind.target * 0.8);
        // The 2023 target is the PK's: the Renstra and the PK agree, as they should.
        const tahun = [0, 1, 2, 3, 4].map((y) =>
          y === 1 ? ind.target : Math.round(awal + ((ind.target - awal) * (y + 1)) / 4),
        );
        rs.addRow([
          i === 0 ? `${t + 1}.${s + 1}` : null,
          i === 0 ? `Sasaran ${t + 1}.${s + 1} meningkatnya layanan ${nama}` : null,
          ind.nama,
          ind.satuan,
          awal,
          ...tahun,
          tahun[4],
        ]);
        baris++;
      });
    }
  }

  // PK 2023: the same indicators with the year's target.
  const pk = wb.addWorksheet(`K${dua(k)} PK`);
  pk.addRow([`Perjanjian Kinerja Tahun 2023 ${nama}`]);
  pk.addRow([]);
  pk.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  judulTebal(pk, [3]);
  indikator.forEach((daftar, s) => {
    daftar.forEach((ind, i) => {
      pk.addRow([
        i === 0 ? s + 1 : null,
        i === 0 ? `Sasaran ${s + 1} meningkatnya layanan ${nama}` : null,
        ind.nama,
        ind.satuan,
        ind.target,
      ]);
      baris++;
    });
  });

  // Pengukuran 2023: target, realisasi, printed capaian (a digit slip now and then) and kategori.
  const pg = wb.addWorksheet(`K${dua(k)} Pengukuran`);
  pg.addRow([`Tabel 3.1 Pengukuran Kinerja Tahun 2023 ${nama}`]);
  pg.addRow([]);
  pg.addRow([
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Kategori",
  ]);
  judulTebal(pg, [3]);
  let n = 0;
  indikator.forEach((daftar, s) => {
    daftar.forEach((ind, i) => {
      const capaian = Math.round((ind.realisasi / ind.target) * 10000) / 100;
      const tercetak = n++ % 37 === 0 ? capaian + 9 : capaian;
      const kategori =
        capaian > 90
          ? "Sangat Tinggi"
          : capaian > 75
            ? "Tinggi"
            : capaian > 65
              ? "Sedang"
              : capaian > 50
                ? "Rendah"
                : "Sangat Rendah";
      pg.addRow([
        i === 0 ? s + 1 : null,
        i === 0 ? `Sasaran ${s + 1} meningkatnya layanan ${nama}` : null,
        ind.nama,
        ind.satuan,
        ind.target,
        ind.realisasi,
        tercetak,
        kategori,
      ]);
      baris++;
    });
  });

  // Anggaran: 10 programs x 4 kegiatan x 5 sub kegiatan, parents the sums of their children.
  const ag = wb.addWorksheet(`K${dua(k)} Anggaran`);
  ag.addRow([`Tabel 3.9 Realisasi Anggaran Tahun 2023 ${nama}`]);
  ag.addRow([]);
  ag.addRow([
    "Kode",
    "Program/Kegiatan/Sub Kegiatan",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Serapan (%)",
    "Sisa Anggaran (Rp)",
  ]);
  judulTebal(ag, [3]);
  for (let p = 1; p <= 10; p++) {
    const program = `2.${dua(k)}.${dua(p)}`;
    const kegiatan: { kode: string; sub: [string, number, number][] }[] = [];
    for (let g = 1; g <= 4; g++) {
      const kode = `${program}.2.${dua(g)}`;
      const sub: [string, number, number][] = [];
      for (let u = 1; u <= 5; u++) {
        const pagu = Math.round(50 + acakK() * 950) * 1_000_000;
        sub.push([`${kode}.${dua(u)}`, pagu, Math.round(pagu * (0.7 + acakK() * 0.3))]);
      }
      kegiatan.push({ kode, sub });
    }
    const jumlah = (xs: [string, number, number][], i: 1 | 2): number =>
      xs.reduce((a, x) => a + x[i], 0);
    const semua = kegiatan.flatMap((g) => g.sub);
    const tulis = (kode: string, uraian: string, pagu: number, real: number): void => {
      ag.addRow([kode, uraian, pagu, real, Math.round((real / pagu) * 10000) / 100, pagu - real]);
      baris++;
    };
    tulis(program, `Program ${p} ${nama}`, jumlah(semua, 1), jumlah(semua, 2));
    for (const g of kegiatan) {
      tulis(g.kode, `Kegiatan ${g.kode}`, jumlah(g.sub, 1), jumlah(g.sub, 2));
      for (const [kode, pagu, real] of g.sub) tulis(kode, `Sub Kegiatan ${kode}`, pagu, real);
    }
  }
  for (const c of ["C", "D", "F"]) ag.getColumn(c).numFmt = "#,##0";
  return baris;
}

/** The workbook of `JUMLAH_KANTOR` offices; the same bytes' content on every run. */
export async function bukuKerjaBench(): Promise<{ data: Uint8Array; baris: number }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja bench";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  const rng = acak(2024);
  let baris = 0;
  for (let k = 1; k <= JUMLAH_KANTOR; k++) baris += kantor(wb, k, rng);
  return { data: new Uint8Array(await wb.xlsx.writeBuffer()), baris };
}

// ---- Child processes ---------------------------------------------------------------------------

/** Runs per timing; the median is reported. */
const KALI = 5;

function rssPuncakMb(): number {
  // maxRSS is in kilobytes: the peak of the whole process, not a sample.
  return process.resourceUsage().maxRSS / 1024;
}

async function anak(mode: string, berkas: string): Promise<Record<string, number>> {
  if (mode === "buat") {
    const { data, baris } = await bukuKerjaBench();
    fs.writeFileSync(berkas, data);
    return { baris, bytes: data.length };
  }
  const data = new Uint8Array(fs.readFileSync(berkas));
  if (mode === "exceljs") {
    // Median of five loads, as the checks' figure is: a shared machine's noise hits both alike.
    const ms: number[] = [];
    let lembar = 0;
    for (let i = 0; i < KALI; i++) {
      const awal = process.hrtime.bigint();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data.slice().buffer);
      ms.push(Number(process.hrtime.bigint() - awal) / 1e6);
      lembar = wb.worksheets.length;
    }
    return { ms: median(ms), lembar, rss_mb: rssPuncakMb() };
  }
  const { readWorkbook } = await import("../src/cli/xlsx/read");
  const { recognize } = await import("../src/core/tabel");
  const { periksa } = await import("../src/core/periksa");
  const { PENGATURAN_BAWAAN } = await import("../src/core/pengaturan");
  const awal = process.hrtime.bigint();
  const wb = await readWorkbook(data);
  const bacaMs = Number(process.hrtime.bigint() - awal) / 1e6;
  const ms: number[] = [];
  let tabel = 0;
  let barisData = 0;
  let temuan = 0;
  for (let i = 0; i < KALI; i++) {
    const t0 = process.hrtime.bigint();
    const tables = recognize(wb, { polaritasBawaan: PENGATURAN_BAWAAN.polaritasBawaan });
    const hasil = periksa(wb, tables, PENGATURAN_BAWAAN);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    tabel = tables.length;
    barisData = tables.reduce((a, t) => a + t.rows.length, 0);
    temuan = hasil.findings.length;
  }
  return {
    read_ms: bacaMs,
    check_ms: median(ms),
    tabel,
    baris: barisData,
    temuan,
    rss_mb: rssPuncakMb(),
  };
}

function jalankanAnak(mode: string, berkas: string): Record<string, number> {
  const hasil = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", __filename, "--anak", mode, berkas],
    {
      cwd: AKAR,
      env: { ...process.env, TS_NODE_PROJECT: path.join(AKAR, "tsconfig.test.json") },
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (hasil.status !== 0) throw new Error(`bench check (${mode}) gagal: status ${hasil.status}`);
  const baris = hasil.stdout.trim().split("\n");
  return JSON.parse(baris[baris.length - 1]) as Record<string, number>;
}

interface HasilCheck {
  exceljsMs: number;
  bacaMs: number;
  periksaMs: number;
  rssMb: number;
  baris: number;
}

let tersimpan: HasilCheck | undefined;

/** Runs the three children once; every figure below reads the same run. */
function ukurCheck(): HasilCheck {
  if (tersimpan !== undefined) return tersimpan;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-bench-"));
  const berkas = path.join(dir, "kantor-50.xlsx");
  try {
    jalankanAnak("buat", berkas);
    const exceljs = jalankanAnak("exceljs", berkas);
    const cek = jalankanAnak("periksa", berkas);
    tersimpan = {
      exceljsMs: exceljs.ms,
      bacaMs: cek.read_ms,
      periksaMs: cek.check_ms,
      rssMb: cek.rss_mb,
      baris: cek.baris,
    };
    return tersimpan;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function daftarkanCheck(): void {
  daftarkan({
    nama: "check_data_rows",
    label: "check: baris data dikenali, 50 kantor x 4 tabel",
    satuan: "baris",
    tujuan: { jenis: "min", nilai: 45_000 },
    ukur: () => ukurCheck().baris,
  });
  daftarkan({
    nama: "check_exceljs_read_ms",
    label: "check: exceljs saja membaca berkas 50 kantor",
    satuan: "ms",
    tujuan: { jenis: "max", nilai: 30_000 },
    ukur: () => ukurCheck().exceljsMs,
  });
  daftarkan({
    nama: "check_read_workbook_ms",
    label: "check: readWorkbook (exceljs + model)",
    satuan: "ms",
    tujuan: { jenis: "max", nilai: 40_000 },
    ukur: () => ukurCheck().bacaMs,
  });
  daftarkan({
    nama: "check_recognize_checks_ms",
    label: "check: pengenalan tabel + pemeriksaan, atas model",
    satuan: "ms",
    tujuan: { jenis: "max", nilai: 15_000 },
    ukur: () => ukurCheck().periksaMs,
  });
  daftarkan({
    nama: "check_ratio",
    label: "check: (pengenalan + pemeriksaan) / baca exceljs",
    satuan: "x",
    tujuan: { jenis: "max", nilai: 0.5 },
    ukur: () => {
      const h = ukurCheck();
      return h.periksaMs / h.exceljsMs;
    },
  });
  daftarkan({
    nama: "check_peak_rss_mb",
    label: "check: memori puncak proses (baca + kenali + periksa)",
    satuan: "MB",
    tujuan: { jenis: "max", nilai: 1536 },
    ukur: () => ukurCheck().rssMb,
  });
}

if (require.main === module && process.argv.includes("--anak")) {
  const i = process.argv.indexOf("--anak");
  const mode = process.argv[i + 1];
  const berkas = process.argv[i + 2];
  anak(mode, berkas).then(
    (hasil) => process.stdout.write(`${JSON.stringify(hasil)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
