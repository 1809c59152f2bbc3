/**
 * The report of one table (`kinerja check --json`): columns by key and, per data row, the values
 * the engine reads and computes for the report year. Absent values did not apply or could not be
 * computed.
 */
import { areaA1 } from "../a1";
import type { Polaritas } from "../capaian";
import type { RowReport, TableReport } from "../laporan";
import { angkaDari, type Nilai } from "../nilai";
import type { Pengaturan } from "../pengaturan";
import type { Result } from "../result";
import type { RecognizedTable } from "../tabel/types";
import type { WorkbookModel } from "../workbook";
import { bacaTabel, type TabelBaca } from "./baca";
import { hitungBaris, skalaDari, type HasilBaris } from "./hitung-baris";

function angka(n: Nilai | undefined): number | undefined {
  return n === undefined ? undefined : angkaDari(n);
}

function dariHasil(r: Result<number> | undefined): number | undefined {
  return r !== undefined && r.ok ? r.value : undefined;
}

function barisLaporan(tb: TabelBaca, i: number, h: HasilBaris, polaritas: Polaritas): RowReport {
  const d = tb.tabel.rows[i];
  const r: RowReport = { row: d.row + 1 };
  if (d.level !== undefined) r.level = d.level;
  if (d.kode !== undefined && d.kode.trim() !== "") r.kode = d.kode.trim();
  if (d.indikator !== undefined && d.indikator.trim() !== "") r.indikator = d.indikator.trim();
  // Polarity belongs to indicators: a budget-only row has none.
  const adaTarget = tb.kolom.some((k) => k.peran.role === "target" && k.nilai[i].raw.trim() !== "");
  if (r.indikator !== undefined || adaTarget) r.polaritas = polaritas;
  const isi = (kunci: keyof RowReport, x: number | undefined) => {
    if (x !== undefined && Number.isFinite(x)) (r as unknown as Record<string, number>)[kunci] = x;
  };
  isi("target", angka(h.target));
  isi("realisasi", angka(h.realisasi));
  isi("capaian", dariHasil(h.capaian));
  if (h.kategori?.ok) r.kategori = h.kategori.value;
  isi("pagu", angka(h.pagu));
  isi("realisasi_anggaran", angka(h.realisasiAnggaran));
  isi("serapan", dariHasil(h.serapan));
  isi("sisa", dariHasil(h.sisa));
  isi("efisiensi", dariHasil(h.efisiensi));
  return r;
}

/** The report of a read table, with the rows' effective polarity and computed values. */
export function laporanTabel(
  tb: TabelBaca,
  hasil: readonly HasilBaris[],
  polaritas: readonly Polaritas[],
): TableReport {
  const t = tb.tabel;
  const columns: Record<string, string> = {};
  for (const k of tb.kolom) columns[k.kunci] = k.huruf;
  return {
    sheet: t.sheet,
    range: areaA1(t.range),
    kind: t.kind,
    headerRows: [t.headerRows[0] + 1, t.headerRows[1] + 1],
    columns,
    rows: t.rows.map((_, i) => barisLaporan(tb, i, hasil[i], polaritas[i])),
  };
}

/**
 * Computes one table for the report year `tahun` (see `tahunLaporanBawaan`). `polaritas`, per
 * data row, overrides the recognised polarity (the cascade passes what other tables say).
 */
export function hitungTabel(
  wb: WorkbookModel,
  table: RecognizedTable,
  pengaturan: Pengaturan,
  tahun: number | undefined,
  polaritas?: readonly Polaritas[],
): TableReport {
  const lembar = wb.sheets.findIndex((s) => s.name === table.sheet);
  const sheet = wb.sheets[lembar] ?? { name: table.sheet, cells: [], merges: [] };
  const tb = bacaTabel(sheet, Math.max(lembar, 0), table, 0, tahun);
  const skala = skalaDari(pengaturan);
  const pol = table.rows.map((r, i) => polaritas?.[i] ?? r.polaritas);
  const hasil = table.rows.map((_, i) => hitungBaris(tb, i, pol[i], pengaturan, skala));
  return laporanTabel(tb, hasil, pol);
}
