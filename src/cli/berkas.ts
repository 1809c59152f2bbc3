/**
 * One workbook through the pipeline: read (never evaluated), recognise, check. Every failure to
 * read becomes a `GagalBaca` with a planner's message, never a stack trace.
 */
import { promises as fs } from "fs";
import path from "path";
import type { FileReport, FindingReport } from "../core/laporan";
import type { Pengaturan } from "../core/pengaturan";
import { periksa } from "../core/periksa";
import type { Finding } from "../core/periksa/types";
import { recognize } from "../core/tabel";
import type { Correction, RecognizedTable } from "../core/tabel/types";
import type { WorkbookModel } from "../core/workbook";
import type { Bahasa } from "./teks";
import { BukuKerjaError, readWorkbook } from "./xlsx/read";

export interface GagalBaca {
  file: string;
  /** `BukuKerjaError.code`, or `tidak-ada` / `pengaturan` for our own failures. */
  code: string;
  message: string;
}

export class BerkasError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "BerkasError";
  }
}

/** Reads the bytes of a file; a missing or unreadable path is a BerkasError. */
export async function bacaBerkas(berkas: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(berkas);
    if (stat.isDirectory()) {
      throw new BerkasError("tidak-ada", `${berkas} adalah folder, bukan berkas .xlsx.`);
    }
    return new Uint8Array(await fs.readFile(berkas));
  } catch (e) {
    if (e instanceof BerkasError) throw e;
    const kode = (e as { code?: unknown }).code;
    if (kode === "ENOENT") throw new BerkasError("tidak-ada", `Berkas ${berkas} tidak ditemukan.`);
    if (kode === "EACCES" || kode === "EPERM") {
      throw new BerkasError("tidak-ada", `Berkas ${berkas} tidak boleh dibaca (izin akses).`);
    }
    throw new BerkasError("tidak-ada", `Berkas ${berkas} tidak dapat dibuka.`);
  }
}

/** The workbook model, or a BerkasError with the reader's message. */
/** Writes an output file; a failure to write is a BerkasError (exit 2). */
export async function tulisBerkas(data: Uint8Array, keluaran: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(keluaran)), { recursive: true });
    await fs.writeFile(keluaran, data);
  } catch {
    throw new BerkasError("tulis", `Berkas keluaran ${keluaran} tidak dapat ditulis.`);
  }
}

export async function bacaModel(berkas: string, data: Uint8Array): Promise<WorkbookModel> {
  try {
    return await readWorkbook(data, { fileName: path.basename(berkas) });
  } catch (e) {
    if (e instanceof BukuKerjaError) throw new BerkasError(e.code, e.message);
    throw new BerkasError(
      "rusak",
      "Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx): buka di Excel lalu simpan ulang.",
    );
  }
}

export function gagal(berkas: string, e: unknown): GagalBaca {
  if (e instanceof BerkasError) return { file: berkas, code: e.code, message: e.message };
  // An unexpected failure is still a message, never a stack trace.
  const sebab = e instanceof Error ? e.message : String(e);
  return { file: berkas, code: "internal", message: `Kesalahan tak terduga: ${sebab}` };
}

export function kenali(
  wb: WorkbookModel,
  pengaturan: Pengaturan,
  koreksi: readonly Correction[] | undefined,
): RecognizedTable[] {
  return recognize(wb, {
    corrections: koreksi ?? [],
    polaritasBawaan: pengaturan.polaritasBawaan,
  });
}

function temuanLaporan(f: Finding, bahasa: Bahasa): FindingReport {
  const r: FindingReport = {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: bahasa === "en" ? f.messageEn : f.message,
  };
  if (f.expected !== undefined) r.expected = f.expected;
  if (f.actual !== undefined) r.actual = f.actual;
  if (f.related !== undefined) r.related = { sheet: f.related.sheet, cell: f.related.cell };
  return r;
}

/** Recognition and checks of a read workbook, as the `--json` document's `files[]` entry. */
export function laporanBerkas(
  file: string,
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
  pengaturan: Pengaturan,
  bahasa: Bahasa,
): FileReport {
  const hasil = periksa(wb, [...tables], pengaturan);
  return {
    file,
    tables: hasil.tables,
    findings: hasil.findings.map((f) => temuanLaporan(f, bahasa)),
  };
}
