/**
 * Checks of a workbook (SAKIP.md section 6): reads the recognised tables, builds the cascade,
 * computes every row and runs every rule of ATURAN. Findings are one per (rule, sheet, cell),
 * sorted by sheet order, row, column and rule id.
 */
import type { TableReport } from "../laporan";
import { bangunKaskade } from "../kaskade/bangun";
import type { Kaskade } from "../kaskade/types";
import type { Pengaturan } from "../pengaturan";
import type { RecognizedTable } from "../tabel/types";
import type { WorkbookModel } from "../workbook";
import { bacaTabel, selTertutup, type TabelBaca } from "./baca";
import { aturanAnggaran, aturanCapaian, aturanEfisiensi, aturanKategori } from "./aturan-cetak";
import { aturanKodeGanda, aturanKodeTakSah, aturanYatim } from "./aturan-kode";
import { aturanOutlier, aturanSkala, aturanTakTerbaca } from "./aturan-nilai";
import { aturanPolaritas } from "./aturan-polaritas";
import { aturanMelebihiPagu, aturanRollup } from "./aturan-rollup";
import { aturanSatuan } from "./aturan-satuan";
import { aturanIndikatorSilang, aturanPaguSilang } from "./aturan-silang";
import { aturanTotal } from "./aturan-total";
import { aturanUkur } from "./aturan-ukur";
import { hitungBaris, skalaDari } from "./hitung-baris";
import { laporanTabel } from "./hitung-tabel";
import type { Konteks } from "./konteks";
import { KumpulanTemuan, urutkanTemuan, type TemuanBaru } from "./temuan";
import { tahunLaporanBawaan } from "./tahun";
import type { Finding } from "./types";

export { hitungTabel, laporanTabel } from "./hitung-tabel";
export { tahunLaporanBawaan } from "./tahun";
export { ATURAN, aturan } from "./aturan";
export type { Finding, RuleId, Severity, CellRef } from "./types";

/** Every rule, in the order their findings are made (the first finding of a cell and rule wins). */
export const PEMERIKSA: readonly ((ktx: Konteks) => TemuanBaru[])[] = [
  aturanTakTerbaca,
  aturanSkala,
  aturanCapaian,
  aturanKategori,
  aturanAnggaran,
  aturanEfisiensi,
  aturanTotal,
  aturanRollup,
  aturanMelebihiPagu,
  aturanIndikatorSilang,
  aturanPaguSilang,
  aturanUkur,
  aturanKodeTakSah,
  aturanKodeGanda,
  aturanYatim,
  aturanSatuan,
  aturanPolaritas,
  aturanOutlier,
];

export interface HasilPeriksa {
  tables: TableReport[];
  findings: Finding[];
}

export interface HasilPeriksaRinci extends HasilPeriksa {
  /** The report year used (settings, else the latest year with realisasi). */
  tahun?: number;
  kaskade: Kaskade;
}

/** Tables in workbook order: sheet order, then top row, then left column. */
function urutkanTabel(wb: WorkbookModel, tables: readonly RecognizedTable[]) {
  const lembar = new Map<string, number>();
  wb.sheets.forEach((s, i) => {
    if (!lembar.has(s.name)) lembar.set(s.name, i);
  });
  return tables
    .filter((t) => lembar.has(t.sheet))
    .map((t) => ({ t, l: lembar.get(t.sheet) ?? 0 }))
    .sort((a, b) => a.l - b.l || a.t.range.r0 - b.t.range.r0 || a.t.range.c0 - b.t.range.c0);
}

/** Checks with the cascade model kept, for callers that show it (the task pane). */
export function periksaRinci(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
  pengaturan: Pengaturan,
): HasilPeriksaRinci {
  const tahun = pengaturan.tahun ?? tahunLaporanBawaan(wb, tables);
  const tutupLembar = new Map<string, Set<number>>();
  const tabel: TabelBaca[] = [];
  const tutup: Set<number>[] = [];
  urutkanTabel(wb, tables).forEach(({ t, l }, indeks) => {
    const sheet = wb.sheets[l];
    let tt = tutupLembar.get(sheet.name);
    if (tt === undefined) {
      tt = selTertutup(sheet);
      tutupLembar.set(sheet.name, tt);
    }
    tabel.push(bacaTabel(sheet, l, t, indeks, tahun, tt));
    tutup.push(tt);
  });
  const kaskade = bangunKaskade(tabel);
  const skala = skalaDari(pengaturan);
  const hasil = tabel.map((tb) =>
    tb.tabel.rows.map((_, i) =>
      hitungBaris(tb, i, kaskade.polaritas[tb.indeks][i], pengaturan, skala),
    ),
  );
  const ktx: Konteks = { wb, kaskade, pengaturan, skala, hasil, tutup };
  if (tahun !== undefined) ktx.tahun = tahun;
  const kumpulan = new KumpulanTemuan();
  for (const aturan of PEMERIKSA) for (const t of aturan(ktx)) kumpulan.tambah(t);
  const findings = urutkanTemuan(
    kumpulan.semua(),
    wb.sheets.map((s) => s.name),
  );
  const reports = tabel.map((tb) =>
    laporanTabel(tb, hasil[tb.indeks], kaskade.polaritas[tb.indeks]),
  );
  const r: HasilPeriksaRinci = { tables: reports, findings, kaskade };
  if (tahun !== undefined) r.tahun = tahun;
  return r;
}

/** Reports of the recognised tables and every finding of SAKIP.md section 6. */
export function periksa(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
  pengaturan: Pengaturan,
): HasilPeriksa {
  const { tables: t, findings } = periksaRinci(wb, tables, pengaturan);
  return { tables: t, findings };
}
