/**
 * The `kinerja` command:
 *
 *   kinerja check FILE... [--json] [--lang id|en] [--config F] [--progress]
 *   kinerja fill FILE -o OUT [--mode formulas|values|functions] [--config F] [--names]
 *   kinerja names FILE -o OUT [--config F] [--timpa]
 *
 * Exit codes: 0 no errors, 1 errors found, 2 a file could not be read (or the command is wrong).
 * `main` takes its streams as arguments so that tests run it in-process.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import type { CheckReport, FileReport } from "../core/laporan";
import { MODE_ISI, type ModeIsi } from "../core/isi";
import {
  bacaBerkas,
  bacaModel,
  gagal,
  kenali,
  laporanBerkas,
  tulisBerkas,
  type GagalBaca,
} from "./berkas";
import { cetakLaporan, hitung } from "./cetak";
import { cetakIsi, formatSel, keSuntingan, rencanakan } from "./isi";
import { cetakNama, pasangFungsi, pesanBentrok } from "./nama";
import { patchWorkbook } from "./xlsx/patch";
import { ioProses, type Io } from "./io";
import { Kemajuan } from "./kemajuan";
import { PengaturanError, pengaturanUntuk, type PengaturanBerkas } from "./pengaturan-berkas";
import { BANTUAN, kamus, type Bahasa, type Kamus } from "./teks";

export type { Io } from "./io";

export const KELUAR_BERSIH = 0;
export const KELUAR_GALAT = 1;
export const KELUAR_GAGAL = 2;

const OPSI = {
  json: { type: "boolean" },
  lang: { type: "string" },
  config: { type: "string" },
  output: { type: "string", short: "o" },
  mode: { type: "string" },
  progress: { type: "boolean" },
  names: { type: "boolean" },
  timpa: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

interface Argumen {
  perintah?: string;
  berkas: string[];
  json: boolean;
  bahasa: Bahasa;
  config?: string;
  keluaran?: string;
  mode: ModeIsi;
  progress: boolean;
  /** fill: also write the named LAMBDA functions. */
  nama: boolean;
  /** names, fill --names: replace a name the workbook defines for something else. */
  timpa: boolean;
  bantuan: boolean;
  versi: boolean;
}

class ArgumenError extends Error {}

function pesanParseArgs(e: unknown): string {
  const kode = (e as { code?: unknown }).code;
  const teks = e instanceof Error ? e.message : String(e);
  const opsi = /'([^']+)'/.exec(teks)?.[1];
  if (kode === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Opsi tidak dikenal: ${opsi ?? teks}.`;
  if (kode === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return `Opsi ${opsi ?? ""} memerlukan nilai (mis. --lang en).`.replace("  ", " ");
  }
  return `Perintah tidak dapat dibaca: ${teks}`;
}

function bacaArgumen(argv: readonly string[]): Argumen {
  let hasil;
  try {
    hasil = parseArgs({ args: [...argv], options: OPSI, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ArgumenError(pesanParseArgs(e));
  }
  const v = hasil.values;
  const [perintah, ...berkas] = hasil.positionals;
  const lang = v.lang ?? "id";
  if (lang !== "id" && lang !== "en") {
    throw new ArgumenError(`--lang harus id atau en, bukan "${lang}".`);
  }
  const mode = v.mode ?? "formulas";
  const modeSah = MODE_ISI.find((m) => m === mode);
  if (modeSah === undefined) {
    throw new ArgumenError(`--mode harus ${MODE_ISI.join(", ")}, bukan "${mode}".`);
  }
  const a: Argumen = {
    berkas,
    json: v.json === true,
    bahasa: lang,
    mode: modeSah,
    progress: v.progress === true,
    nama: v.names === true,
    timpa: v.timpa === true,
    bantuan: v.help === true,
    versi: v.version === true,
  };
  if (perintah !== undefined) a.perintah = perintah;
  if (v.config !== undefined) a.config = v.config;
  if (v.output !== undefined) a.keluaran = v.output;
  if (a.perintah === "check") {
    if (a.keluaran !== undefined) throw new ArgumenError("Opsi -o hanya untuk fill.");
    if (v.mode !== undefined) throw new ArgumenError("Opsi --mode hanya untuk fill.");
  }
  if (a.perintah === "fill" && a.json) throw new ArgumenError("Opsi --json hanya untuk check.");
  if (a.perintah === "names" && (a.json || v.mode !== undefined || a.nama)) {
    throw new ArgumenError("names hanya menerima -o, --config dan --timpa.");
  }
  if (a.nama && a.perintah !== "fill") throw new ArgumenError("Opsi --names hanya untuk fill.");
  if (a.timpa && a.perintah !== "names" && !a.nama) {
    throw new ArgumenError("Opsi --timpa hanya untuk names atau fill --names.");
  }
  return a;
}

function versi(): string {
  // Two levels up from src/cli and from lib/cli alike.
  try {
    const pkg: unknown = JSON.parse(
      readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"),
    );
    if (typeof pkg === "object" && pkg !== null && "version" in pkg) {
      return String((pkg as { version: unknown }).version);
    }
  } catch {
    // Fall through: a version is not worth a failure.
  }
  return "tidak diketahui";
}

function cetakMasalahPengaturan(
  p: PengaturanBerkas,
  sudah: Set<string>,
  io: Io,
  k: Kamus,
  kemajuan: Kemajuan,
): void {
  const sumber = p.sumber ?? "";
  if (p.masalah.length === 0 || sudah.has(sumber)) return;
  sudah.add(sumber);
  kemajuan.bersihkan();
  io.stderr(`${k.masalahPengaturan(sumber)}\n${p.masalah.map((m) => `  - ${m}`).join("\n")}\n`);
}

function gagalDari(berkas: string, e: unknown): GagalBaca {
  if (e instanceof PengaturanError) return { file: berkas, code: "pengaturan", message: e.message };
  return gagal(berkas, e);
}

async function check(a: Argumen, io: Io): Promise<number> {
  const k = kamus(a.bahasa);
  const kemajuan = new Kemajuan(io, a.progress || io.stderrTTY === true);
  const cache = new Map<string, Promise<PengaturanBerkas>>();
  const sudah = new Set<string>();
  const laporan: FileReport[] = [];
  const gagalBaca: GagalBaca[] = [];
  const n = a.berkas.length;
  for (let i = 0; i < n; i++) {
    const berkas = a.berkas[i];
    const awalan = n > 1 ? `[${i + 1}/${n}] ${berkas}` : berkas;
    try {
      kemajuan.langkah(`${awalan}: ${k.membaca}`);
      const p = await pengaturanUntuk(berkas, a.config, cache);
      cetakMasalahPengaturan(p, sudah, io, k, kemajuan);
      const wb = await bacaModel(berkas, await bacaBerkas(berkas));
      kemajuan.langkah(`${awalan}: ${k.mengenali} (${wb.sheets.length} lembar)`);
      const tables = kenali(wb, p.pengaturan, p.koreksi);
      kemajuan.langkah(`${awalan}: ${k.memeriksa} (${tables.length} tabel)`);
      const r = laporanBerkas(path.basename(berkas), wb, tables, p.pengaturan, a.bahasa);
      laporan.push(r);
      kemajuan.bersihkan();
      if (!a.json) io.stdout(`${i > 0 ? "\n" : ""}${cetakLaporan(r, k)}`);
    } catch (e) {
      const g = gagalDari(berkas, e);
      gagalBaca.push(g);
      kemajuan.bersihkan();
      io.stderr(`${berkas}: ${g.message}\n`);
    }
  }
  kemajuan.bersihkan();
  const total = hitung(laporan.flatMap((r) => r.findings));
  if (a.json) {
    const dokumen: CheckReport & { errors?: GagalBaca[] } = { files: laporan };
    if (gagalBaca.length > 0) dokumen.errors = gagalBaca;
    io.stdout(`${JSON.stringify(dokumen, null, 2)}\n`);
  } else if (n > 1) {
    io.stdout(`\n${k.ringkasan(laporan.length, total.error, total.warning, total.info)}\n`);
    if (gagalBaca.length > 0) io.stdout(`${k.gagalBaca(gagalBaca.length)}\n`);
  }
  if (gagalBaca.length > 0) return KELUAR_GAGAL;
  return total.error > 0 ? KELUAR_GALAT : KELUAR_BERSIH;
}

/** fill and names take one input and write one different output. */
function masukanKeluaran(a: Argumen, perintah: string): { berkas: string; keluaran: string } {
  if (a.berkas.length !== 1) {
    throw new ArgumenError(`${perintah} memerlukan tepat satu berkas masukan.`);
  }
  if (a.keluaran === undefined) {
    throw new ArgumenError(`${perintah} memerlukan berkas keluaran: -o KELUARAN.xlsx`);
  }
  const berkas = a.berkas[0];
  if (path.resolve(berkas) === path.resolve(a.keluaran)) {
    throw new ArgumenError("Berkas keluaran harus berbeda dari berkas masukan (-o).");
  }
  return { berkas, keluaran: a.keluaran };
}

async function fill(a: Argumen, io: Io): Promise<number> {
  const k = kamus(a.bahasa);
  const { berkas, keluaran } = masukanKeluaran(a, "fill");
  const kemajuan = new Kemajuan(io, a.progress || io.stderrTTY === true);
  try {
    kemajuan.langkah(`${berkas}: ${k.membaca}`);
    const p = await pengaturanUntuk(berkas, a.config, new Map());
    cetakMasalahPengaturan(p, new Set(), io, k, kemajuan);
    const data = await bacaBerkas(berkas);
    const wb = await bacaModel(berkas, data);
    kemajuan.langkah(`${berkas}: ${k.mengenali}`);
    const tables = kenali(wb, p.pengaturan, p.koreksi);
    const rencana = rencanakan(wb, tables, p.pengaturan, a.mode, await formatSel(data));
    kemajuan.langkah(`${berkas}: ${k.menulis} ${keluaran}`);
    const terisi = patchWorkbook(data, rencana.edits.map(keSuntingan));
    if (!a.nama) {
      await tulisBerkas(terisi, keluaran);
      kemajuan.bersihkan();
      io.stdout(cetakIsi(keluaran, rencana, k));
      return KELUAR_BERSIH;
    }
    const h = pasangFungsi(terisi, p.pengaturan, a.timpa);
    kemajuan.bersihkan();
    if (h.data === undefined) {
      io.stderr(`${berkas}: ${pesanBentrok(h.bentrok)}`);
      return KELUAR_GALAT;
    }
    await tulisBerkas(h.data, keluaran);
    io.stdout(cetakIsi(keluaran, rencana, k) + cetakNama(keluaran, h));
    return KELUAR_BERSIH;
  } catch (e) {
    kemajuan.bersihkan();
    io.stderr(`${berkas}: ${gagalDari(berkas, e).message}\n`);
    return KELUAR_GAGAL;
  }
}

async function names(a: Argumen, io: Io): Promise<number> {
  const k = kamus(a.bahasa);
  const { berkas, keluaran } = masukanKeluaran(a, "names");
  const kemajuan = new Kemajuan(io, a.progress || io.stderrTTY === true);
  try {
    const p = await pengaturanUntuk(berkas, a.config, new Map());
    cetakMasalahPengaturan(p, new Set(), io, k, kemajuan);
    const h = pasangFungsi(await bacaBerkas(berkas), p.pengaturan, a.timpa);
    if (h.data === undefined) {
      io.stderr(`${berkas}: ${pesanBentrok(h.bentrok)}`);
      return KELUAR_GALAT;
    }
    await tulisBerkas(h.data, keluaran);
    io.stdout(cetakNama(keluaran, h));
    return KELUAR_BERSIH;
  } catch (e) {
    io.stderr(`${berkas}: ${gagalDari(berkas, e).message}\n`);
    return KELUAR_GAGAL;
  }
}

/** Runs the command; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = ioProses()): Promise<number> {
  let a: Argumen;
  try {
    a = bacaArgumen(argv);
    if (a.bantuan) {
      io.stdout(BANTUAN);
      return KELUAR_BERSIH;
    }
    if (a.versi) {
      io.stdout(`kinerja ${versi()}\n`);
      return KELUAR_BERSIH;
    }
    if (a.perintah === "check") {
      if (a.berkas.length === 0) throw new ArgumenError("check memerlukan minimal satu berkas.");
      return await check(a, io);
    }
    if (a.perintah === "fill") return await fill(a, io);
    if (a.perintah === "names") return await names(a, io);
    throw new ArgumenError(
      a.perintah === undefined
        ? "Perintah belum diberikan: check, fill atau names."
        : `Perintah tidak dikenal: "${a.perintah}"; gunakan check, fill atau names.`,
    );
  } catch (e) {
    const pesan = e instanceof Error ? e.message : String(e);
    io.stderr(`kinerja: ${pesan}\nLihat: kinerja --help\n`);
    return KELUAR_GAGAL;
  }
}

/** Entry point of `bin/kinerja.js`. */
export function jalankan(): void {
  void main(process.argv.slice(2), ioProses()).then((kode) => {
    process.exitCode = kode;
  });
}
