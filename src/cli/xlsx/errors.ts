/**
 * Why a workbook cannot be read or written. The CLI prints `message` as is (exit 2), so every
 * message tells a planner what to do next, in Bahasa Indonesia, without technical detail.
 */

export type KodeBukuKerja =
  /** Encrypted with a password (an OLE container holding `EncryptionInfo`). */
  | "terkunci"
  /** A binary Excel 97-2003 workbook. */
  | "xls-lama"
  /** Not a zip, truncated, no workbook part, or a part no reader can make sense of. */
  | "rusak"
  /** An edit asked of `patchWorkbook` that cannot be written safely (unknown sheet, bad address). */
  | "suntingan-tidak-sah";

export class BukuKerjaError extends Error {
  readonly code: KodeBukuKerja;

  constructor(code: KodeBukuKerja, message: string) {
    super(message);
    this.name = "BukuKerjaError";
    this.code = code;
  }
}

export const PESAN_TERKUNCI =
  "Berkas dilindungi kata sandi: buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.";

export const PESAN_XLS_LAMA =
  "Berkas berformat Excel 97-2003 (.xls): buka di Excel, lalu simpan sebagai Buku Kerja Excel (.xlsx).";

export const PESAN_BUKAN_XLSX =
  "Berkas bukan buku kerja Excel (.xlsx): isinya tidak dikenali. Pastikan berkasnya benar, atau buka di Excel lalu simpan sebagai .xlsx.";

export const PESAN_TEKS =
  "Berkas berisi teks biasa, bukan buku kerja Excel (.xlsx): buka di Excel, lalu simpan sebagai .xlsx.";

export const PESAN_CSV =
  "Berkas CSV, bukan buku kerja Excel (.xlsx): buka di Excel, lalu simpan sebagai Buku Kerja Excel (.xlsx).";

export const PESAN_TERPOTONG =
  "Berkas .xlsx rusak atau tidak utuh (misalnya unduhan atau salinan belum selesai): salin ulang berkasnya, atau buka di Excel lalu simpan ulang.";

export const PESAN_TANPA_WORKBOOK =
  "Berkas tidak berisi buku kerja Excel (bagian workbook tidak ditemukan): buka di Excel lalu simpan ulang sebagai .xlsx.";

export const PESAN_XLSB =
  "Berkas berformat Buku Kerja Biner Excel (.xlsb) yang belum didukung: buka di Excel, lalu simpan sebagai .xlsx.";

export const PESAN_ODS =
  "Berkas berformat OpenDocument (.ods): buka di LibreOffice atau Excel, lalu simpan sebagai .xlsx.";

export function rusak(message: string = PESAN_TERPOTONG): BukuKerjaError {
  return new BukuKerjaError("rusak", message);
}
