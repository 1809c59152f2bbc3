/**
 * The rules of SAKIP.md section 6 with their stable ids, severity and the cell a finding points
 * at. The README's rule table and every check read this one list.
 */
import type { RuleId, Severity } from "./types";

export interface Aturan {
  id: RuleId;
  severity: Severity;
  /** What the rule finds, in Bahasa Indonesia and English. */
  judul: string;
  title: string;
  /** Which cell the finding points at (and which is `related`), for the documentation. */
  sel: string;
}

export const ATURAN: readonly Aturan[] = [
  {
    id: "capaian-mismatch",
    severity: "error",
    judul: "Capaian tercetak berbeda dari hasil hitung",
    title: "Printed capaian differs from the computed one",
    sel: "sel capaian tercetak",
  },
  {
    id: "kategori-mismatch",
    severity: "error",
    judul: "Kategori tercetak bukan kategori skala untuk capaiannya",
    title: "Printed category is not the scale's category for the capaian",
    sel: "sel kategori tercetak",
  },
  {
    id: "serapan-mismatch",
    severity: "error",
    judul: "Serapan anggaran tercetak berbeda dari realisasi / pagu",
    title: "Printed budget absorption differs from realisasi / pagu",
    sel: "sel serapan tercetak",
  },
  {
    id: "sisa-mismatch",
    severity: "error",
    judul: "Sisa anggaran (SILPA) tercetak berbeda dari pagu - realisasi",
    title: "Printed remaining budget differs from pagu - realisasi",
    sel: "sel sisa tercetak",
  },
  {
    id: "efisiensi-mismatch",
    severity: "warning",
    judul: "Efisiensi tercetak tidak cocok dengan metode yang dipilih (atau metode mana pun)",
    title: "Printed efficiency matches not the chosen convention (or none)",
    sel: "sel efisiensi tercetak",
  },
  {
    id: "total-mismatch",
    severity: "error",
    judul: "Baris jumlah atau rata-rata berbeda dari baris-barisnya",
    title: "A total or average row differs from its rows",
    sel: "sel di baris jumlah/rata-rata",
  },
  {
    id: "rollup-mismatch",
    severity: "error",
    judul: "Anggaran induk berbeda dari jumlah anggaran anak-anaknya",
    title: "A parent budget differs from the sum of its children",
    sel: "sel pagu/realisasi induk; terkait: anak pertama",
  },
  {
    id: "realisasi-exceeds-pagu",
    severity: "warning",
    judul: "Realisasi anggaran melebihi pagu",
    title: "Spending above the budget",
    sel: "sel realisasi anggaran; terkait: sel pagu",
  },
  {
    id: "target-mismatch",
    severity: "error",
    judul: "Indikator dan tahun yang sama punya target berbeda di dua tabel",
    title: "Same indicator and year, different target in two tables",
    sel: "sel target di tabel yang kemudian; terkait: sel target pertama",
  },
  {
    id: "realisasi-mismatch",
    severity: "error",
    judul: "Indikator dan tahun yang sama punya realisasi berbeda di dua tabel",
    title: "Same indicator and year, different realisasi in two tables",
    sel: "sel realisasi di tabel yang kemudian; terkait: sel realisasi pertama",
  },
  {
    id: "pagu-mismatch",
    severity: "error",
    judul: "Program/kegiatan/sub kegiatan yang sama punya pagu berbeda di dua tabel",
    title: "Same program/kegiatan/sub kegiatan, different pagu in two tables",
    sel: "sel pagu di tabel yang kemudian; terkait: sel pagu pertama",
  },
  {
    id: "not-measured",
    severity: "warning",
    judul: "Indikator PK tanpa realisasi di tabel mana pun",
    title: "A PK indicator with no realisasi anywhere",
    sel: "sel indikator di tabel PK",
  },
  {
    id: "not-in-pk",
    severity: "warning",
    judul: "Indikator yang diukur tanpa target PK",
    title: "A measured indicator with no PK target",
    sel: "sel indikator di tabel pengukuran",
  },
  {
    id: "orphan",
    severity: "warning",
    judul: "Baris yang induknya (awalan kode, bagian atau urutan) tidak ditemukan",
    title: "A row whose parent cannot be found",
    sel: "sel kode (atau nama) baris",
  },
  {
    id: "code-invalid",
    severity: "warning",
    judul: "Kode tidak sesuai pola nomenklatur",
    title: "Malformed code",
    sel: "sel kode",
  },
  {
    id: "code-duplicate",
    severity: "warning",
    judul: "Kode yang sama dipakai dua entitas berbeda dalam satu tabel",
    title: "Repeated code",
    sel: "sel kode yang kemudian; terkait: sel kode pertama",
  },
  {
    id: "value-unreadable",
    severity: "warning",
    judul: "Sel angka yang tidak dapat dibaca (teks aslinya dikutip)",
    title: "A numeric cell that cannot be read (raw text quoted)",
    sel: "sel itu sendiri",
  },
  {
    id: "scale-mismatch",
    severity: "error",
    judul: "Target dan realisasi dalam skala berbeda (pecahan vs persen)",
    title: "Target and realisasi in different scales (fraction vs percent)",
    sel: "sel realisasi; terkait: sel target",
  },
  {
    id: "unit-mismatch",
    severity: "warning",
    judul: "Satuan bertentangan dengan indikator, atau dua satuan untuk satu indikator",
    title: "Unit contradicts the indicator, or two units for one indicator",
    sel: "sel satuan (atau sel nilai yang membawa satuan)",
  },
  {
    id: "polarity-suspect",
    severity: "warning",
    judul: "Indikator yang tampak negatif diukur dengan rumus positif, atau sebaliknya",
    title: "A lower-is-better-looking indicator measured with the + formula, or vice versa",
    sel: "sel indikator",
  },
  {
    id: "capaian-outlier",
    severity: "warning",
    judul: "Capaian di atas 200 % atau di bawah 0",
    title: "Capaian above 200 % or below 0",
    sel: "sel capaian tercetak, atau sel realisasi bila capaian tidak tercetak",
  },
];

const PER_ID = new Map<RuleId, Aturan>(ATURAN.map((a) => [a.id, a]));

export function aturan(id: RuleId): Aturan {
  const a = PER_ID.get(id);
  if (a === undefined) throw new Error(`unknown rule ${id}`);
  return a;
}
