/**
 * A recognised table read once: every numeric column through `bacaKolom` (so that separators are
 * settled by the column), the report-year pairs of target/realisasi/capaian columns and the
 * budget columns. Checks and the report work on this, never on raw cells again.
 */
import { colLetters } from "../a1";
import { bacaKolom, type Nilai, type RawCell } from "../nilai";
import { PERAN_NILAI } from "../tabel/label";
import type { ColumnRole, ColumnRoleId, RecognizedTable } from "../tabel/types";
import type { Cell, SheetModel } from "../workbook";

/** Roles whose cells hold numbers (SAKIP.md section 6, `value-unreadable`): the recogniser's own set. */
export const PERAN_ANGKA: ReadonlySet<ColumnRoleId> = PERAN_NILAI;

export interface KolomBaca {
  peran: ColumnRole;
  /** Report key (`target_2023`, `pagu_sesudah`, `capaian_2`). */
  kunci: string;
  huruf: string;
  /** Readings per data row (same index as `table.rows`); empty for text columns. */
  nilai: Nilai[];
  /** Readings per total row (same index as `table.totalRows`); empty for text columns. */
  nilaiTotal: Nilai[];
}

/** The columns of one year (or of the table's single year) that belong together. */
export interface PasanganTahun {
  tahun?: number;
  target?: KolomBaca;
  realisasi?: KolomBaca;
  capaian?: KolomBaca;
  kategori?: KolomBaca;
}

export interface PasanganAnggaran {
  pagu?: KolomBaca;
  realisasi?: KolomBaca;
  serapan?: KolomBaca;
  sisa?: KolomBaca;
  persenSisa?: KolomBaca;
  efisiensi?: KolomBaca;
}

export interface Kemajuan {
  kolom: KolomBaca;
  realisasi?: KolomBaca;
  targetAkhir?: KolomBaca;
}

export interface TabelBaca {
  /** Position among all tables of the workbook (sheet order, then row). */
  indeks: number;
  /** Position of the sheet in the workbook. */
  lembar: number;
  sheet: SheetModel;
  tabel: RecognizedTable;
  kolom: KolomBaca[];
  /** The year the table's un-yeared columns stand for. */
  tahunTabel?: number;
  pasangan: PasanganTahun[];
  /** The pair of the report year (or the table's own year). */
  utama?: PasanganTahun;
  anggaran: PasanganAnggaran;
  kemajuan?: Kemajuan;
  /** Whether an arah column gives each row its own polarity. */
  adaArah: boolean;
  /** Column of the code/number per data row, and of the name/indicator texts. */
  kolomKode: KolomBaca[];
  kolomNama: KolomBaca[];
  kolomIndikator?: KolomBaca;
  kolomSatuan?: KolomBaca;
}

/** Positions covered by a merged area other than its top-left cell: their value is the area's. */
export function selTertutup(sheet: SheetModel): Set<number> {
  const tutup = new Set<number>();
  for (const m of sheet.merges) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) {
        if (r !== m.r0 || c !== m.c0) tutup.add(posisi(r, c));
      }
    }
  }
  return tutup;
}

export function posisi(r: number, c: number): number {
  return r * 20000 + c;
}

/** The cell at (r, c) unless a merged area hides it. */
export function selDi(
  sheet: SheetModel,
  tutup: ReadonlySet<number>,
  r: number,
  c: number,
): Cell | undefined {
  if (tutup.size > 0 && tutup.has(posisi(r, c))) return undefined;
  const row = sheet.cells[r];
  return row === undefined ? undefined : row[c];
}

/** A cell's text as a planner sees it (numbers via String); empty for nothing. */
export function teksSel(cell: Cell | undefined): string {
  if (cell === undefined || cell.v === null || cell.v === undefined) return "";
  return typeof cell.v === "string" ? cell.v.trim() : String(cell.v);
}

export function formatPersen(cell: Cell | undefined): boolean {
  return cell !== undefined && typeof cell.v === "number" && (cell.fmt ?? "").includes("%");
}

/** Report keys: role, `_<year>`, `_<variant>`; repeated keys get `_2`, `_3` in column order. */
export function kunciKolom(columns: readonly ColumnRole[]): Map<ColumnRole, string> {
  const hasil = new Map<ColumnRole, string>();
  const hitung = new Map<string, number>();
  const urut = [...columns].sort((a, b) => a.col - b.col);
  for (const k of urut) {
    let dasar: string = k.role;
    if (k.year !== undefined) dasar += `_${k.year}`;
    if (k.variant !== undefined) dasar += `_${k.variant}`;
    const n = (hitung.get(dasar) ?? 0) + 1;
    hitung.set(dasar, n);
    hasil.set(k, n === 1 ? dasar : `${dasar}_${n}`);
  }
  return hasil;
}

const TAHUN_JUDUL = /\b(19[5-9]\d|20\d\d|21\d\d)\b/g;

/** The single year a title names (`Perjanjian Kinerja Tahun 2023`); undefined for none or a range. */
export function tahunJudul(title: string | undefined): number | undefined {
  if (title === undefined) return undefined;
  const tahun = new Set<number>();
  for (const m of title.matchAll(TAHUN_JUDUL)) tahun.add(Number(m[1]));
  return tahun.size === 1 ? [...tahun][0] : undefined;
}

const HANYA_RP = /^\s*rp\.?\s*$/i;

/** Money roles: a cell holding only `Rp.` has its amount in the next cell (SAKIP.md section 4). */
const PERAN_UANG: ReadonlySet<ColumnRoleId> = new Set<ColumnRoleId>([
  "pagu",
  "realisasi_anggaran",
  "sisa",
]);

/**
 * The cell a value is read from: the column's own, or for money printed as `Rp.` | amount, the
 * amount beside it when that column holds no value of its own.
 */
function selNilai(
  sheet: SheetModel,
  tutup: ReadonlySet<number>,
  r: number,
  c: number,
  uang: boolean,
  kolomAngka: ReadonlySet<number>,
): Cell | undefined {
  const cell = selDi(sheet, tutup, r, c);
  if (!uang || cell === undefined || typeof cell.v !== "string" || !HANYA_RP.test(cell.v)) {
    return cell;
  }
  if (kolomAngka.has(c + 1)) return cell;
  const sebelah = selDi(sheet, tutup, r, c + 1);
  return sebelah === undefined || sebelah.v === null || sebelah.v === "" ? cell : sebelah;
}

function bacaKolomTabel(
  sheet: SheetModel,
  tutup: ReadonlySet<number>,
  t: RecognizedTable,
  peran: ColumnRole,
  kolomAngka: ReadonlySet<number>,
) {
  const c = peran.col;
  const uang = PERAN_UANG.has(peran.role);
  const isi: RawCell[] = new Array<RawCell>(t.rows.length);
  const persen: boolean[] = new Array<boolean>(t.rows.length + t.totalRows.length);
  for (let i = 0; i < t.rows.length; i++) {
    const cell = selNilai(sheet, tutup, t.rows[i].row, c, uang, kolomAngka);
    isi[i] = cell?.v ?? null;
    persen[i] = formatPersen(cell);
  }
  const n = t.rows.length;
  for (let j = 0; j < t.totalRows.length; j++) {
    const cell = selNilai(sheet, tutup, t.totalRows[j].row, c, uang, kolomAngka);
    isi.push(cell?.v ?? null);
    persen[n + j] = formatPersen(cell);
  }
  const semua = bacaKolom(isi, persen);
  return { nilai: semua.slice(0, n), nilaiTotal: semua.slice(n) };
}

type PeranPasangan = "target" | "realisasi" | "capaian" | "kategori";
const PERAN_PASANGAN: readonly PeranPasangan[] = ["target", "realisasi", "capaian", "kategori"];

/** Sesudah wins over a plain column, a plain one over Sebelum; the end target is never a year's. */
function pilih(kolom: readonly KolomBaca[]): KolomBaca | undefined {
  let plain: KolomBaca | undefined;
  let sebelum: KolomBaca | undefined;
  for (const k of kolom) {
    const v = k.peran.variant;
    if (v === "sesudah") return k;
    if (v === "akhir") continue;
    if (v === "sebelum") sebelum ??= k;
    else plain ??= k;
  }
  return plain ?? sebelum;
}

function bentukPasangan(
  kolom: readonly KolomBaca[],
  tahunLaporan: number | undefined,
  judul: number | undefined,
) {
  const perTahun = new Map<number, Map<PeranPasangan, KolomBaca[]>>();
  const tanpaTahun = new Map<PeranPasangan, KolomBaca[]>();
  for (const k of kolom) {
    const peran = k.peran.role as PeranPasangan;
    if (!PERAN_PASANGAN.includes(peran) || k.peran.variant === "akhir") continue;
    let peta = tanpaTahun;
    if (k.peran.year !== undefined) {
      peta = perTahun.get(k.peran.year) ?? new Map<PeranPasangan, KolomBaca[]>();
      perTahun.set(k.peran.year, peta);
    }
    const daftar = peta.get(peran) ?? [];
    daftar.push(k);
    peta.set(peran, daftar);
  }
  // Un-yeared columns stand for the report year when the table has it (or has no year columns),
  // else for the table's single year, else for the year its title names.
  let tahunTabel: number | undefined;
  if (tahunLaporan !== undefined && perTahun.has(tahunLaporan)) tahunTabel = tahunLaporan;
  else if (perTahun.size === 1) tahunTabel = [...perTahun.keys()][0];
  else if (perTahun.size === 0) tahunTabel = judul ?? tahunLaporan;
  else if (judul !== undefined && perTahun.has(judul)) tahunTabel = judul;
  const daftarTahun = [...perTahun.keys()];
  if (tanpaTahun.size > 0 && (tahunTabel === undefined || !perTahun.has(tahunTabel))) {
    if (tahunTabel === undefined) daftarTahun.push(NaN);
    else daftarTahun.push(tahunTabel);
  }
  daftarTahun.sort((a, b) => a - b);
  const pasangan: PasanganTahun[] = [];
  let utama: PasanganTahun | undefined;
  for (const y of daftarTahun) {
    const tahun = Number.isNaN(y) ? undefined : y;
    const peta = tahun === undefined ? undefined : perTahun.get(tahun);
    const dariTahun = (p: PeranPasangan) => pilih(peta?.get(p) ?? []);
    const bawaan = (p: PeranPasangan) =>
      tahun === tahunTabel ? pilih(tanpaTahun.get(p) ?? []) : undefined;
    const p: PasanganTahun = {};
    if (tahun !== undefined) p.tahun = tahun;
    for (const peran of PERAN_PASANGAN) {
      const k = dariTahun(peran) ?? bawaan(peran);
      if (k !== undefined) p[peran] = k;
    }
    pasangan.push(p);
    if (tahun === tahunTabel) utama = p;
  }
  return { tahunTabel, pasangan, utama };
}

function pilihAnggaran(
  kolom: readonly KolomBaca[],
  peran: ColumnRoleId,
  tahun: number | undefined,
) {
  const calon = kolom.filter((k) => k.peran.role === peran);
  const setahun = calon.filter((k) => k.peran.year !== undefined && k.peran.year === tahun);
  return pilih(setahun) ?? pilih(calon.filter((k) => k.peran.year === undefined));
}

function bentukKemajuan(
  kolom: readonly KolomBaca[],
  utama: PasanganTahun | undefined,
): Kemajuan | undefined {
  const k = kolom.find((x) => x.peran.role === "kemajuan");
  if (k === undefined) return undefined;
  const target = kolom.filter((x) => x.peran.role === "target");
  let targetAkhir = target.find((x) => x.peran.variant === "akhir");
  if (targetAkhir === undefined) {
    // Without a marked end target the latest target year is the end of the Renstra period.
    for (const x of target) {
      const y = x.peran.year ?? -Infinity;
      if (targetAkhir === undefined || y > (targetAkhir.peran.year ?? -Infinity)) targetAkhir = x;
    }
  }
  const realisasi = utama?.realisasi ?? pilih(kolom.filter((x) => x.peran.role === "realisasi"));
  const hasil: Kemajuan = { kolom: k };
  if (realisasi !== undefined) hasil.realisasi = realisasi;
  if (targetAkhir !== undefined) hasil.targetAkhir = targetAkhir;
  return hasil;
}

const PERAN_KODE: readonly ColumnRoleId[] = ["kode", "no"];
const PERAN_NAMA: readonly ColumnRoleId[] = [
  "uraian",
  "program",
  "kegiatan",
  "subkegiatan",
  "sasaran",
  "tujuan",
];

/** Reads one recognised table of the workbook. */
export function bacaTabel(
  sheet: SheetModel,
  lembar: number,
  tabel: RecognizedTable,
  indeks: number,
  tahunLaporan: number | undefined,
  tutup: ReadonlySet<number> = selTertutup(sheet),
): TabelBaca {
  const kunci = kunciKolom(tabel.columns);
  const kolomAngka = new Set(
    tabel.columns.filter((k) => PERAN_ANGKA.has(k.role)).map((k) => k.col),
  );
  const kolom: KolomBaca[] = [];
  for (const peran of [...tabel.columns].sort((a, b) => a.col - b.col)) {
    const angka = PERAN_ANGKA.has(peran.role);
    const dibaca = angka ? bacaKolomTabel(sheet, tutup, tabel, peran, kolomAngka) : undefined;
    kolom.push({
      peran,
      kunci: kunci.get(peran) ?? peran.role,
      huruf: colLetters(peran.col),
      nilai: dibaca?.nilai ?? [],
      nilaiTotal: dibaca?.nilaiTotal ?? [],
    });
  }
  const { tahunTabel, pasangan, utama } = bentukPasangan(
    kolom,
    tahunLaporan,
    tahunJudul(tabel.title),
  );
  const tahunAnggaran = tahunTabel ?? tahunLaporan;
  const anggaran: PasanganAnggaran = {};
  const isi = (nama: keyof PasanganAnggaran, peran: ColumnRoleId) => {
    const k = pilihAnggaran(kolom, peran, tahunAnggaran);
    if (k !== undefined) anggaran[nama] = k;
  };
  isi("pagu", "pagu");
  isi("realisasi", "realisasi_anggaran");
  isi("serapan", "serapan");
  isi("sisa", "sisa");
  isi("persenSisa", "persen_sisa");
  isi("efisiensi", "efisiensi");
  const hasil: TabelBaca = {
    indeks,
    lembar,
    sheet,
    tabel,
    kolom,
    pasangan,
    anggaran,
    adaArah: kolom.some((k) => k.peran.role === "arah"),
    kolomKode: PERAN_KODE.flatMap((p) => kolom.filter((k) => k.peran.role === p)),
    kolomNama: PERAN_NAMA.flatMap((p) => kolom.filter((k) => k.peran.role === p)),
  };
  if (tahunTabel !== undefined) hasil.tahunTabel = tahunTabel;
  if (utama !== undefined) hasil.utama = utama;
  const kemajuan = bentukKemajuan(kolom, utama);
  if (kemajuan !== undefined) hasil.kemajuan = kemajuan;
  const indikator = kolom.find((k) => k.peran.role === "indikator");
  if (indikator !== undefined) hasil.kolomIndikator = indikator;
  const satuan = kolom.find((k) => k.peran.role === "satuan");
  if (satuan !== undefined) hasil.kolomSatuan = satuan;
  return hasil;
}
