/**
 * Kategori scales as data (SAKIP.md section 5), user scales and their validation.
 */
import { angkaTeks } from "./pesan";
import { err, ok, type Result } from "./result";

/** One band of a scale. An absent bound is open (minus or plus infinity). */
export interface Band {
  label: string;
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
}

export interface Skala {
  id: string;
  nama: string;
  /** Ordered from the highest band down. */
  bands: Band[];
  /** Values above this are kept in the top band but flagged as outliers (e.g. 100 or 200). */
  outlierAbove?: number;
}

export type PresetSkalaId = "permendagri86" | "permendagri86-bulat" | "atribut";

export const PRESET_SKALA_IDS: readonly PresetSkalaId[] = [
  "permendagri86",
  "permendagri86-bulat",
  "atribut",
];

export interface MasalahSkala {
  jenis: "celah" | "tumpang-tindih" | "urutan" | "kosong" | "batas-tidak-terbaca";
  /** In Bahasa Indonesia. */
  pesan: string;
}

/** A capaian above 200 % usually means the target was set too low (SAKIP.md section 5). */
const OUTLIER_DI_ATAS = 200;

function pita(label: string, min?: number, minInc = true, max?: number, maxInc = false): Band {
  const b: Band = { label, minInclusive: minInc, maxInclusive: maxInc };
  if (min !== undefined) b.min = min;
  if (max !== undefined) b.max = max;
  return b;
}

// Built on each call so that a caller editing its copy cannot change the preset for others.
const PRESET: Readonly<Record<PresetSkalaId, () => Skala>> = {
  permendagri86: () => ({
    id: "permendagri86",
    nama: "Permendagri 86/2017 (pertidaksamaan)",
    bands: [
      pita("Sangat Tinggi", 90, false),
      pita("Tinggi", 75, false, 90, true),
      pita("Sedang", 65, false, 75, true),
      pita("Rendah", 50, false, 65, true),
      pita("Sangat Rendah", undefined, false, 50, true),
    ],
    outlierAbove: OUTLIER_DI_ATAS,
  }),
  // Printed as 91-100 / 76-90 / ...; the gaps between printed bounds are closed by taking each
  // band half-open on its lower bound, and > 100 stays Sangat Tinggi.
  "permendagri86-bulat": () => ({
    id: "permendagri86-bulat",
    nama: "Permendagri 86/2017 (batas bulat 91-100, 76-90, 66-75, 51-65, ≤ 50)",
    bands: [
      pita("Sangat Tinggi", 91, true),
      pita("Tinggi", 76, true, 91, false),
      pita("Sedang", 66, true, 76, false),
      pita("Rendah", 51, true, 66, false),
      pita("Sangat Rendah", undefined, false, 51, false),
    ],
    outlierAbove: OUTLIER_DI_ATAS,
  }),
  atribut: () => ({
    id: "atribut",
    nama: "Atribut Capaian (Sangat Berhasil ≥ 85, Berhasil ≥ 70, Cukup Berhasil ≥ 55)",
    bands: [
      pita("Sangat Berhasil", 85, true),
      pita("Berhasil", 70, true, 85, false),
      pita("Cukup Berhasil", 55, true, 70, false),
      pita("Tidak Berhasil", undefined, false, 55, false),
    ],
    outlierAbove: OUTLIER_DI_ATAS,
  }),
};

export function skalaPreset(id: PresetSkalaId): Skala {
  const buat = PRESET[id] ?? PRESET.permendagri86;
  return buat();
}

/** Finds a preset by id in any case; undefined when unknown. */
export function cariSkalaPreset(id: string): Skala | undefined {
  if (typeof id !== "string") return undefined;
  const norm = id.trim().toLowerCase();
  const cocok = PRESET_SKALA_IDS.find((p) => p === norm);
  return cocok === undefined ? undefined : skalaPreset(cocok);
}

/** A band as a planner writes it: `75 < x ≤ 90`, `x ≥ 91`, `x ≤ 50`. */
export function teksPita(b: Band): string {
  const bawah = b.min === undefined ? "" : `${angkaTeks(b.min)} ${b.minInclusive ? "≤" : "<"} `;
  const atas = b.max === undefined ? "" : ` ${b.maxInclusive ? "≤" : "<"} ${angkaTeks(b.max)}`;
  if (bawah === "" && atas === "") return "semua nilai";
  if (atas === "") return `x ${b.minInclusive ? "≥" : ">"} ${angkaTeks(b.min as number)}`;
  return `${bawah}x${atas}`;
}

function dalamPita(x: number, b: Band): boolean {
  if (b.min !== undefined && (x < b.min || (x === b.min && !b.minInclusive))) return false;
  if (b.max !== undefined && (x > b.max || (x === b.max && !b.maxInclusive))) return false;
  return true;
}

function bawahDari(b: Band): number {
  return b.min ?? -Infinity;
}

function atasDari(b: Band): number {
  return b.max ?? Infinity;
}

/** Orders bands by lower bound, then upper bound; negative when a lies below b. */
function bandingPita(a: Band, b: Band): number {
  const bawahA = bawahDari(a);
  const bawahB = bawahDari(b);
  if (bawahA !== bawahB) return bawahA < bawahB ? -1 : 1;
  if (a.min !== undefined && a.minInclusive !== b.minInclusive) return a.minInclusive ? -1 : 1;
  const atasA = atasDari(a);
  const atasB = atasDari(b);
  if (atasA !== atasB) return atasA < atasB ? -1 : 1;
  if (a.max !== undefined && a.maxInclusive !== b.maxInclusive) return a.maxInclusive ? 1 : -1;
  return 0;
}

/** Gaps, overlaps and disorder in a scale. */
export function periksaSkala(skala: Skala): MasalahSkala[] {
  const bands = skala.bands ?? [];
  if (bands.length === 0) {
    return [{ jenis: "kosong", pesan: "Skala tidak memiliki pita kategori." }];
  }
  const masalah: MasalahSkala[] = [];

  for (const b of bands) {
    const min = bawahDari(b);
    const max = atasDari(b);
    if (min > max || (min === max && !(b.minInclusive && b.maxInclusive))) {
      masalah.push({
        jenis: "urutan",
        pesan:
          `Pita ${b.label}: batas bawah ${angkaTeks(min)} tidak lebih kecil dari batas atas ` +
          `${angkaTeks(max)}, sehingga tidak ada capaian yang masuk.`,
      });
    }
  }

  for (let i = 0; i + 1 < bands.length; i++) {
    if (bandingPita(bands[i], bands[i + 1]) < 0) {
      masalah.push({
        jenis: "urutan",
        pesan:
          `Pita skala tidak berurutan dari tertinggi ke terendah: ${bands[i].label} ` +
          `(${teksPita(bands[i])}) tercantum sebelum ${bands[i + 1].label} (${teksPita(bands[i + 1])}).`,
      });
      break;
    }
  }

  const naik = [...bands].sort(bandingPita);
  for (let i = 0; i + 1 < naik.length; i++) {
    const bawah = naik[i];
    const atas = naik[i + 1];
    const akhir = atasDari(bawah);
    const mulai = bawahDari(atas);
    if (akhir < mulai) {
      masalah.push({
        jenis: "celah",
        pesan:
          `Celah skala antara ${angkaTeks(akhir)} (${bawah.label}) dan ${angkaTeks(mulai)} ` +
          `(${atas.label}): capaian di antaranya tidak mendapat kategori.`,
      });
    } else if (akhir === mulai && !bawah.maxInclusive && !atas.minInclusive) {
      masalah.push({
        jenis: "celah",
        pesan:
          `Capaian tepat ${angkaTeks(akhir)} tidak mendapat kategori: ${bawah.label} berakhir ` +
          `sebelumnya dan ${atas.label} mulai sesudahnya.`,
      });
    } else if (akhir === mulai && bawah.maxInclusive && atas.minInclusive) {
      masalah.push({
        jenis: "tumpang-tindih",
        pesan: `Batas ${angkaTeks(akhir)} masuk ke pita ${bawah.label} dan ${atas.label} sekaligus.`,
      });
    } else if (akhir > mulai) {
      masalah.push({
        jenis: "tumpang-tindih",
        pesan:
          `Pita ${bawah.label} (${teksPita(bawah)}) dan ${atas.label} (${teksPita(atas)}) ` +
          `tumpang tindih: satu capaian dapat masuk dua kategori.`,
      });
    }
  }
  return masalah;
}

/** The scale's label for a capaian; `na` when the value falls in a gap; outlier note above the top. */
export function kategori(capaian: number, skala: Skala): Result<string> {
  if (typeof capaian !== "number" || Number.isNaN(capaian)) {
    return err("value", "Capaian bukan angka: kategori tidak dapat ditentukan.");
  }
  const bands = skala.bands ?? [];
  if (bands.length === 0) {
    return err("value", `Skala ${skala.nama} tidak memiliki pita kategori.`);
  }
  const catatan: string[] = [];
  let label = bands.find((b) => dalamPita(capaian, b))?.label;

  if (label === undefined) {
    const puncak = Math.max(...bands.map(atasDari));
    const dasar = Math.min(...bands.map(bawahDari));
    if (capaian >= puncak) {
      // SAKIP.md: values above the top band's stated upper bound stay in the top band.
      const teratas = bands
        .filter((b) => atasDari(b) === puncak)
        .reduce((a, b) => (bandingPita(b, a) > 0 ? b : a));
      label = teratas.label;
      catatan.push(
        `Capaian ${angkaTeks(capaian)} melebihi batas atas pita teratas ` +
          `(${angkaTeks(puncak)}); tetap dikategorikan ${teratas.label}.`,
      );
    } else if (capaian <= dasar) {
      return err(
        "na",
        `capaian ${angkaTeks(capaian)} berada di bawah batas terendah skala ` +
          `(${angkaTeks(dasar)}): tidak ada kategori.`,
      );
    } else {
      const bawah = Math.max(...bands.map(atasDari).filter((v) => v <= capaian));
      const atas = Math.min(...bands.map(bawahDari).filter((v) => v >= capaian));
      return err(
        "na",
        `capaian ${angkaTeks(capaian)} berada di celah skala antara ${angkaTeks(bawah)} ` +
          `dan ${angkaTeks(atas)}.`,
      );
    }
  }

  if (skala.outlierAbove !== undefined && capaian > skala.outlierAbove) {
    catatan.push(
      `Capaian ${angkaTeks(capaian)} di atas ${angkaTeks(skala.outlierAbove)}% (outlier): ` +
        `kemungkinan target ditetapkan terlalu rendah.`,
    );
  }
  if (capaian < 0) {
    catatan.push(
      `Capaian negatif (${angkaTeks(capaian)}): periksa realisasi dan rumus yang dipakai.`,
    );
  }
  return ok(label, catatan);
}

// ---- User tables ----------------------------------------------------------------------------

type Operator = ">=" | ">" | "<=" | "<";

type BacaanBatas =
  | { jenis: "terbuka" }
  | { jenis: "batas"; op?: Operator; nilai: number }
  | { jenis: "rentang"; min: number; minInc: boolean; max: number; maxInc: boolean };

const ANGKA = String.raw`(-?\d+(?:[.,]\d+)?)`;
const POLA_BATAS = new RegExp(String.raw`^(>=|<=|>|<)?${ANGKA}$`);
const POLA_RENTANG = new RegExp(
  String.raw`^${ANGKA}(-|–|s\.?d\.?|s/d|sampai|hingga|<=|<)${ANGKA}$`,
);
const POLA_ANTARA = new RegExp(String.raw`^${ANGKA}(<=|<)x(<=|<)${ANGKA}$`);

function keAngka(teks: string): number {
  return Number(teks.replace(",", "."));
}

function teksSel(sel: unknown): string {
  if (sel === null || sel === undefined) return "";
  if (typeof sel === "string") return sel.trim();
  if (typeof sel === "number") return String(sel);
  // TRUE/FALSE in a scale table is a stray cell, not a label or a bound.
  return "";
}

/** Reads `91`, `90,5`, `≥ 91`, `> 90`, `x <= 50`, `91 - 100`, `$91 \leq 100$`; undefined when unreadable. */
function bacaBatas(sel: unknown): BacaanBatas | undefined {
  if (typeof sel === "number") {
    return Number.isFinite(sel) ? { jenis: "batas", nilai: sel } : undefined;
  }
  if (sel !== null && sel !== undefined && typeof sel !== "string") return undefined;
  const teks = teksSel(sel)
    .toLowerCase()
    .replace(/\\geq?|≥|=>/g, ">=")
    .replace(/\\leq?|≤|=</g, "<=")
    .replace(/[$%\s]/g, "")
    .replace(/[\u2212]/g, "-");
  if (teks === "" || teks === "-" || teks === "–" || teks === "<" || teks === ">") {
    return { jenis: "terbuka" };
  }
  const antara = POLA_ANTARA.exec(teks);
  if (antara) {
    return {
      jenis: "rentang",
      min: keAngka(antara[1]),
      minInc: antara[2] === "<=",
      max: keAngka(antara[4]),
      maxInc: antara[3] === "<=",
    };
  }
  const batas = POLA_BATAS.exec(teks.replace(/^x/, ""));
  if (batas)
    return { jenis: "batas", op: batas[1] as Operator | undefined, nilai: keAngka(batas[2]) };
  const rentang = POLA_RENTANG.exec(teks);
  if (rentang) {
    return {
      jenis: "rentang",
      min: keAngka(rentang[1]),
      minInc: true,
      max: keAngka(rentang[3]),
      maxInc: rentang[2] !== "<",
    };
  }
  return undefined;
}

interface PitaBaris {
  band: Band;
  /** Two-cell rows take their upper bound from the next higher band. */
  isiAtas: boolean;
  baris: number;
}

function terapkanBatas(band: Band, b: BacaanBatas, kolomAtas: boolean): "ok" | "bentrok" {
  if (b.jenis === "terbuka") return "ok";
  if (b.jenis === "rentang") {
    if (band.min !== undefined || band.max !== undefined) return "bentrok";
    band.min = b.min;
    band.minInclusive = b.minInc;
    band.max = b.max;
    band.maxInclusive = b.maxInc;
    return "ok";
  }
  const op = b.op ?? (kolomAtas ? "<=" : ">=");
  if (op === ">=" || op === ">") {
    if (band.min !== undefined) return "bentrok";
    band.min = b.nilai;
    band.minInclusive = op === ">=";
  } else {
    if (band.max !== undefined) return "bentrok";
    band.max = b.nilai;
    band.maxInclusive = op === "<=";
  }
  return "ok";
}

/** Cells up to the last filled one; a blank trailing cell is not a column of its own. */
function panjangIsi(row: readonly unknown[]): number {
  let n = row.length;
  while (n > 0 && teksSel(row[n - 1]) === "") n--;
  return n;
}

function bacaBaris(
  row: readonly unknown[],
  lebar: number,
  baris: number,
): PitaBaris | MasalahSkala | undefined {
  if (panjangIsi(row) === 0) return undefined;
  // Every row is read at the table's width, so that a blank label is seen as one.
  const sel = Array.from({ length: lebar }, (_, k) => row[k]);
  if (sel.length < 2) {
    return {
      jenis: "batas-tidak-terbaca",
      pesan: `Baris ${baris}: perlu batas dan label kategori ("${teksSel(sel[0])}").`,
    };
  }
  let label = sel[sel.length - 1];
  let selBatas = sel.slice(0, Math.min(sel.length - 1, 2));
  // Tables printed label first (`Sangat Tinggi | 91 | 100`) are read the other way round.
  if (
    sel.length <= 3 &&
    teksSel(sel[0]) !== "" &&
    bacaBatas(sel[0]) === undefined &&
    bacaBatas(sel[sel.length - 1]) !== undefined
  ) {
    label = sel[0];
    selBatas = sel.slice(1);
  }
  const teksLabel = teksSel(label);
  if (teksLabel === "") {
    return { jenis: "batas-tidak-terbaca", pesan: `Baris ${baris}: label kategori kosong.` };
  }
  const band: Band = { label: teksLabel, minInclusive: false, maxInclusive: false };
  const duaSel = selBatas.length === 1;
  for (let k = 0; k < selBatas.length; k++) {
    const bacaan = bacaBatas(selBatas[k]);
    if (bacaan === undefined) {
      return {
        jenis: "batas-tidak-terbaca",
        pesan: `Baris ${baris} (${teksLabel}): batas "${teksSel(selBatas[k])}" tidak terbaca.`,
      };
    }
    if (terapkanBatas(band, bacaan, k === 1) === "bentrok") {
      return {
        jenis: "batas-tidak-terbaca",
        pesan: `Baris ${baris} (${teksLabel}): batas bawah atau atas tertulis dua kali.`,
      };
    }
  }
  if (!duaSel && band.min === undefined && band.max === undefined) {
    return {
      jenis: "batas-tidak-terbaca",
      pesan: `Baris ${baris} (${teksLabel}): tidak ada batas bawah maupun batas atas.`,
    };
  }
  return { band, isiAtas: duaSel && band.max === undefined, baris };
}

/**
 * Builds a user scale from a table: rows of `lower bound | label` (x >= lower) or
 * `lower | upper | label`. Problems (gaps, overlaps, disorder, unreadable bounds) are returned.
 */
export function skalaDariTabel(rows: readonly (readonly unknown[])[]): {
  skala?: Skala;
  masalah: MasalahSkala[];
} {
  const masalah: MasalahSkala[] = [];
  const pitaBaris: PitaBaris[] = [];
  let adaIsi = false;
  const baris = (rows ?? []).map((row) => (Array.isArray(row) ? row : []));
  const lebar = Math.min(3, Math.max(0, ...baris.map(panjangIsi)));
  baris.forEach((row, i) => {
    const hasil = bacaBaris(row, lebar, i + 1);
    if (hasil === undefined) return;
    adaIsi = true;
    if ("jenis" in hasil) masalah.push(hasil);
    else pitaBaris.push(hasil);
  });
  if (!adaIsi) {
    return {
      masalah: [{ jenis: "kosong", pesan: "Tabel skala kosong: tidak ada pita kategori." }],
    };
  }
  if (pitaBaris.length === 0) return { masalah };

  const urutNaik = pitaBaris.every(
    (p, i) => i === 0 || bandingPita(pitaBaris[i - 1].band, p.band) <= 0,
  );
  const urutTurun = pitaBaris.every(
    (p, i) => i === 0 || bandingPita(pitaBaris[i - 1].band, p.band) >= 0,
  );
  if (!urutNaik && !urutTurun) {
    masalah.push({
      jenis: "urutan",
      pesan:
        "Baris tabel skala tidak berurutan; pita diurutkan dari tertinggi ke terendah " +
        "menurut batas bawahnya.",
    });
  }

  const turun = [...pitaBaris].sort((a, b) => bandingPita(b.band, a.band));
  turun.forEach((p, i) => {
    if (!p.isiAtas) return;
    const bawahIni = bawahDari(p.band);
    for (let j = i - 1; j >= 0; j--) {
      const lebihTinggi = turun[j].band;
      if (lebihTinggi.min !== undefined && lebihTinggi.min > bawahIni) {
        p.band.max = lebihTinggi.min;
        p.band.maxInclusive = !lebihTinggi.minInclusive;
        return;
      }
    }
  });

  const skala: Skala = {
    id: "pengguna",
    nama: "Skala pengguna",
    bands: turun.map((p) => p.band),
    outlierAbove: OUTLIER_DI_ATAS,
  };
  masalah.push(...periksaSkala(skala));
  return { skala, masalah };
}
