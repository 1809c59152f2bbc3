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

function angkaSah(x: number | undefined): number | undefined {
  return x !== undefined && Number.isFinite(x) ? x : undefined;
}

function barisLaporan(
  tb: TabelBaca,
  i: number,
  h: HasilBaris,
  polaritas: Polaritas,
  kolomTarget: readonly TabelBaca["kolom"][number][],
): RowReport {
  const d = tb.tabel.rows[i];
  const r: RowReport = { row: d.row + 1 };
  if (d.level !== undefined) r.level = d.level;
  const kode = d.kode?.trim();
  if (kode) r.kode = kode;
  const indikator = d.indikator?.trim();
  if (indikator) r.indikator = indikator;
  // Polarity belongs to indicators: a budget-only row has none.
  if (r.indikator !== undefined || kolomTarget.some((k) => k.nilai[i].raw.trim() !== "")) {
    r.polaritas = polaritas;
  }
  const target = angkaSah(angka(h.target));
  if (target !== undefined) r.target = target;
  const realisasi = angkaSah(angka(h.realisasi));
  if (realisasi !== undefined) r.realisasi = realisasi;
  const capaian = angkaSah(dariHasil(h.capaian));
  if (capaian !== undefined) r.capaian = capaian;
  if (h.kategori?.ok) r.kategori = h.kategori.value;
  const pagu = angkaSah(angka(h.pagu));
  if (pagu !== undefined) r.pagu = pagu;
  const ra = angkaSah(angka(h.realisasiAnggaran));
  if (ra !== undefined) r.realisasi_anggaran = ra;
  const serapan = angkaSah(dariHasil(h.serapan));
  if (serapan !== undefined) r.serapan = serapan;
  const sisa = angkaSah(dariHasil(h.sisa));
  if (sisa !== undefined) r.sisa = sisa;
  const efisiensi = angkaSah(dariHasil(h.efisiensi));
  if (efisiensi !== undefined) r.efisiensi = efisiensi;
  return r;
}

/** The report of a read table, with the rows' effective polarity and computed values. */
export function laporanTabel(
  tb: TabelBaca,
  hasil: readonly HasilBaris[],
  polaritas: readonly Polaritas[],
): TableReport {
  const t = tb.tabel;
  const kolomTarget = tb.kolom.filter((k) => k.peran.role === "target");
  const columns: Record<string, string> = {};
  for (const k of tb.kolom) columns[k.kunci] = k.huruf;
  return {
    sheet: t.sheet,
    range: areaA1(t.range),
    kind: t.kind,
    headerRows: [t.headerRows[0] + 1, t.headerRows[1] + 1],
    columns,
    rows: t.rows.map((_, i) => barisLaporan(tb, i, hasil[i], polaritas[i], kolomTarget)),
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
