/**
 * A role for every column: its own label first, then the group above it (`ANGGARAN > Realisasi`),
 * then its neighbours (`Realisasi` after `Anggaran`), then its data (`Tingkat Capaian` holding
 * words is a kategori column). Every decision carries its reason in Bahasa Indonesia.
 */
import { bacaArah } from "../capaian";
import { colLetters } from "../a1";
import type { Grid } from "./grid";
import { teksJalur, type Label } from "./judul";
import { NAMA_PERAN, PERAN_NAMA, type Bacaan } from "./label";
import type { ColumnRoleId, Level, Variant } from "./types";
import type { Profil } from "./wilayah";

export interface KolomPeran {
  col: number;
  role: ColumnRoleId;
  year?: number;
  variant?: Variant;
  header: string;
  reason: string;
  source: "header" | "koreksi";
  /** Levels a name column can hold, shallowest first. */
  tingkat?: Level[];
  indikatorAnak?: boolean;
  /** Path of labels the role came from (for neighbour rules and span detection). */
  jalur: readonly Label[];
}

type Tertunda = "realisasi" | "capaian" | "persen";

interface Sementara {
  k: KolomPeran;
  tunda?: Tertunda;
  tingkatCapaian?: boolean;
}

function kutip(l: Label): string {
  const t = l.teks;
  return t.diperbaiki ? `'${t.raw}' (dibaca '${t.norm}')` : `'${t.raw}'`;
}

function tahunDari(jalur: readonly Label[]): { year?: number; dari?: Label } {
  for (let i = jalur.length - 1; i >= 0; i--) {
    const ys = jalur[i].teks.years;
    if (ys.length > 0) return { year: ys[ys.length - 1], dari: jalur[i] };
  }
  return {};
}

function bersih(jalur: readonly Label[]): Label[] {
  return jalur.filter((l) => l.bacaan?.khusus !== "rp");
}

/** The nearest group above the column's own label that names a role. */
function grupBerperan(jalur: readonly Label[]): { l: Label; b: Bacaan } | undefined {
  for (let i = jalur.length - 2; i >= 0; i--) {
    const b = jalur[i].bacaan;
    if (b?.role !== undefined) return { l: jalur[i], b };
  }
  return undefined;
}

function grupPerhitungan(jalur: readonly Label[]): Label | undefined {
  for (let i = jalur.length - 2; i >= 0; i--) {
    if (jalur[i].teks.tokens.includes("perhitungan")) return jalur[i];
  }
  return undefined;
}

function varianDari(jalur: readonly Label[]): { variant?: Variant; dari?: Label } {
  for (let i = jalur.length - 1; i >= 0; i--) {
    const b = jalur[i].bacaan;
    if (b?.khusus === "sebelum") return { variant: "sebelum", dari: jalur[i] };
    if (b?.khusus === "sesudah") return { variant: "sesudah", dari: jalur[i] };
    if (b?.akhir === true) return { variant: "akhir", dari: jalur[i] };
  }
  return {};
}

const ROLE_TAHUN = new Set<ColumnRoleId>([
  "kategori",
  "target",
  "realisasi",
  "capaian",
  "pagu",
  "realisasi_anggaran",
  "serapan",
  "baseline",
  "kemajuan",
]);

/** First pass: what each column's own label and its group say. */
function dariJudul(c: number, jalurAsli: readonly Label[]): Sementara | undefined {
  const jalur = bersih(jalurAsli);
  if (jalur.length === 0) return undefined;
  const own = jalur[jalur.length - 1];
  const b = own.bacaan;
  const grup = grupBerperan(jalur);
  const header = teksJalur(jalurAsli);
  const rupiah = jalurAsli.some((l) => l.teks.rupiah);
  const buat = (role: ColumnRoleId, reason: string, extra?: Partial<KolomPeran>): KolomPeran => ({
    col: c,
    role,
    header,
    reason,
    source: "header",
    jalur: jalurAsli,
    ...extra,
  });
  const diBawah = grup === undefined ? "" : ` di bawah ${kutip(grup.l)}`;

  if (b === undefined) {
    if (grup === undefined || grup.b.role === undefined) return undefined;
    return {
      k: buat(
        grup.b.role,
        `judul ${kutip(own)} tidak dikenali; mengikuti judul kelompok ${kutip(grup.l)}: ${NAMA_PERAN[grup.b.role]}`,
      ),
    };
  }
  if (b.khusus === "kategori-nama") {
    return {
      k: buat("kategori", `judul ${kutip(own)} adalah nama kategori: satu kolom per kategori`),
    };
  }
  if (b.khusus === "tahun" || b.khusus === "sebelum" || b.khusus === "sesudah") {
    const gr = grup?.b.role;
    if (gr !== undefined && ROLE_TAHUN.has(gr)) {
      const nama = gr === "pagu" && rupiah ? "pagu anggaran" : NAMA_PERAN[gr];
      return { k: buat(gr, `judul ${kutip(own)}${diBawah} dibaca sebagai ${nama}`) };
    }
    if (gr === "indikator" || gr === undefined) {
      return {
        k: buat(
          "target",
          `judul ${kutip(own)}${diBawah} tanpa kata realisasi/capaian dianggap kolom target`,
        ),
      };
    }
    return undefined;
  }
  if (b.khusus === "persen") return { k: buat("capaian", ""), tunda: "persen" };
  if (b.khusus === "rp" || b.khusus === "teks" || b.role === undefined) return undefined;

  const role: ColumnRoleId = b.role;
  if (b.generik === true && grup !== undefined && grup.b.role !== undefined) {
    const gr = grup.b.role;
    if (role === "uraian" && (PERAN_NAMA.has(gr) || gr === "indikator")) {
      return {
        k: buat(gr, `judul ${kutip(own)}${diBawah} dibaca sebagai ${NAMA_PERAN[gr]}`, {
          tingkat: grup.b.tingkat,
          indikatorAnak: grup.b.indikatorAnak,
        }),
      };
    }
  }
  const ekstra: Partial<KolomPeran> = { tingkat: b.tingkat, indikatorAnak: b.indikatorAnak };
  const gr = grup?.b.role;
  if (role === "realisasi") {
    if (gr === "pagu" || gr === "serapan" || own.teks.tokens.includes("anggaran") || rupiah) {
      const sebab =
        gr === "pagu" || gr === "serapan" ? diBawah : " dengan satuan rupiah/kata anggaran";
      return {
        k: buat(
          "realisasi_anggaran",
          `judul ${kutip(own)}${sebab} dibaca sebagai realisasi anggaran`,
        ),
      };
    }
    if (gr !== undefined && gr !== "realisasi") {
      return { k: buat("realisasi", `judul ${kutip(own)}${diBawah} dibaca sebagai realisasi`) };
    }
    return { k: buat("realisasi", ""), tunda: "realisasi" };
  }
  if (role === "capaian") {
    if (gr === "pagu" || gr === "serapan") {
      return {
        k: buat("serapan", `judul ${kutip(own)}${diBawah} dibaca sebagai serapan anggaran`),
      };
    }
    if (gr !== undefined) {
      return {
        k: buat("capaian", `judul ${kutip(own)}${diBawah} dibaca sebagai capaian kinerja`),
        tingkatCapaian: b.tingkatCapaian,
      };
    }
    return { k: buat("capaian", ""), tunda: "capaian", tingkatCapaian: b.tingkatCapaian };
  }
  if (role === "target") {
    const hitung = grupPerhitungan(jalur);
    if (hitung !== undefined) {
      return {
        k: buat(
          "arah",
          `judul ${kutip(own)} di bawah ${kutip(hitung)} menyatakan arah (meningkat/menurun)`,
        ),
      };
    }
  }
  return {
    k: buat(role, `judul ${kutip(own)}${diBawah} dibaca sebagai ${NAMA_PERAN[role]}`, ekstra),
  };
}

/** Nearest column to the left with a settled role. */
function kiri(list: Sementara[], i: number): Sementara | undefined {
  for (let j = i - 1; j >= 0; j--) if (list[j].tunda === undefined) return list[j];
  return undefined;
}

function judulKolom(s: Sementara): string {
  const j = bersih(s.k.jalur);
  return j.length === 0 ? colLetters(s.k.col) : kutip(j[j.length - 1]);
}

/** Second pass, left to right: `Realisasi` next to `Anggaran`, `%` next to `Realisasi`. */
function dariTetangga(list: Sementara[]): void {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.tunda === undefined) continue;
    const own = bersih(s.k.jalur);
    const ownL = own[own.length - 1];
    const t = kiri(list, i);
    const tr = t?.k.role;
    const sebelah = t === undefined ? "" : ` di sebelah kolom ${judulKolom(t)}`;
    if (s.tunda === "realisasi") {
      if (tr === "pagu") {
        s.k.role = "realisasi_anggaran";
        s.k.reason = `judul ${kutip(ownL)}${sebelah} (pagu) dibaca sebagai realisasi anggaran`;
      } else {
        s.k.reason = `judul ${kutip(ownL)} dibaca sebagai realisasi kinerja`;
      }
    } else if (s.tunda === "capaian") {
      if (tr === "realisasi_anggaran") {
        s.k.role = "serapan";
        s.k.reason = `judul ${kutip(ownL)}${sebelah} (realisasi anggaran) dibaca sebagai serapan anggaran`;
      } else {
        s.k.reason = `judul ${kutip(ownL)} dibaca sebagai capaian kinerja`;
      }
    } else {
      const grup = grupBerperan(own)?.b.role;
      let role: ColumnRoleId = "capaian";
      if (grup === "pagu" || grup === "serapan" || tr === "realisasi_anggaran") role = "serapan";
      else if (tr === "sisa") role = "persen_sisa";
      s.k.role = role;
      const alasan =
        grup === "capaian" || grup === "pagu" || grup === "serapan"
          ? ` di bawah ${kutip(grupBerperan(own)?.l ?? ownL)}`
          : sebelah;
      s.k.reason = `judul ${kutip(ownL)}${alasan} dibaca sebagai ${NAMA_PERAN[role]}`;
    }
    s.tunda = undefined;
  }
}

const ARAH_SAMPEL = 60;

/** Third pass: what the data says (`Tingkat Capaian` with words, a target column of arah words). */
function dariData(
  g: Grid,
  list: Sementara[],
  baris: readonly number[],
  profil: ReadonlyMap<number, Profil>,
): void {
  for (const s of list) {
    const p = profil.get(s.k.col);
    if (p === undefined || p.n === 0) continue;
    if (s.tingkatCapaian === true && s.k.role === "capaian" && p.hurufSaja / p.n >= 0.6) {
      s.k.role = "kategori";
      s.k.reason = `judul ${judulKolom(s)} berisi teks kategori, bukan angka: dibaca sebagai kategori`;
      continue;
    }
    if (s.k.role === "target" && p.teks > 0 && p.angka === 0) {
      let semua = true;
      let n = 0;
      for (let i = 0; i < baris.length && n < ARAH_SAMPEL; i++) {
        const t = g.teks(baris[i], s.k.col);
        if (t === "") continue;
        n++;
        if (bacaArah(t) === undefined) {
          semua = false;
          break;
        }
      }
      if (semua && n > 0) {
        s.k.role = "arah";
        s.k.reason = `judul ${judulKolom(s)} berisi Meningkat/Menurun: dibaca sebagai arah`;
      }
    }
  }
}

/** Years and variants from the label path. */
function tahunVarian(list: Sementara[]): void {
  for (const s of list) {
    if (!ROLE_TAHUN.has(s.k.role) && s.k.role !== "standar") continue;
    const { year, dari } = tahunDari(s.k.jalur);
    const v = varianDari(s.k.jalur);
    // A baseline and an end-of-period target are known by what they are, not by their year.
    const tanpaTahun = s.k.role === "baseline" || v.variant === "akhir";
    if (year !== undefined && dari !== undefined && !tanpaTahun) {
      s.k.year = year;
      s.k.reason += `; tahun ${year} dari judul '${dari.teks.raw}'`;
    }
    if (v.variant !== undefined && v.dari !== undefined) {
      s.k.variant = v.variant;
      s.k.reason +=
        v.variant === "akhir"
          ? `; target akhir periode dari judul '${v.dari.teks.raw}'`
          : `; varian ${v.variant} dari judul '${v.dari.teks.raw}'`;
    }
  }
}

/**
 * A Renstra table's `Capaian 2020` before its year targets is the baseline; two neighbouring
 * columns under one name label (`SASARAN` over a number and a name) are a number and a name.
 */
function rapikanAkhir(list: Sementara[], profil: ReadonlyMap<number, Profil>): void {
  const tahunTarget = list
    .filter((s) => s.k.role === "target" && s.k.year !== undefined && s.k.variant === undefined)
    .map((s) => s.k.year as number);
  const adaRealisasiKini = list.some((s) => s.k.role === "realisasi" && s.k.year === undefined);
  if (new Set(tahunTarget).size >= 2 && !adaRealisasiKini) {
    const awal = Math.min(...tahunTarget);
    for (const s of list) {
      if ((s.k.role === "capaian" || s.k.role === "realisasi") && (s.k.year ?? awal) < awal) {
        s.k.role = "baseline";
        s.k.reason = `judul ${judulKolom(s)} (tahun ${s.k.year}) mendahului target tahun ${awal}: dibaca sebagai data awal (baseline)`;
        s.k.year = undefined;
      }
    }
  }
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i].k;
    const b = list[i + 1].k;
    if (b.col !== a.col + 1 || a.role !== b.role || !PERAN_NAMA.has(a.role)) continue;
    const p = profil.get(a.col);
    if (p !== undefined && p.n > 0 && p.kode / p.n >= 0.6) {
      a.reason = `judul ${judulKolom(list[i])} menaungi dua kolom; kolom ${colLetters(a.col)} berisi nomor urut ${NAMA_PERAN[a.role]}`;
      a.role = "no";
      a.tingkat = undefined;
    }
  }
}

export function tentukanPeran(
  g: Grid,
  jalur: ReadonlyMap<number, readonly Label[]>,
  baris: readonly number[],
  profil: ReadonlyMap<number, Profil>,
): KolomPeran[] {
  const list: Sementara[] = [];
  const cols = [...jalur.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const s = dariJudul(c, jalur.get(c) ?? []);
    if (s !== undefined) list.push(s);
  }
  dariTetangga(list);
  dariData(g, list, baris, profil);
  tahunVarian(list);
  rapikanAkhir(list, profil);
  return list.map((s) => s.k);
}
