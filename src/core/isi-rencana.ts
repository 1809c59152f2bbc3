/**
 * The fill plan with each row's polarity and the report year exactly as the checks settled them,
 * shared by the CLI (`kinerja fill`) and the task pane so both write the same cells.
 */
import type { Polaritas } from "./capaian";
import { rencanaIsi, type ModeIsi, type OpsiIsi, type RencanaIsi } from "./isi";
import type { Pengaturan } from "./pengaturan";
import { periksaRinci } from "./periksa";
import type { RecognizedTable } from "./tabel/types";
import type { WorkbookModel } from "./workbook";

export function rencanakan(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
  pengaturan: Pengaturan,
  mode: ModeIsi,
  format?: OpsiIsi["format"],
): RencanaIsi {
  const rinci = periksaRinci(wb, tables, pengaturan);
  const perTabel = new Map<RecognizedTable, Map<number, Polaritas>>();
  rinci.kaskade.tabel.forEach((tb, indeks) => {
    const baris = new Map<number, Polaritas>();
    tb.tabel.rows.forEach((r, i) => {
      const p = rinci.kaskade.polaritas[indeks]?.[i];
      if (p !== undefined) baris.set(r.row, p);
    });
    perTabel.set(tb.tabel, baris);
  });
  const opsi: OpsiIsi = { polaritas: (t, row) => perTabel.get(t)?.get(row) };
  if (format !== undefined) opsi.format = format;
  if (rinci.tahun !== undefined) opsi.tahun = rinci.tahun;
  return rencanaIsi(wb, tables, pengaturan, mode, opsi);
}
