/**
 * `kinerja names FILE -o OUT [--config F] [--timpa]`: the named LAMBDA functions of the core
 * (`=CAPAIAN(target; realisasi)` and the others) written into a copy of the workbook.
 */
import { fungsiBukuKerja, PENANDA_KOMENTAR } from "../core/nama-fungsi";
import type { Pengaturan } from "../core/pengaturan";
import { pasangNama, type Bentrok, type HasilPasang } from "./xlsx/nama-xml";

/** The five names under the settings written into `data`; conflicts leave `data` unset. */
export function pasangFungsi(data: Uint8Array, p: Pengaturan, timpa: boolean): HasilPasang {
  return pasangNama(data, fungsiBukuKerja(p), PENANDA_KOMENTAR, timpa);
}

/** Which names are already used by the workbook, and what the user can do about it. */
export function pesanBentrok(bentrok: readonly Bentrok[]): string {
  const baris = bentrok.map((b) => `  - ${b.nama} = ${b.isi}`);
  return (
    `Nama berikut sudah dipakai buku kerja untuk hal lain, jadi fungsi tidak dipasang ` +
    `dan berkas keluaran tidak ditulis:\n${baris.join("\n")}\n` +
    `Ganti nama tersebut di Excel (Rumus > Manajer Nama), atau jalankan lagi dengan --timpa ` +
    `untuk menggantinya dengan fungsi Kinerja.\n`
  );
}

/** What was written, for stdout. */
export function cetakNama(keluaran: string, h: HasilPasang): string {
  const out = [`Fungsi buku kerja ditulis ke ${keluaran}:`];
  if (h.dipasang.length > 0) out.push(`  dipasang: ${h.dipasang.join(", ")}`);
  if (h.diperbarui.length > 0) out.push(`  diperbarui: ${h.diperbarui.join(", ")}`);
  if (h.ditimpa.length > 0) out.push(`  menimpa nama lama (--timpa): ${h.ditimpa.join(", ")}`);
  out.push(
    "  Dihitung oleh Excel untuk Microsoft 365, Excel 2024 dan Excel di web, " +
      "dengan atau tanpa add-in; Excel 2016/2019 menampilkan #NAME?.",
  );
  return `${out.join("\n")}\n`;
}
