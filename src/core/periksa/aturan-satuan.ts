/**
 * `unit-mismatch` (SAKIP.md sections 4 and 7): units that contradict the indicator text
 * (`Persentase ...` in Dokumen, `Jumlah ...` in %), a value whose unit contradicts the satuan
 * column, and one indicator in percent in one table and in a count in another.
 */
import type { Indikator, KemunculanIndikator } from "../kaskade/types";
import type { KolomBaca } from "./baca";
import { kunciNama } from "../kaskade/normal";
import type { CellRef } from "./types";
import { selBaris, teksDi, type Konteks } from "./konteks";
import type { TemuanBaru } from "./temuan";

type Jenis = "persen" | "hitung";

interface Satuan {
  jenis: Jenis;
  teks: string;
  /** Where the unit is printed: made into a cell address only for a finding. */
  kolom: KolomBaca;
  baris: number;
  dariKolom: boolean;
  tabel: number;
}

function selSatuan(ktx: Konteks, s: Satuan): CellRef {
  return selBaris(ktx.kaskade.tabel[s.tabel], s.kolom, s.baris);
}

const NETRAL =
  /^(?:poin|point|indeks|index|nilai|skor|score|rasio|ratio|angka|predikat|opini|level|tingkat|kategori|rp|rupiah|tahun|hari|bulan|menit|jam)/;

/** Units repeat across a workbook: each text is classified once per run. */
function kelasDengan(cache: Map<string, Jenis | null>, teks: string): Jenis | undefined {
  let j = cache.get(teks);
  if (j === undefined) {
    j = kelas(teks) ?? null;
    cache.set(teks, j);
  }
  return j ?? undefined;
}

function kelas(teks: string): Jenis | undefined {
  const t = teks.trim();
  if (t === "" || !/\p{L}|%/u.test(t)) return undefined;
  const k = kunciNama(t);
  if (t.includes("%") || /^(?:persen|prosen|percent|persentase)/.test(k)) return "persen";
  if (k === "" || NETRAL.test(k)) return undefined;
  return "hitung";
}

/** Percent against a count is a contradiction; two count nouns (Unit Usaha, Orang) are not compared. */
function sebanding(a: Satuan, b: Satuan): boolean {
  return a.jenis === b.jenis;
}

function satuanKemunculan(
  ktx: Konteks,
  km: KemunculanIndikator,
  cache: Map<string, Jenis | null>,
): Satuan[] {
  const tb = ktx.kaskade.tabel[km.tabel];
  const hasil: Satuan[] = [];
  if (tb.kolomSatuan !== undefined) {
    const teks = teksDi(ktx, tb, tb.kolomSatuan, km.baris);
    const jenis = kelasDengan(cache, teks);
    if (jenis !== undefined) {
      hasil.push({
        jenis,
        teks,
        kolom: tb.kolomSatuan,
        baris: km.baris,
        dariKolom: true,
        tabel: km.tabel,
      });
    }
  }
  const tambah = (kolom: KolomBaca | undefined) => {
    if (kolom === undefined) return;
    const n = kolom.nilai[km.baris];
    let jenis: Jenis | undefined;
    let teks = "";
    if (n.kind === "percent") {
      jenis = "persen";
      teks = n.unit;
    } else if (n.kind === "number" && n.unit !== undefined) {
      jenis = kelasDengan(cache, n.unit);
      teks = n.unit;
    }
    if (jenis !== undefined) {
      hasil.push({ jenis, teks, kolom, baris: km.baris, dariKolom: false, tabel: km.tabel });
    }
  };
  for (const p of tb.pasangan) {
    tambah(p.target);
    tambah(p.realisasi);
  }
  return hasil;
}

const KATA_PERTAMA = /^[^\p{L}]*(\p{L}+)/u;

function jenisIndikator(nama: string): "bagian" | "jumlah" | undefined {
  const awal = kunciNama(KATA_PERTAMA.exec(nama)?.[1] ?? "");
  if (awal === "persentase" || awal === "rasio") return "bagian";
  if (awal === "jumlah") return "jumlah";
  return undefined;
}

function periksaIndikator(
  ktx: Konteks,
  ind: Indikator,
  hasil: TemuanBaru[],
  cache: Map<string, Jenis | null>,
): void {
  const jenis = jenisIndikator(ind.nama);
  let acuan: Satuan | undefined;
  for (const km of ind.kemunculan) {
    const satuan = satuanKemunculan(ktx, km, cache);
    const kolom = satuan.find((s) => s.dariKolom);
    for (const s of satuan) {
      if (jenis === "bagian" && s.jenis === "hitung") {
        hasil.push({
          rule: "unit-mismatch",
          ...selSatuan(ktx, s),
          message: `Indikator "${ind.nama}" adalah persentase/rasio, tetapi satuannya "${s.teks}" (satuan hitungan).`,
          messageEn: `Indicator "${ind.nama}" is a percentage/ratio, but its unit is "${s.teks}" (a count unit).`,
          actual: s.teks,
        });
      } else if (jenis === "jumlah" && s.jenis === "persen") {
        hasil.push({
          rule: "unit-mismatch",
          ...selSatuan(ktx, s),
          message: `Indikator "${ind.nama}" adalah jumlah (hitungan), tetapi satuannya "${s.teks}" (persen).`,
          messageEn: `Indicator "${ind.nama}" is a count, but its unit is "${s.teks}" (percent).`,
          actual: s.teks,
        });
      } else if (kolom !== undefined && !s.dariKolom && !sebanding(kolom, s)) {
        hasil.push({
          rule: "unit-mismatch",
          ...selSatuan(ktx, s),
          message: `Nilai bersatuan "${s.teks}" bertentangan dengan kolom satuan "${kolom.teks}".`,
          messageEn: `A value in "${s.teks}" contradicts the unit column "${kolom.teks}".`,
          expected: kolom.teks,
          actual: s.teks,
        });
      }
    }
    const wakil = kolom ?? satuan[0];
    if (wakil === undefined) continue;
    if (acuan === undefined) {
      acuan = wakil;
    } else if (!sebanding(acuan, wakil) && km.tabel !== acuan.tabel) {
      const rel = selSatuan(ktx, acuan);
      hasil.push({
        rule: "unit-mismatch",
        ...selSatuan(ktx, wakil),
        message: `Indikator "${ind.nama}" bersatuan "${wakil.teks}" di sini, tetapi "${acuan.teks}" di ${rel.sheet}!${rel.cell}.`,
        messageEn: `Indicator "${ind.nama}" is in "${wakil.teks}" here but in "${acuan.teks}" at ${rel.sheet}!${rel.cell}.`,
        expected: acuan.teks,
        actual: wakil.teks,
        related: rel,
      });
    }
  }
}

export function aturanSatuan(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const cache = new Map<string, Jenis | null>();
  for (const ind of ktx.kaskade.indikator) periksaIndikator(ktx, ind, hasil, cache);
  return hasil;
}
