/**
 * Reading cell values as planners type them (SAKIP.md section 4).
 */
import { bacaTeks, jejak, lipat, type Desimal, type Sumber } from "./nilai-angka";
import { pending, takTerbaca } from "./nilai-teks";

/** A cell value as it arrives: from Excel, exceljs or a user's typing. */
export type RawCell = string | number | boolean | null | undefined;

interface Base {
  /** The input as text, exactly as given (numbers via String()). */
  raw: string;
}

/** A plain quantity, e.g. `3.952.453.098`, `18 dokumen`, `Rp 1.234.567,-`, `92 poin`. */
export interface NumberNilai extends Base {
  kind: "number";
  value: number;
  /** Unit as written (`Dok`, `Orang`, `poin`, `Rp`), normalised to trimmed text; absent when none. */
  unit?: string;
  /** Set when the separators could be read two ways; says which reading was taken and why. */
  ambiguous?: string;
}

/** A percentage in percent points: `76,50%` and `80 Prosen` give 76.5 and 80. */
export interface PercentNilai extends Base {
  kind: "percent";
  value: number;
  /** `%`, `Prosen`, `persen`, ... as written; `%` when it came from a percent number format. */
  unit: string;
  /** True when the value came from a percent-formatted number (0.765 shown as 76,50%). */
  fromFormat?: boolean;
  ambiguous?: string;
}

/** An ordinal SAKIP evaluation grade: AA, A, BB, B, CC, C, D. */
export interface GradeNilai extends Base {
  kind: "grade";
  grade: string;
  /** AA = 7, A = 6, BB = 5, B = 4, CC = 3, C = 2, D = 1. */
  rank: number;
}

/** Not known yet (`-`, `NA`, empty, `Menunggu Rilis PDRB oleh BPS 2024`) or a text target (`Meningkat`). */
export interface PendingNilai extends Base {
  kind: "pending";
  reason: string;
}

/** Could not be read; `candidates` holds the values when a cell holds two (`71% 55%`). */
export interface UnreadableNilai extends Base {
  kind: "unreadable";
  reason: string;
  candidates?: Nilai[];
}

export type Nilai = NumberNilai | PercentNilai | GradeNilai | PendingNilai | UnreadableNilai;

export interface ReadOptions {
  /** The cell carries a percent number format: a number 0.765 means 76.5 %. */
  percentFormat?: boolean;
  /**
   * Which character is the decimal separator when the text alone cannot tell (`1.500`).
   * Usually inferred from the other cells of a column by `bacaKolom`.
   */
  decimal?: "," | ".";
}

/** Reads one cell. Never throws; always classifies. */
export function bacaNilai(input: RawCell, options?: ReadOptions): Nilai {
  if (options === undefined) return bacaSel(input, false, undefined, "kebiasaan");
  const desimal = desimalSah(options.decimal);
  return bacaSel(
    input,
    options.percentFormat === true,
    desimal,
    desimal === undefined ? "kebiasaan" : "opsi",
  );
}

/**
 * Reads a column of cells together, so that separators ambiguous in one cell are settled by the
 * others (SAKIP.md section 4). `percentFormats[i]` says whether cell i is percent-formatted.
 */
export function bacaKolom(
  inputs: readonly RawCell[],
  percentFormats?: readonly boolean[],
): Nilai[] {
  const n = inputs.length;
  const hasil: Nilai[] = new Array<Nilai>(n);
  const ambigu = new Uint8Array(n);
  let adaAmbigu = false;
  let buktiKoma = false;
  let buktiTitik = false;
  for (let i = 0; i < n; i++) {
    hasil[i] = bacaSel(inputs[i], persenPada(percentFormats, i), undefined, "kebiasaan");
    if (jejak.bukti === KOMA) buktiKoma = true;
    else if (jejak.bukti === TITIK) buktiTitik = true;
    if (jejak.ambigu) {
      ambigu[i] = 1;
      adaAmbigu = true;
    }
  }
  // Evidence for both conventions (`6.1%` next to `14,8%` happens in one table): then the column
  // settles nothing and each cell keeps its own reading.
  if (!adaAmbigu || buktiKoma === buktiTitik) return hasil;
  const desimal: Desimal = buktiKoma ? "," : ".";
  for (let i = 0; i < n; i++) {
    if (ambigu[i] === 1) {
      hasil[i] = bacaSel(inputs[i], persenPada(percentFormats, i), desimal, "kolom");
    }
  }
  return hasil;
}

/** The numeric value of a reading in its own scale (percent points for percents), or undefined. */
export function angkaDari(n: Nilai): number | undefined {
  return n.kind === "number" || n.kind === "percent" ? n.value : undefined;
}

const KOMA = 44;
const TITIK = 46;

function desimalSah(d: unknown): Desimal | undefined {
  return d === "," || d === "." ? d : undefined;
}

function persenPada(formats: readonly boolean[] | undefined, i: number): boolean {
  return formats !== undefined && formats[i] === true;
}

function bacaSel(
  input: RawCell,
  persenFormat: boolean,
  desimal: Desimal | undefined,
  sumber: Sumber,
): Nilai {
  if (typeof input === "string") return bacaTeks(lipat(input), input, desimal, sumber);
  jejak.bukti = 0;
  jejak.ambigu = false;
  if (typeof input === "number") return bacaBilangan(input, persenFormat);
  if (input === null || input === undefined) return pending("", "sel kosong");
  if (typeof input === "boolean") {
    return takTerbaca(String(input), `nilai logika (${input ? "TRUE" : "FALSE"}), bukan angka`);
  }
  // Not a RawCell by type, but cells from other libraries (rich text, dates) can still arrive.
  return takTerbaca(teksAman(input), "jenis isi sel tidak dikenal, bukan angka");
}

function bacaBilangan(x: number, persenFormat: boolean): Nilai {
  const raw = String(x);
  if (Number.isNaN(x)) return takTerbaca(raw, "bukan angka yang sah (NaN)");
  if (!Number.isFinite(x)) return takTerbaca(raw, `angka tak hingga (${raw})`);
  if (!persenFormat) return { raw, kind: "number", value: x };
  // 0.7704 * 100 is 77.03999999999999 in binary; 15 significant digits drop only that noise.
  const value = Number((x * 100).toPrecision(15));
  return { raw, kind: "percent", value, unit: "%", fromFormat: true };
}

function teksAman(x: unknown): string {
  try {
    return String(x);
  } catch {
    return "";
  }
}
