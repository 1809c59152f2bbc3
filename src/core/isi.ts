/**
 * What `kinerja fill` writes: for every recognised table with a capaian, kategori, serapan, sisa,
 * persentase sisa or efisiensi column, one cell per data row in those columns and nowhere else.
 *
 * Each cell is decided from the exact inputs its formula would reference (the row's own target,
 * realisasi, pagu cells, or the capaian and serapan cells of the row after filling), computed by
 * the engine so that a formula and the value written for it never disagree. Pure: no I/O.
 */
import { a1, colLetters } from "./a1";
import { hitungCapaian, type Polaritas } from "./capaian";
import { hitungPersenSisa, hitungSerapan, hitungSisa } from "./anggaran";
import { hitungEfisiensi, type MetodeEfisiensi } from "./efisiensi";
import { kategori as kategoriSkala, skalaPreset, type Skala } from "./kategori";
import { bacaKolom, type Nilai, type RawCell } from "./nilai";
import type { Pengaturan } from "./pengaturan";
import { err, ok, type ErrorKind, type Result } from "./result";
import {
  fungsiCapaian,
  fungsiEfisiensi,
  fungsiKategori,
  fungsiSerapan,
  fungsiSisa,
  rumusCapaian,
  rumusEfisiensi,
  rumusKategori,
  rumusPersenSisa,
  rumusSerapan,
  rumusSisa,
  type Masukan,
} from "./rumus-excel";
import type { ColumnRole, ColumnRoleId, DataRow, RecognizedTable, TableKind } from "./tabel/types";
import { cellAt, type Cell, type SheetModel, type WorkbookModel } from "./workbook";

export type ModeIsi = "formulas" | "values" | "functions";

export const MODE_ISI: readonly ModeIsi[] = ["formulas", "values", "functions"];

/** The columns `fill` writes, in the order they are decided (later ones read earlier ones). */
export type KolomIsi = "capaian" | "serapan" | "kategori" | "sisa" | "persen_sisa" | "efisiensi";

export const KOLOM_ISI: readonly KolomIsi[] = [
  "capaian",
  "serapan",
  "kategori",
  "sisa",
  "persen_sisa",
  "efisiensi",
];

export type GalatExcel = "#N/A" | "#DIV/0!" | "#VALUE!";

export const GALAT_EXCEL: Readonly<Record<ErrorKind, GalatExcel>> = {
  na: "#N/A",
  div0: "#DIV/0!",
  value: "#VALUE!",
};

/** One cell to write. Rows and columns 0-based, as in the workbook model. */
export interface EditSel {
  sheet: string;
  row: number;
  col: number;
  /** Formula without the leading `=` (OOXML storage form). */
  formula?: string;
  /**
   * The value to write; for a formula, the result the engine computed, to store as the cached
   * result so that a reader that does not recalculate still sees it.
   */
  value?: number | string;
  /** For a formula whose result is an Excel error: that error, as the cached result. */
  error?: GalatExcel;
}

export interface KolomTerisi {
  sheet: string;
  /** The table's A1 range. */
  table: string;
  kind: TableKind;
  kolom: KolomIsi;
  /** Column letter. */
  col: string;
  header: string;
  rumus: number;
  nilai: number;
  dilewati: number;
}

export interface SelDilewati {
  sheet: string;
  cell: string;
  kolom: KolomIsi;
  /** Why, in Bahasa Indonesia. */
  alasan: string;
}

export interface KolomTakTerisi {
  sheet: string;
  table: string;
  kolom: KolomIsi;
  col: string;
  alasan: string;
}

export interface RencanaIsi {
  mode: ModeIsi;
  edits: EditSel[];
  /** Per table and column: how many cells got a formula or a value, and how many were skipped. */
  kolom: KolomTerisi[];
  dilewati: SelDilewati[];
  /** Columns of a fillable role left alone because the table lacks their inputs. */
  takTerisi: KolomTakTerisi[];
  /** Notes for the whole run (e.g. that `SAKIP.*` formulas need the add-in). */
  catatan: string[];
}

export interface OpsiIsi {
  /** The report year when known (else `pengaturan.tahun`, else the latest year with realisasi). */
  tahun?: number;
  /**
   * A row's polarity as the checks settled it (the cascade may carry it across tables); the
   * row's own `polaritas` when absent or undefined.
   */
  polaritas?: (table: RecognizedTable, row: number) => Polaritas | undefined;
  /**
   * The number format of a cell the model holds no format for (an empty cell whose style gives
   * it `0.00%`): a percent-formatted result cell must get a fraction.
   */
  format?: (sheet: string, row: number, col: number) => string | undefined;
}

// ---- Reading the inputs ---------------------------------------------------------------------

/** The state of one cell as a formula would see it. */
interface Sumber {
  /** The engine's value in percent points (or rupiah). */
  hasil: Result<number>;
  /** How a native formula refers to it; absent when a native formula cannot read it (text). */
  rumus?: Masukan;
  /** How a `SAKIP.*` formula refers to it. */
  fungsi: Masukan;
  kosong: boolean;
}

function persenFormat(cell: Cell | undefined): boolean {
  return cell?.fmt !== undefined && cell.fmt.includes("%");
}

function kosong(cell: Cell | undefined): boolean {
  return cell === undefined || cell.v === null || cell.v === "";
}

function dariNilai(n: Nilai): Result<number> {
  switch (n.kind) {
    case "number":
    case "percent":
      return Number.isFinite(n.value) ? ok(n.value) : err("value", `"${n.raw}" bukan angka.`);
    case "pending":
      return err("na", `nilai belum tersedia ("${n.raw}"): ${n.reason}`);
    case "unreadable":
      return err("value", `nilai tidak terbaca: "${n.raw}" (${n.reason})`);
    case "grade":
      return err("value", `nilai huruf "${n.raw}" bukan angka`);
  }
}

class Pembaca {
  private readonly kolom = new Map<number, Nilai[]>();

  constructor(
    private readonly sheet: SheetModel,
    private readonly rows: readonly DataRow[],
  ) {}

  /** The reading of a cell, the column read together so that separators are settled alike. */
  nilai(col: number, i: number): Nilai {
    let dibaca = this.kolom.get(col);
    if (dibaca === undefined) {
      const sel = this.rows.map((r) => cellAt(this.sheet, r.row, col));
      dibaca = bacaKolom(
        sel.map((c) => (c === undefined ? null : (c.v as RawCell))),
        sel.map(persenFormat),
      );
      this.kolom.set(col, dibaca);
    }
    return dibaca[i];
  }

  sumber(col: number, i: number): Sumber {
    const row = this.rows[i].row;
    const cell = cellAt(this.sheet, row, col);
    const ref = { ref: a1(row, col), pecahan: persenFormat(cell) };
    const asli = this.nilai(col, i);
    return {
      hasil: asli.kind === "grade" ? err("value", `nilai huruf "${asli.raw}"`) : dariNilai(asli),
      rumus: kosong(cell) || typeof cell?.v === "number" ? ref : undefined,
      fungsi: ref,
      kosong: kosong(cell),
    };
  }
}

// ---- Choosing the input columns ---------------------------------------------------------------

function bukanAkhir(c: ColumnRole): boolean {
  return c.variant !== "akhir" && c.variant !== "sebelum";
}

/**
 * The input column of `role` that goes with an output column: the same year when the output has
 * one (a yearless input counts as the report year's); otherwise the yearless one, the Sesudah
 * one, or the report year's.
 */
function pilihKolom(
  table: RecognizedTable,
  role: ColumnRoleId,
  keluaran: ColumnRole,
  tahun: number | undefined,
): ColumnRole | undefined {
  const calon = table.columns.filter((c) => c.role === role && bukanAkhir(c));
  if (keluaran.year !== undefined) {
    const sama = calon.find((c) => c.year === keluaran.year);
    if (sama !== undefined) return sama;
    if (keluaran.year !== tahun) return undefined;
    return calon.find((c) => c.year === undefined);
  }
  const polos = calon.filter((c) => c.year === undefined);
  if (polos.length > 0) return polos.find((c) => c.variant === undefined) ?? polos[0];
  if (tahun !== undefined) return calon.find((c) => c.year === tahun);
  return calon.length === 1 ? calon[0] : undefined;
}

/** The latest year of a realisasi column with at least one filled data cell. */
export function tahunLaporan(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
): number | undefined {
  let tahun: number | undefined;
  for (const t of tables) {
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (sheet === undefined) continue;
    for (const c of t.columns) {
      if (c.role !== "realisasi" || c.year === undefined) continue;
      if (tahun !== undefined && c.year <= tahun) continue;
      if (t.rows.some((r) => !kosong(cellAt(sheet, r.row, c.col)))) tahun = c.year;
    }
  }
  return tahun;
}

// ---- Deciding one cell -------------------------------------------------------------------------

type Keputusan =
  | { jenis: "rumus"; formula: string; hasil: Result<number | string> }
  | { jenis: "nilai"; value: number | string; hasil: Result<number | string> }
  | { jenis: "lewat"; alasan: string; hasil: Result<number | string>; kosong: boolean };

interface Bahan {
  masukan: readonly Sumber[];
  /** Named inputs, for the reason when all are empty (`target dan realisasi`). */
  namaMasukan: string;
  hasil: Result<number | string>;
  rumus: (m: readonly Masukan[]) => string;
  fungsi: (m: readonly Masukan[]) => string;
  /** The value to write for a result (a fraction in a percent-formatted cell). */
  tulis: (x: number | string) => number | string;
}

function putuskan(mode: ModeIsi, b: Bahan): Keputusan {
  if (b.masukan.every((m) => m.kosong)) {
    return {
      jenis: "lewat",
      alasan: `${b.namaMasukan} kosong: tidak ada yang dapat dihitung.`,
      hasil: b.hasil,
      kosong: true,
    };
  }
  if (mode === "functions") {
    return { jenis: "rumus", formula: b.fungsi(b.masukan.map((m) => m.fungsi)), hasil: b.hasil };
  }
  const asli = b.masukan.map((m) => m.rumus);
  const bisaRumus = asli.every((m): m is Masukan => m !== undefined);
  // A value error (a scale trap, an unreadable cell) is a finding to fix, not a formula to keep.
  if (mode === "formulas" && bisaRumus && (b.hasil.ok || b.hasil.error !== "value")) {
    return { jenis: "rumus", formula: b.rumus(asli), hasil: b.hasil };
  }
  if (b.hasil.ok) return { jenis: "nilai", value: b.tulis(b.hasil.value), hasil: b.hasil };
  return { jenis: "lewat", alasan: kalimat(b.hasil.message), hasil: b.hasil, kosong: false };
}

function kalimat(s: string): string {
  const t = s.trim();
  const besar = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(besar) ? besar : `${besar}.`;
}

/** The state of a filled cell as the columns decided after it see it. */
function sumberTerisi(
  k: Keputusan,
  sel: { row: number; col: number; cell: Cell | undefined },
  asli: Sumber,
): Sumber | undefined {
  const ref: Masukan = { ref: a1(sel.row, sel.col), pecahan: persenFormat(sel.cell) };
  if (k.jenis === "lewat") {
    // Nothing to compute leaves the printed cell as it was; a failure carries its reason on.
    return k.kosong ? asli : { hasil: angka(k.hasil), fungsi: ref, kosong: false };
  }
  const hasil = k.hasil.ok
    ? typeof k.hasil.value === "number"
      ? ok(k.hasil.value)
      : err("value", "bukan angka")
    : k.hasil;
  return { hasil, rumus: ref, fungsi: ref, kosong: false };
}

function angka(hasil: Result<number | string>): Result<number> {
  if (!hasil.ok) return hasil;
  return typeof hasil.value === "number" ? ok(hasil.value) : err("value", "bukan angka");
}

// ---- The plan ----------------------------------------------------------------------------------

function skalaDari(pengaturan: Pengaturan): Skala {
  return typeof pengaturan.skala === "string" ? skalaPreset(pengaturan.skala) : pengaturan.skala;
}

function dalamGabunganBukanKiriAtas(sheet: SheetModel, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) =>
      row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && !(row === m.r0 && col === m.c0),
  );
}

interface Konteks {
  sheet: SheetModel;
  table: RecognizedTable;
  baca: Pembaca;
  mode: ModeIsi;
  pengaturan: Pengaturan;
  skala: Skala;
  tahun: number | undefined;
  rencana: RencanaIsi;
  /** Per output column (0-based), the state of each row's cell after filling. */
  terisi: Map<number, (Sumber | undefined)[]>;
  /** The table as recognised (before total rows were set aside), for `polaritas`. */
  asal: RecognizedTable;
  polaritas?: OpsiIsi["polaritas"];
}

function persenKeluaran(cell: Cell | undefined, x: number | string): number | string {
  return typeof x === "number" && persenFormat(cell) ? x / 100 : x;
}

/** Capaian or serapan of row `i` for a dependent column: its column after filling, or inline. */
function sumberTurunan(
  k: Konteks,
  role: "capaian" | "serapan",
  keluaran: ColumnRole,
  i: number,
): Sumber | "tanpa-kolom" {
  const kolom = pilihKolom(k.table, role, keluaran, k.tahun);
  if (kolom !== undefined) {
    const terisi = k.terisi.get(kolom.col);
    if (terisi !== undefined) {
      const s = terisi[i];
      if (s !== undefined) return s;
      return {
        hasil: err("value", `${role} baris ini tidak diisi`),
        fungsi: a1(k.table.rows[i].row, kolom.col),
        kosong: false,
      };
    }
    return k.baca.sumber(kolom.col, i);
  }
  const b =
    role === "capaian" ? bahanCapaian(k, keluaran, i) : bahanUang(k, "serapan", keluaran, i);
  if (b === undefined) return "tanpa-kolom";
  const semuaKosong = b.masukan.every((m) => m.kosong);
  const asli = b.masukan.map((m) => m.rumus);
  const bisa = asli.every((m): m is Masukan => m !== undefined);
  return {
    hasil: angka(b.hasil),
    rumus: bisa ? { rumus: b.rumus(asli) } : undefined,
    fungsi: { rumus: b.fungsi(b.masukan.map((m) => m.fungsi)) },
    kosong: semuaKosong,
  };
}

function bahanCapaian(k: Konteks, keluaran: ColumnRole, i: number): Bahan | undefined {
  const kt = pilihKolom(k.table, "target", keluaran, k.tahun);
  const kr = pilihKolom(k.table, "realisasi", keluaran, k.tahun);
  if (kt === undefined || kr === undefined) return undefined;
  const dr = k.table.rows[i];
  const polaritas: Polaritas = k.polaritas?.(k.asal, dr.row) ?? dr.polaritas;
  const opsi = { polaritas, metode: k.pengaturan.metodeNegatif };
  const cell = cellAt(k.sheet, k.table.rows[i].row, keluaran.col);
  const pecahan = keluaran.role === "capaian" && persenFormat(cell);
  return {
    masukan: [k.baca.sumber(kt.col, i), k.baca.sumber(kr.col, i)],
    namaMasukan: "Target dan realisasi",
    hasil: hitungCapaian(k.baca.nilai(kt.col, i), k.baca.nilai(kr.col, i), opsi),
    rumus: ([t, r]) => rumusCapaian(t, r, { ...opsi, hasilPecahan: pecahan }),
    fungsi: ([t, r]) => fungsiCapaian(t, r, { ...opsi, hasilPecahan: pecahan }),
    tulis: (x) => persenKeluaran(cell, x),
  };
}

function bahanUang(
  k: Konteks,
  jenis: "serapan" | "sisa" | "persen_sisa",
  keluaran: ColumnRole,
  i: number,
): Bahan | undefined {
  const kp = pilihKolom(k.table, "pagu", keluaran, k.tahun);
  const kr = pilihKolom(k.table, "realisasi_anggaran", keluaran, k.tahun);
  if (kp === undefined || kr === undefined) return undefined;
  const cell = cellAt(k.sheet, k.table.rows[i].row, keluaran.col);
  const pecahan = jenisKolom(keluaran) === jenis && jenis !== "sisa" && persenFormat(cell);
  const p = k.baca.nilai(kp.col, i);
  const r = k.baca.nilai(kr.col, i);
  const hitung =
    jenis === "serapan" ? hitungSerapan : jenis === "sisa" ? hitungSisa : hitungPersenSisa;
  return {
    masukan: [k.baca.sumber(kp.col, i), k.baca.sumber(kr.col, i)],
    namaMasukan: "Pagu dan realisasi anggaran",
    hasil: hitung(p, r),
    rumus: ([a, b]) =>
      jenis === "serapan"
        ? rumusSerapan(a, b, { hasilPecahan: pecahan })
        : jenis === "sisa"
          ? rumusSisa(a, b)
          : rumusPersenSisa(a, b, { hasilPecahan: pecahan }),
    fungsi: ([a, b]) =>
      jenis === "serapan"
        ? fungsiSerapan(a, b, { hasilPecahan: pecahan })
        : jenis === "sisa"
          ? fungsiSisa(a, b)
          : // No SAKIP function for the SILPA percentage: the native formula does it.
            rumusPersenSisa(a, b, { hasilPecahan: pecahan }),
    tulis: (x) => (jenis === "sisa" ? x : persenKeluaran(cell, x)),
  };
}

function bahanKategori(k: Konteks, keluaran: ColumnRole, i: number): Bahan | undefined {
  const cap = sumberTurunan(k, "capaian", keluaran, i);
  if (cap === "tanpa-kolom") return undefined;
  const skala = k.skala;
  const hasil: Result<number | string> = cap.hasil.ok
    ? kategoriSkala(cap.hasil.value, skala)
    : cap.hasil;
  const preset = typeof k.pengaturan.skala === "string" ? k.pengaturan.skala : undefined;
  return {
    masukan: [cap],
    namaMasukan: "Capaian",
    hasil,
    rumus: ([c]) => rumusKategori(c, skala),
    fungsi: ([c]) => (preset !== undefined ? fungsiKategori(c, preset) : rumusKategori(c, skala)),
    tulis: (x) => x,
  };
}

function bahanEfisiensi(k: Konteks, keluaran: ColumnRole, i: number): Bahan | undefined {
  const cap = sumberTurunan(k, "capaian", keluaran, i);
  const ser = sumberTurunan(k, "serapan", keluaran, i);
  if (cap === "tanpa-kolom" || ser === "tanpa-kolom") return undefined;
  const metode: MetodeEfisiensi = k.pengaturan.metodeEfisiensi;
  const cell = cellAt(k.sheet, k.table.rows[i].row, keluaran.col);
  const pecahan = persenFormat(cell);
  let hasil: Result<number>;
  if (!cap.hasil.ok) hasil = cap.hasil;
  else if (!ser.hasil.ok) hasil = ser.hasil;
  else hasil = hitungEfisiensi(cap.hasil.value, ser.hasil.value, metode);
  return {
    masukan: [cap, ser],
    namaMasukan: "Capaian dan serapan",
    hasil,
    rumus: ([c, s]) => rumusEfisiensi(c, s, metode, { hasilPecahan: pecahan }),
    fungsi: ([c, s]) => fungsiEfisiensi(c, s, metode, { hasilPecahan: pecahan }),
    tulis: (x) => (metode === "rasio" ? x : persenKeluaran(cell, x)),
  };
}

function bahan(k: Konteks, jenis: KolomIsi, keluaran: ColumnRole, i: number): Bahan | undefined {
  switch (jenis) {
    case "capaian":
      return bahanCapaian(k, keluaran, i);
    case "serapan":
    case "sisa":
    case "persen_sisa":
      return bahanUang(k, jenis, keluaran, i);
    case "kategori":
      return bahanKategori(k, keluaran, i);
    case "efisiensi":
      return bahanEfisiensi(k, keluaran, i);
  }
}

const MASUKAN_KOLOM: Readonly<Record<KolomIsi, string>> = {
  capaian: "kolom target dan realisasi",
  serapan: "kolom pagu dan realisasi anggaran",
  sisa: "kolom pagu dan realisasi anggaran",
  persen_sisa: "kolom pagu dan realisasi anggaran",
  kategori: "kolom capaian, atau kolom target dan realisasi",
  efisiensi: "kolom capaian dan serapan (atau target, realisasi, pagu dan realisasi anggaran)",
};

function isiKolom(k: Konteks, jenis: KolomIsi, keluaran: ColumnRole): void {
  const { sheet, table, rencana } = k;
  const ringkas: KolomTerisi = {
    sheet: table.sheet,
    table: rentangA1(table),
    kind: table.kind,
    kolom: jenis,
    col: colLetters(keluaran.col),
    header: keluaran.header,
    rumus: 0,
    nilai: 0,
    dilewati: 0,
  };
  const keadaan: (Sumber | undefined)[] = [];
  let adaBahan = false;
  table.rows.forEach((dr, i) => {
    const b = bahan(k, jenis, keluaran, i);
    if (b === undefined) {
      keadaan.push(undefined);
      return;
    }
    adaBahan = true;
    const cell = cellAt(sheet, dr.row, keluaran.col);
    const asli = k.baca.sumber(keluaran.col, i);
    if (dalamGabunganBukanKiriAtas(sheet, dr.row, keluaran.col)) {
      ringkas.dilewati++;
      rencana.dilewati.push({
        sheet: table.sheet,
        cell: a1(dr.row, keluaran.col),
        kolom: jenis,
        alasan: "Sel ini bagian dari sel gabungan: dibiarkan.",
      });
      keadaan.push(undefined);
      return;
    }
    const kp = putuskan(k.mode, b);
    keadaan.push(sumberTerisi(kp, { row: dr.row, col: keluaran.col, cell }, asli));
    const dasar = { sheet: table.sheet, row: dr.row, col: keluaran.col };
    if (kp.jenis === "lewat") {
      ringkas.dilewati++;
      rencana.dilewati.push({
        sheet: table.sheet,
        cell: a1(dr.row, keluaran.col),
        kolom: jenis,
        alasan: kp.alasan,
      });
    } else if (kp.jenis === "nilai") {
      ringkas.nilai++;
      rencana.edits.push({ ...dasar, value: kp.value });
    } else {
      ringkas.rumus++;
      const edit: EditSel = { ...dasar, formula: kp.formula };
      if (kp.hasil.ok) edit.value = b.tulis(kp.hasil.value);
      else edit.error = GALAT_EXCEL[kp.hasil.error];
      rencana.edits.push(edit);
    }
  });
  if (!adaBahan) {
    rencana.takTerisi.push({
      sheet: table.sheet,
      table: rentangA1(table),
      kolom: jenis,
      col: colLetters(keluaran.col),
      alasan: `Tabel tidak memiliki ${MASUKAN_KOLOM[jenis]} untuk kolom ini.`,
    });
    return;
  }
  k.terisi.set(keluaran.col, keadaan);
  rencana.kolom.push(ringkas);
}

/** The sheet with the formats of the empty result cells filled in (rows copied, not changed). */
function lengkapiFormat(
  sheet: SheetModel,
  table: RecognizedTable,
  format: NonNullable<OpsiIsi["format"]>,
): SheetModel {
  let cells: SheetModel["cells"] | undefined;
  for (const kolom of table.columns) {
    if (jenisKolom(kolom) === undefined) continue;
    for (const dr of table.rows) {
      const cell = cellAt(sheet, dr.row, kolom.col);
      if (cell?.fmt !== undefined || !kosong(cell)) continue;
      const fmt = format(sheet.name, dr.row, kolom.col);
      if (fmt === undefined || fmt === "" || fmt.toLowerCase() === "general") continue;
      cells ??= sheet.cells.slice();
      const baris = (cells[dr.row] ?? []).slice();
      baris[kolom.col] = { v: cell?.v ?? null, fmt };
      cells[dr.row] = baris;
    }
  }
  return cells === undefined ? sheet : { ...sheet, cells };
}

/**
 * What a column is filled with. A SILPA column headed as a percentage (`Persentase SILPA (%)`)
 * gets the percentage whatever role it was given: writing rupiah into it would be worse than
 * leaving it alone.
 */
function jenisKolom(kolom: ColumnRole): KolomIsi | undefined {
  if (kolom.role === "sisa") {
    const judul = kolom.header.split(">").pop() ?? "";
    return /persen|prosen|%/i.test(judul) ? "persen_sisa" : "sisa";
  }
  return KOLOM_ISI.find((k) => k === kolom.role);
}

function rentangA1(t: RecognizedTable): string {
  return `${a1(t.range.r0, t.range.c0)}:${a1(t.range.r1, t.range.c1)}`;
}

/**
 * The cells `fill` writes. `formulas` (default): native formulas, or the engine's value where an
 * input is text a formula cannot read; `values`: the engine's values; `functions`: `SAKIP.*`
 * calls (the add-in must be loaded). A cell with nothing to compute, or whose value the engine
 * cannot compute, is skipped with the reason; total rows and every other column are left alone.
 */
export function rencanaIsi(
  wb: WorkbookModel,
  tables: readonly RecognizedTable[],
  pengaturan: Pengaturan,
  mode: ModeIsi = "formulas",
  opsi?: OpsiIsi,
): RencanaIsi {
  const rencana: RencanaIsi = {
    mode,
    edits: [],
    kolom: [],
    dilewati: [],
    takTerisi: [],
    catatan: [],
  };
  const tahun = opsi?.tahun ?? pengaturan.tahun ?? tahunLaporan(wb, tables);
  const skala = skalaDari(pengaturan);
  const dilengkapi = new Map<SheetModel, SheetModel>();
  for (const table of tables) {
    const asli = wb.sheets.find((s) => s.name === table.sheet);
    if (asli === undefined) continue;
    const sheet =
      opsi?.format === undefined
        ? asli
        : lengkapiFormat(dilengkapi.get(asli) ?? asli, table, opsi.format);
    dilengkapi.set(asli, sheet);
    // Total and repeated header rows are never data, whatever a recogniser put in `rows`.
    const bukanData = new Set([...table.totalRows.map((t) => t.row), ...table.repeatedHeaderRows]);
    const rows = table.rows.filter((r) => !bukanData.has(r.row));
    const tabel = rows.length === table.rows.length ? table : { ...table, rows };
    const k: Konteks = {
      sheet,
      table: tabel,
      baca: new Pembaca(sheet, tabel.rows),
      mode,
      pengaturan,
      skala,
      tahun,
      rencana,
      terisi: new Map(),
      asal: table,
    };
    if (opsi?.polaritas !== undefined) k.polaritas = opsi.polaritas;
    for (const jenis of KOLOM_ISI) {
      for (const kolom of tabel.columns) if (jenisKolom(kolom) === jenis) isiKolom(k, jenis, kolom);
    }
  }
  if (mode === "functions" && rencana.edits.length > 0) {
    rencana.catatan.push(
      "Rumus SAKIP.* hanya menghitung bila add-in Kinerja terpasang; tanpa add-in Excel " +
        "menampilkan #NAME?.",
    );
    if (typeof pengaturan.skala !== "string") {
      rencana.catatan.push(
        "Skala kategori buatan sendiri ditulis sebagai rumus IF bawaan Excel, karena " +
          "SAKIP.KATEGORI memerlukan tabel skala di lembar kerja.",
      );
    }
  }
  const urutan = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const posisi = (e: EditSel): number => urutan.get(e.sheet) ?? 0;
  rencana.edits.sort((a, b) => posisi(a) - posisi(b) || a.row - b.row || a.col - b.col);
  return rencana;
}
