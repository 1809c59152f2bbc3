/**
 * Cell-level value rules: unreadable numeric cells, target and realisasi on different scales,
 * and capaian outliers (SAKIP.md sections 4 and 6).
 */
import { hitungCapaian } from "../capaian";
import type { Nilai } from "../nilai";
import type { KolomBaca, PasanganTahun, TabelBaca } from "./baca";
import { capaianKemajuan } from "./hitung-baris";
import { capaianDi, selBaris, selTotal, type Konteks } from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

const NAMA_PERAN: Record<string, [string, string]> = {
  baseline: ["kondisi awal", "baseline"],
  target: ["target", "target"],
  realisasi: ["realisasi", "realisasi"],
  capaian: ["capaian", "capaian"],
  pagu: ["pagu", "pagu"],
  realisasi_anggaran: ["realisasi anggaran", "budget realisation"],
  serapan: ["serapan anggaran", "budget absorption"],
  sisa: ["sisa anggaran", "remaining budget"],
  persen_sisa: ["persentase sisa anggaran", "remaining budget share"],
  efisiensi: ["efisiensi", "efficiency"],
  kemajuan: ["tingkat kemajuan", "Renstra progress"],
  standar: ["standar", "standard"],
};

function pesanTakTerbaca(n: Nilai, peran: string) {
  const [id, en] = NAMA_PERAN[peran] ?? [peran, peran];
  const alasan = n.kind === "unreadable" ? n.reason : "";
  return {
    rule: "value-unreadable" as const,
    message: `Sel ${id} tidak dapat dibaca sebagai angka: "${n.raw}" (${alasan}).`,
    messageEn: `The ${en} cell cannot be read as a number: "${n.raw}" (${alasan}).`,
    actual: n.raw,
  };
}

/** `value-unreadable`: every numeric-role cell, data and total rows, whose reading failed. */
export function aturanTakTerbaca(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    for (const k of tb.kolom) {
      k.nilai.forEach((n, i) => {
        if (n.kind === "unreadable") {
          hasil.push({ ...pesanTakTerbaca(n, k.peran.role), ...selBaris(tb, k, i) });
        }
      });
      k.nilaiTotal.forEach((n, j) => {
        if (n.kind === "unreadable") {
          hasil.push({ ...pesanTakTerbaca(n, k.peran.role), ...selTotal(tb, k, j) });
        }
      });
    }
  }
  return hasil;
}

function angkaBaca(n: Nilai | undefined): boolean {
  return n !== undefined && (n.kind === "number" || n.kind === "percent");
}

function skalaSatu(
  ktx: Konteks,
  tb: TabelBaca,
  p: PasanganTahun,
  i: number,
): TemuanBaru | undefined {
  if (p.target === undefined || p.realisasi === undefined) return undefined;
  const t = p.target.nilai[i];
  const r = p.realisasi.nilai[i];
  if (!angkaBaca(t) || !angkaBaca(r)) return undefined;
  const h = hitungCapaian(t, r, { polaritas: "+" });
  // With two numeric readings the engine refuses a value only for the scale trap.
  if (h.ok || h.error !== "value" || !/skala/i.test(h.message)) return undefined;
  const tv = t.kind === "number" || t.kind === "percent" ? t.value : NaN;
  const rv = r.kind === "number" || r.kind === "percent" ? r.value : NaN;
  return {
    rule: "scale-mismatch",
    ...selBaris(tb, p.realisasi, i),
    message: h.message,
    messageEn:
      `Target and realisasi are on different scales: target "${t.raw}" (${angkaEn(tv)}) and ` +
      `realisasi "${r.raw}" (${angkaEn(rv)}) differ by about 100 times, one reads as a fraction and ` +
      `the other in percent points. Write both the same way.`,
    related: selBaris(tb, p.target, i),
  };
}

/** `scale-mismatch`: the engine's scale trap on every target/realisasi pair. */
export function aturanSkala(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    for (const p of tb.pasangan) {
      for (let i = 0; i < tb.tabel.rows.length; i++) {
        const f = skalaSatu(ktx, tb, p, i);
        if (f !== undefined) hasil.push(f);
      }
    }
  }
  return hasil;
}

function pesanOutlier(ktx: Konteks, capaian: number): [string, string] {
  const batas = ktx.pengaturan.batasOutlier;
  return capaian < 0
    ? [
        `Capaian ${angkaId(capaian)} di bawah 0: periksa realisasi, target dan rumus yang dipakai.`,
        `Capaian ${angkaEn(capaian)} is below 0: check realisasi, target and the formula used.`,
      ]
    : [
        `Capaian ${angkaId(capaian)} di atas ${angkaId(batas)}%: kemungkinan target ditetapkan terlalu rendah.`,
        `Capaian ${angkaEn(capaian)} is above ${angkaEn(batas)}%: the target was probably set too low.`,
      ];
}

/**
 * On the printed capaian cell (the realisasi cell when none is printed); `actual` is the computed
 * capaian, unrounded: the printed one may itself be wrong (288,5 printed for 2885).
 */
function outlier(
  ktx: Konteks,
  tb: TabelBaca,
  capaian: KolomBaca | undefined,
  realisasi: KolomBaca | undefined,
  i: number,
  nilai: number,
): TemuanBaru | undefined {
  const kolom = capaian !== undefined && capaian.nilai[i].raw.trim() !== "" ? capaian : realisasi;
  if (kolom === undefined) return undefined;
  const [id, en] = pesanOutlier(ktx, nilai);
  return {
    rule: "capaian-outlier",
    ...selBaris(tb, kolom, i),
    message: id,
    messageEn: en,
    actual: nilai,
  };
}

/** `capaian-outlier`: computed capaian above `batasOutlier` or below 0. */
export function aturanOutlier(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const batas = ktx.pengaturan.batasOutlier;
  const luar = (x: number) => x > batas || x < 0;
  for (const tb of ktx.kaskade.tabel) {
    for (let i = 0; i < tb.tabel.rows.length; i++) {
      for (const p of tb.pasangan) {
        const c = capaianDi(ktx, tb, p, i);
        if (c === undefined || !c.ok || !luar(c.value)) continue;
        const f = outlier(ktx, tb, p.capaian, p.realisasi, i, c.value);
        if (f !== undefined) hasil.push(f);
      }
      const k = tb.kemajuan;
      const c = capaianKemajuan(tb, i);
      if (k !== undefined && c !== undefined && c.ok && luar(c.value)) {
        const f = outlier(ktx, tb, k.kolom, k.realisasi, i, c.value);
        if (f !== undefined) hasil.push(f);
      }
    }
  }
  return hasil;
}
