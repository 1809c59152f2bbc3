/**
 * Named LAMBDA functions stored in the workbook (`=CAPAIAN(D5;E5)` without the add-in, on Excel
 * for Microsoft 365, Excel 2024 and Excel on the web). Every body comes from the one builder of
 * native formulas (`rumus-excel.ts`) called with the parameter names as inputs, so a name and a
 * `fill --mode formulas` cell cannot compute differently.
 *
 * Storage form ([MS-XLSX] 2.2.2 "Formulas", future functions): in the file, functions newer than
 * Excel 2007 carry `_xlfn.` and LAMBDA parameters carry `_xlpm.`, an optional parameter keeps its
 * brackets around the prefixed name: `_xlfn.LAMBDA(_xlpm.x,[_xlpm.y],_xlfn.ISOMITTED(_xlpm.y))`.
 */
import { skalaPreset, type Skala } from "./kategori";
import type { Pengaturan } from "./pengaturan";
import {
  rumusCapaian,
  rumusEfisiensi,
  rumusKategori,
  rumusSerapan,
  rumusSisa,
  teksRumus,
} from "./rumus-excel";

export type NamaFungsi = "CAPAIAN" | "KATEGORI" | "SERAPAN" | "SISA" | "EFISIENSI";

export const NAMA_FUNGSI: readonly NamaFungsi[] = [
  "CAPAIAN",
  "KATEGORI",
  "SERAPAN",
  "SISA",
  "EFISIENSI",
];

export interface DefinisiNama {
  nama: NamaFungsi;
  /** Every parameter in order, optional ones included (without brackets). */
  parameter: string[];
  /** The optional parameters (a suffix of `parameter`). */
  opsional: string[];
  /** As the user sees it in the Name Manager: `=LAMBDA(target,realisasi,[arah],...)`. */
  rumus: string;
  /** As stored in `xl/workbook.xml` (no `=`): `_xlfn.LAMBDA(_xlpm.target,...)`. */
  rumusXml: string;
  /** Indonesian: what it computes and under which convention; starts with `PENANDA_KOMENTAR`. */
  komentar: string;
}

/** Marks the names this add-in wrote, so that only those are ever updated or removed. */
export const PENANDA_KOMENTAR = "Kinerja:";

/** Functions the body may use that Excel 2007 did not know: stored with `_xlfn.`. */
const FUNGSI_BARU: ReadonlySet<string> = new Set(["LAMBDA", "ISOMITTED", "LET", "IFS"]);

/**
 * The words `bacaArah` accepts as one direction, written as native comparisons (Excel and
 * LibreOffice compare text without regard to case).
 */
const KATA_NAIK = ["+", "naik", "meningkat", "positif"];
const KATA_TURUN = ["-", "turun", "menurun", "negatif"];

function skalaDari(p: Pengaturan): Skala {
  return typeof p.skala === "string" ? skalaPreset(p.skala) : p.skala;
}

function samaDengan(param: string, kata: readonly string[]): string {
  return `OR(${kata.map((k) => `${param}=${teksRumus(k)}`).join(",")})`;
}

/**
 * CAPAIAN's body: `+` when arah is omitted or blank (as the custom function), the negative
 * convention of the settings for `-`, `#VALUE!` for any other word.
 */
function badanCapaian(p: Pengaturan): string {
  const naik = rumusCapaian("target", "realisasi", { polaritas: "+", metode: p.metodeNegatif });
  const turun = rumusCapaian("target", "realisasi", { polaritas: "-", metode: p.metodeNegatif });
  const katanaik = samaDengan("arah", ["", ...KATA_NAIK]);
  return (
    `IF(ISOMITTED(arah),${naik},IF(${katanaik},${naik},` +
    `IF(${samaDengan("arah", KATA_TURUN)},${turun},#VALUE!)))`
  );
}

const URAIAN_NEGATIF: Record<Pengaturan["metodeNegatif"], string> = {
  selisih: "(2 x target - realisasi) / target x 100",
  rasio: "target / realisasi x 100",
  sisa: "(target - realisasi) / target x 100",
};

const URAIAN_EFISIENSI: Record<Pengaturan["metodeEfisiensi"], string> = {
  selisih: "capaian - serapan (poin persen)",
  rasio: "capaian / serapan",
  indeks: "capaian / serapan x 100",
};

const KOSONG = "Sel kosong: #N/A.";

function susun(
  nama: NamaFungsi,
  parameter: string[],
  opsional: string[],
  badan: string,
  komentar: string,
): DefinisiNama {
  const daftar = parameter.map((x) => (opsional.includes(x) ? `[${x}]` : x));
  const rumus = `=LAMBDA(${[...daftar, badan].join(",")})`;
  return {
    nama,
    parameter,
    opsional,
    rumus,
    rumusXml: keBentukXml(rumus.slice(1), parameter),
    komentar: `${PENANDA_KOMENTAR} ${komentar}`,
  };
}

/** The five named functions under the given settings, in a fixed order. */
export function fungsiBukuKerja(p: Pengaturan): DefinisiNama[] {
  const skala = skalaDari(p);
  const metodeArah = p.metodeNegatif;
  return [
    susun(
      "CAPAIAN",
      ["target", "realisasi", "arah"],
      ["arah"],
      badanCapaian(p),
      `capaian kinerja (%). Arah + (bawaan): realisasi / target x 100; arah - (turun): ` +
        `metode ${metodeArah}, ${URAIAN_NEGATIF[metodeArah]}. Target 0: #DIV/0!. ${KOSONG}`,
    ),
    susun(
      "KATEGORI",
      ["capaian"],
      [],
      rumusKategori("capaian", skala),
      `kategori capaian (%) menurut skala ${skala.nama}. ${KOSONG}`,
    ),
    susun(
      "SERAPAN",
      ["pagu", "realisasi"],
      [],
      rumusSerapan("pagu", "realisasi"),
      `serapan anggaran (%): realisasi / pagu x 100. Pagu 0: #DIV/0!. ${KOSONG}`,
    ),
    susun(
      "SISA",
      ["pagu", "realisasi"],
      [],
      rumusSisa("pagu", "realisasi"),
      `sisa anggaran (rupiah): pagu - realisasi. ${KOSONG}`,
    ),
    susun(
      "EFISIENSI",
      ["capaian", "serapan"],
      [],
      rumusEfisiensi("capaian", "serapan", p.metodeEfisiensi),
      `tingkat efisiensi, metode ${p.metodeEfisiensi}: ${URAIAN_EFISIENSI[p.metodeEfisiensi]}. ` +
        KOSONG,
    ),
  ];
}

/**
 * Rewrites the identifiers outside text literals: `ganti(nama, sebelumKurung)` returns the new
 * spelling or undefined to keep it. Identifiers inside `"..."` (labels, arah words) are left alone.
 */
function petaIdentitas(
  rumus: string,
  ganti: (nama: string, fungsi: boolean) => string | undefined,
): string {
  const bagian = rumus.split(/("(?:[^"]|"")*")/);
  return bagian
    .map((b, i) => {
      if (i % 2 === 1) return b;
      return b.replace(/[A-Za-z_][A-Za-z0-9_.]*/g, (id: string, pos: number, semua: string) => {
        const sebelum = pos > 0 ? semua[pos - 1] : "";
        // Part of an error literal (#VALUE!) or a sheet-qualified name: not ours.
        if (sebelum === "#" || sebelum === "!" || sebelum === "'") return id;
        const fungsi = semua[pos + id.length] === "(";
        return ganti(id, fungsi) ?? id;
      });
    })
    .join("");
}

/** `_xlfn.` on future functions, `_xlpm.` on every parameter (declarations and uses). */
function keBentukXml(rumus: string, parameter: readonly string[]): string {
  return petaIdentitas(rumus, (id, fungsi) => {
    if (fungsi && FUNGSI_BARU.has(id.toUpperCase())) return `_xlfn.${id}`;
    if (!fungsi && parameter.includes(id)) return `_xlpm.${id}`;
    return undefined;
  });
}

/** The LAMBDA's body (without `=LAMBDA(` and its parameter list), as the user sees it. */
export function badanRumus(def: DefinisiNama): string {
  const awal = `=LAMBDA(${def.parameter
    .map((x) => (def.opsional.includes(x) ? `[${x}]` : x))
    .join(",")},`;
  return def.rumus.slice(awal.length, -1);
}

/**
 * The body with its parameters replaced by cell references, as an ordinary formula (no `=`) that
 * Excel 2016 and LibreOffice evaluate: a parameter absent from `sel` counts as omitted
 * (`ISOMITTED` gives TRUE, the parameter reads as blank text). Required parameters must be given.
 */
export function bodiDenganSel(def: DefinisiNama, sel: Readonly<Record<string, string>>): string {
  const badan = badanRumus(def).replace(
    /ISOMITTED\(([A-Za-z_][A-Za-z0-9_]*)\)/g,
    (_m, p: string) => (sel[p] === undefined ? "TRUE()" : "FALSE()"),
  );
  return petaIdentitas(badan, (id, fungsi) => {
    if (fungsi || !def.parameter.includes(id)) return undefined;
    return sel[id] ?? '""';
  });
}
