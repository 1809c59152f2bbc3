/**
 * Header text as the recogniser compares it (SAKIP.md section 3): lower case, punctuation as
 * spaces, words broken by narrow PDF columns joined again (`REALIS ASI`), typos mended against the
 * header vocabulary by edit distance (`Difinisi`), spelling variants folded (`Prosentase`).
 */

/** Header vocabulary: spelling as found -> canonical token. */
const KOSAKATA: ReadonlyMap<string, string> = new Map(
  Object.entries({
    no: "no",
    nomor: "no",
    urut: "urut",
    kode: "kode",
    rek: "rek",
    rekening: "rek",
    urusan: "urusan",
    tujuan: "tujuan",
    sasaran: "sasaran",
    strategis: "strategis",
    program: "program",
    kegiatan: "kegiatan",
    subkegiatan: "subkegiatan",
    uraian: "uraian",
    indikator: "indikator",
    kinerja: "kinerja",
    utama: "utama",
    satuan: "satuan",
    rumus: "rumus",
    formulasi: "rumus",
    formula: "rumus",
    perhitungan: "perhitungan",
    penghitungan: "perhitungan",
    tipe: "tipe",
    kumulatif: "kumulatif",
    arah: "arah",
    meningkat: "meningkat",
    menurun: "menurun",
    data: "data",
    awal: "awal",
    kondisi: "kondisi",
    baseline: "baseline",
    target: "target",
    akhir: "akhir",
    renstra: "renstra",
    realisasi: "realisasi",
    capaian: "capaian",
    pencapaian: "capaian",
    persentase: "persentase",
    prosentase: "persentase",
    presentase: "persentase",
    tingkat: "tingkat",
    kategori: "kategori",
    predikat: "kategori",
    kriteria: "kategori",
    atribut: "kategori",
    interpretasi: "kategori",
    anggaran: "anggaran",
    pagu: "anggaran",
    dpa: "anggaran",
    nilai: "nilai",
    penyerapan: "serapan",
    serapan: "serapan",
    sisa: "sisa",
    silpa: "sisa",
    efisiensi: "efisiensi",
    kemajuan: "kemajuan",
    standar: "standar",
    standart: "standar",
    nasional: "nasional",
    sumber: "sumber",
    dana: "dana",
    penanggung: "penanggung",
    jawab: "jawab",
    definisi: "definisi",
    operasional: "operasional",
    keterangan: "keterangan",
    ket: "keterangan",
    catatan: "keterangan",
    analisis: "analisis",
    solusi: "solusi",
    keberhasilan: "keberhasilan",
    kegagalan: "kegagalan",
    menunjang: "menunjang",
    penjelasan: "penjelasan",
    sebelum: "sebelum",
    sesudah: "sesudah",
    setelah: "sesudah",
    perubahan: "perubahan",
    murni: "murni",
    tahun: "tahun",
    jumlah: "jumlah",
    total: "total",
    rata: "rata",
    impact: "impact",
    dampak: "dampak",
    outcome: "outcome",
    hasil: "hasil",
    output: "output",
    keluaran: "keluaran",
    rp: "rp",
    rupiah: "rp",
    sangat: "sangat",
    tinggi: "tinggi",
    sedang: "sedang",
    rendah: "rendah",
    berhasil: "berhasil",
    cukup: "cukup",
    efisien: "efisien",
    kurang: "kurang",
    pada: "pada",
    ke: "ke",
  }),
);

/** Words that carry no meaning in a header but do not make it prose. */
const KATA_SAMBUNG: ReadonlySet<string> = new Set([
  "dan",
  "atau",
  "yang",
  "dari",
  "di",
  "dengan",
  "terhadap",
  "per",
  "thd",
  "th",
  "tidak",
  "ini",
  "lalu",
  "lain",
  "n",
  "%",
]);

export interface TeksJudul {
  /** As printed, trimmed. */
  raw: string;
  /** Canonical tokens in order (years kept, numbering dropped). */
  tokens: readonly string[];
  /** Tokens joined by one space. */
  norm: string;
  /** 4-digit years mentioned, in order. */
  years: readonly number[];
  /** Share of tokens that are header vocabulary, joiners or years (0..1). */
  kenal: number;
  /** True when joining or mending changed a word (the reason then quotes how it was read). */
  diperbaiki: boolean;
  /** The label has a `Rp` unit. */
  rupiah: boolean;
}

const memoFuzzy = new Map<string, string | null>();

/** Removes LaTeX/HTML markup that PDF conversion leaves in cells (`$...$`, `<u>`, `\leq`). */
export function buangMarkup(s: string): string {
  return s
    .replace(/<[^>]*>/g, " ")
    .replace(/\\[a-zA-Z]+/g, " ")
    .replace(/[$^_{}*]/g, " ");
}

/** Lower case, punctuation to spaces, `%` kept as its own token. */
export function lipatTeks(s: string): string {
  return buangMarkup(s)
    .toLowerCase()
    .replace(/%/g, " % ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export function normalisasiJudul(raw: string): TeksJudul {
  const teks = raw.trim();
  let tokens = lipatTeks(teks)
    .split(" ")
    .filter((t) => t !== "");
  const rupiah = tokens.includes("rp") || tokens.includes("rupiah");
  // Numbering printed inside a label (`Rumus (4)`, `Indikator Kinerja 3`) is not part of it.
  if (tokens.some((t) => /[a-z%]/.test(t))) tokens = tokens.filter((t) => !/^\d{1,2}$/.test(t));
  let diperbaiki = false;
  const gabung = gabungPatahan(tokens);
  if (gabung !== tokens) {
    diperbaiki = true;
    tokens = gabung;
  }
  const hasil: string[] = [];
  const years: number[] = [];
  let dikenal = 0;
  for (const t of tokens) {
    if (/^\d{4}$/.test(t)) {
      const y = Number(t);
      if (y >= 1990 && y <= 2100) years.push(y);
      hasil.push(t);
      dikenal++;
      continue;
    }
    const k = KOSAKATA.get(t);
    if (k !== undefined) {
      hasil.push(k);
      dikenal++;
      continue;
    }
    if (KATA_SAMBUNG.has(t)) {
      hasil.push(t);
      dikenal++;
      continue;
    }
    const m = mendekati(t);
    if (m !== undefined) {
      hasil.push(m);
      dikenal++;
      diperbaiki = true;
      continue;
    }
    hasil.push(t);
  }
  return {
    raw: teks,
    tokens: hasil,
    norm: hasil.join(" "),
    years,
    kenal: hasil.length === 0 ? 0 : dikenal / hasil.length,
    diperbaiki,
    rupiah,
  };
}

/**
 * Joins neighbours that form a vocabulary word when one of them alone is not one
 * (`targe t`, `realis asi`, `cap aian`, `persenta se`, `sub kegiatan`). Returns the same array
 * when nothing was joined.
 */
function gabungPatahan(tokens: string[]): string[] {
  let berubah = false;
  let i = 0;
  const acc: string[] = [];
  while (i < tokens.length) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b !== undefined && /^[a-z]+$/.test(a) && /^[a-z]+$/.test(b)) {
      const j = a + b;
      if (KOSAKATA.has(j) && !(KOSAKATA.has(a) && KOSAKATA.has(b))) {
        acc.push(j);
        i += 2;
        berubah = true;
        continue;
      }
    }
    acc.push(a);
    i++;
  }
  return berubah ? acc : tokens;
}

/** The vocabulary word a typo most likely meant (`difinisi` -> definisi); undefined when none. */
function mendekati(t: string): string | undefined {
  if (t.length < 5 || !/^[a-z]+$/.test(t)) return undefined;
  const memo = memoFuzzy.get(t);
  if (memo !== undefined) return memo === null ? undefined : memo;
  const maks = t.length >= 8 ? 2 : 1;
  let terbaik: string | undefined;
  let jarakTerbaik = maks + 1;
  for (const [kata, kanon] of KOSAKATA) {
    if (kata.length < 5 || Math.abs(kata.length - t.length) > maks) continue;
    const d = jarakSunting(t, kata, maks);
    if (d < jarakTerbaik) {
      jarakTerbaik = d;
      terbaik = kanon;
    }
  }
  if (memoFuzzy.size > 5000) memoFuzzy.clear();
  memoFuzzy.set(t, terbaik ?? null);
  return terbaik;
}

/** Levenshtein distance, giving up (returning maks + 1) as soon as it must exceed `maks`. */
export function jarakSunting(a: string, b: string, maks: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > maks) return maks + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maks) return maks + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** Letters only, lower case: `J U M L A H` -> `jumlah`, `Rata-rata capaian` -> `rataratacapaian`. */
export function hurufSaja(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, "");
}

/** Collapses runs of whitespace (line breaks inside cells included) to one space. */
export function rapikan(s: string): string {
  if (s === "") return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  // Most cells are already tidy: native searches are cheaper than a regex on every read.
  if (
    a > 32 &&
    b > 32 &&
    a !== 160 &&
    b !== 160 &&
    s.indexOf("  ") < 0 &&
    s.indexOf("\n") < 0 &&
    s.indexOf("\t") < 0 &&
    s.indexOf("\r") < 0 &&
    s.indexOf("\u00a0") < 0
  ) {
    return s;
  }
  return s.replace(/\s+/g, " ").trim();
}
