/**
 * Capaian (achievement) per SAKIP.md section 5.
 */
import type { GradeNilai, Nilai } from "./nilai";
import { angkaTeks, bacaDua, isErr, teksMasukan, type Angka } from "./pesan";
import { err, ok, type Result } from "./result";

/** `+`: higher is better; `-`: lower is better. */
export type Polaritas = "+" | "-";

/** The three conventions for lower-is-better indicators; `selisih` is the default. */
export type MetodeNegatif = "selisih" | "rasio" | "sisa";

export const METODE_NEGATIF: readonly MetodeNegatif[] = ["selisih", "rasio", "sisa"];

export interface CapaianOptions {
  polaritas?: Polaritas;
  metode?: MetodeNegatif;
}

const ARAH: Readonly<Record<string, Polaritas>> = {
  "+": "+",
  naik: "+",
  meningkat: "+",
  positif: "+",
  "-": "-",
  turun: "-",
  menurun: "-",
  negatif: "-",
};

/**
 * Reads a direction as planners write it: `+`, `-`, `naik`, `turun`, `meningkat`, `menurun`,
 * `positif`, `negatif` in any case and spacing. Undefined when it cannot be read.
 */
export function bacaArah(text: unknown): Polaritas | undefined {
  if (typeof text !== "string") return undefined;
  const norm = text
    .toLowerCase()
    .replace(/[\u2212\u2013\u2014]/g, "-")
    .replace(/[\s()]/g, "");
  if (norm === "") return undefined;
  // `Meningkat/Naik` repeats one direction; `+/-` names two and is therefore unreadable.
  let hasil: Polaritas | undefined;
  for (const bagian of norm.split("/")) {
    const arah = ARAH[bagian];
    if (arah === undefined || (hasil !== undefined && arah !== hasil)) return undefined;
    hasil = arah;
  }
  return hasil;
}

/** Reads a negative-indicator method id (any case); undefined when unknown. */
export function bacaMetodeNegatif(text: unknown): MetodeNegatif | undefined {
  if (typeof text !== "string") return undefined;
  const norm = text.trim().toLowerCase();
  return METODE_NEGATIF.find((m) => m === norm);
}

/**
 * The numeric kernel for the hot path: NaN when there is no number (target 0, rasio with R = 0).
 * No allocation.
 */
export function capaianAngka(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  metode: MetodeNegatif,
): number {
  // `+ 0` turns -0 (0 / -T) into 0, so that a zero capaian prints and compares as 0.
  if (target === 0) return NaN;
  if (polaritas === "+") return (realisasi / target) * 100 + 0;
  if (metode === "rasio") return realisasi === 0 ? NaN : (target / realisasi) * 100;
  if (metode === "sisa") return ((target - realisasi) / target) * 100 + 0;
  return ((2 * target - realisasi) / target) * 100 + 0;
}

function isHuruf(x: Nilai | number): x is GradeNilai {
  return typeof x !== "number" && x.kind === "grade";
}

/**
 * Grades compare by rank: capaian = rank(R) / rank(T) x 100 with AA = 7 ... D = 1. A = A gives
 * 100, a worse grade proportionally less (B against A: 4/6 -> 66.67), a better one more (AA
 * against A: 116.67). Grades are always higher-is-better, whatever the indicator's polarity.
 */
function capaianNilaiHuruf(t: GradeNilai, r: GradeNilai, polaritas: Polaritas): Result<number> {
  if (!(t.rank > 0) || !(r.rank > 0)) {
    const salah = t.rank > 0 ? r : t;
    return err("value", `Nilai huruf "${salah.raw}" tidak dikenal (AA, A, BB, B, CC, C, D).`);
  }
  const catatan =
    polaritas === "-"
      ? ["Nilai huruf dibandingkan makin tinggi makin baik; polaritas '-' tidak dipakai."]
      : undefined;
  return ok((r.rank / t.rank) * 100, catatan);
}

/** The scale trap of SAKIP.md section 4: a fraction (0.7704) against percent points (80). */
function jebakanSkala(
  t: Angka,
  r: Angka,
  target: Nilai | number,
  realisasi: Nilai | number,
): string | undefined {
  // Two `%` written in text are both percent points whatever their size (0.2% vs 5,77%); so are
  // two percent-formatted cells. Only a mix of origins can hide a factor of 100.
  if (t.persen && r.persen && t.persenTeks === r.persenTeks) return undefined;
  // Count units (Dok, Orang) carry their own scale: 1 Dok against 100 Dok is no trap.
  if ((!t.persen && t.unit !== undefined) || (!r.persen && r.unit !== undefined)) return undefined;
  const tKecil = t.value > 0 && t.value <= 1.5 && r.value > 1.5;
  const rKecil = r.value > 0 && r.value <= 1.5 && t.value > 1.5;
  if (!tKecil && !rKecil) return undefined;
  const kecil = tKecil ? t.value : r.value;
  const besar = tKecil ? r.value : t.value;
  const nisbah = (kecil * 100) / besar;
  if (nisbah < 0.2 || nisbah > 5) return undefined;
  const [namaKecil, teksKecil, namaBesar, teksBesar] = tKecil
    ? ["target", teksMasukan(target), "realisasi", teksMasukan(realisasi)]
    : ["realisasi", teksMasukan(realisasi), "target", teksMasukan(target)];
  return (
    `Target dan realisasi berbeda skala: ${namaKecil} ${teksKecil} tampak sebagai pecahan ` +
    `(${angkaTeks(kecil * 100)} %), sedangkan ${namaBesar} ${teksBesar} dalam persen. ` +
    `Samakan skalanya, misalnya tulis ${namaKecil} sebagai ${angkaTeks(kecil * 100)}% ` +
    `atau beri kedua sel format persen.`
  );
}

function satuanBaku(a: Angka): string | undefined {
  if (a.persen) return "%";
  return a.unit?.trim().toLowerCase().replace(/\s+/g, " ") || undefined;
}

/**
 * Capaian from two readings (or plain numbers): grade targets on the ordinal scale, pending ->
 * `na`, target 0 -> `div0`, unreadable or mixed scales -> `value`, each with a message.
 */
export function hitungCapaian(
  target: Nilai | number,
  realisasi: Nilai | number,
  options?: CapaianOptions,
): Result<number> {
  const polaritas = options?.polaritas ?? "+";
  const metode = options?.metode ?? "selisih";
  if (polaritas !== "+" && polaritas !== "-") {
    return err("value", `Polaritas "${String(polaritas)}" tidak dikenal; gunakan + atau -.`);
  }
  if (!METODE_NEGATIF.includes(metode)) {
    return err(
      "value",
      `Metode "${String(metode)}" tidak dikenal; gunakan selisih, rasio atau sisa.`,
    );
  }

  if (isHuruf(target) && isHuruf(realisasi)) {
    return capaianNilaiHuruf(target, realisasi, polaritas);
  }
  const tHuruf = isHuruf(target);
  const rHuruf = isHuruf(realisasi);
  if (tHuruf || rHuruf) {
    const lawan = tHuruf ? realisasi : target;
    // A missing or unreadable other side is reported as such below, not as a grade mismatch.
    const lawanTanpaAngka =
      typeof lawan !== "number" && (lawan.kind === "pending" || lawan.kind === "unreadable");
    if (!lawanTanpaAngka) {
      return err(
        "value",
        `Target ${teksMasukan(target)} dan realisasi ${teksMasukan(realisasi)} tidak sebanding: ` +
          `nilai huruf hanya dapat dibandingkan dengan nilai huruf.`,
      );
    }
  }

  const dibaca = bacaDua(tHuruf ? 0 : target, "Target", rHuruf ? 0 : realisasi, "Realisasi");
  if (isErr(dibaca)) return dibaca;
  const [t, r] = dibaca;

  const jebakan = jebakanSkala(t, r, target, realisasi);
  if (jebakan !== undefined) return err("value", jebakan);

  if (t.value === 0) return err("div0", "Target 0: capaian tidak dapat dihitung");
  if (polaritas === "-" && metode === "rasio" && r.value === 0) {
    return err("div0", "Realisasi 0: capaian metode rasio (T / R) tidak dapat dihitung.");
  }

  const nilai = capaianAngka(t.value, r.value, polaritas, metode);
  if (!Number.isFinite(nilai)) {
    return err(
      "value",
      `Capaian dari target ${teksMasukan(target)} dan realisasi ${teksMasukan(realisasi)} ` +
        `di luar jangkauan angka.`,
    );
  }

  const catatan: string[] = [];
  const satuanT = satuanBaku(t);
  const satuanR = satuanBaku(r);
  if (satuanT !== undefined && satuanR !== undefined && satuanT !== satuanR) {
    catatan.push(
      `Satuan target (${t.persen ? "%" : t.unit}) berbeda dengan satuan realisasi ` +
        `(${r.persen ? "%" : r.unit}); periksa apakah keduanya mengukur hal yang sama.`,
    );
  }
  if (polaritas === "-" && metode === "sisa") {
    catatan.push(
      `Metode sisa (T - R) / T x 100 mengukur sisa jarak ke target, bukan capaian: ` +
        `realisasi sama dengan target memberi 0%.`,
    );
  }
  return ok(nilai, catatan);
}
