/**
 * `unit-mismatch` (SAKIP.md sections 4 and 7): units that contradict the indicator text
 * (`Persentase ...` in Dokumen, `Jumlah ...` in %), a value whose unit contradicts the satuan
 * column, and one indicator in percent in one table and in a count in another.
 */
import type { Indikator, KemunculanIndikator } from "../kaskade/types";
import { kataKata, kunciNama } from "../kaskade/normal";
import type { CellRef } from "./types";
import { selBaris, teksDi, type Konteks } from "./konteks";
import type { TemuanBaru } from "./temuan";

type Jenis = "persen" | "hitung";

interface Satuan {
  jenis: Jenis;
  /** Folded unit word for counts (`dokumen`), `%` for percentages. */
  kata: string;
  teks: string;
  sel: CellRef;
  dariKolom: boolean;
  tabel: number;
}

const NETRAL =
  /^(?:poin|point|indeks|index|nilai|skor|score|rasio|ratio|angka|predikat|opini|level|tingkat|kategori|rp|rupiah|tahun|hari|bulan|menit|jam)/;

function kelas(teks: string): { jenis: Jenis; kata: string } | undefined {
  const t = teks.trim();
  if (t === "" || !/\p{L}|%/u.test(t)) return undefined;
  const k = kunciNama(t);
  if (t.includes("%") || /^(?:persen|prosen|percent|persentase)/.test(k)) {
    return { jenis: "persen", kata: "%" };
  }
  if (k === "" || NETRAL.test(k)) return undefined;
  return { jenis: "hitung", kata: k };
}

/** Percent against a count is a contradiction; two count nouns (Unit Usaha, Orang) are not compared. */
function sebanding(a: Satuan, b: Satuan): boolean {
  return a.jenis === b.jenis;
}

function satuanKemunculan(ktx: Konteks, km: KemunculanIndikator): Satuan[] {
  const tb = ktx.kaskade.tabel[km.tabel];
  const hasil: Satuan[] = [];
  if (tb.kolomSatuan !== undefined) {
    const teks = teksDi(ktx, tb, tb.kolomSatuan, km.baris);
    const k = kelas(teks);
    if (k !== undefined) {
      hasil.push({
        ...k,
        teks,
        sel: selBaris(tb, tb.kolomSatuan, km.baris),
        dariKolom: true,
        tabel: km.tabel,
      });
    }
  }
  for (const v of [...km.target, ...km.realisasi]) {
    const n = v.nilai;
    let k: { jenis: Jenis; kata: string } | undefined;
    let teks = "";
    if (n.kind === "percent") {
      k = { jenis: "persen", kata: "%" };
      teks = n.unit;
    } else if (n.kind === "number" && n.unit !== undefined) {
      k = kelas(n.unit);
      teks = n.unit;
    }
    if (k === undefined) continue;
    hasil.push({
      ...k,
      teks,
      sel: selBaris(tb, v.kolom, v.baris),
      dariKolom: false,
      tabel: km.tabel,
    });
  }
  return hasil;
}

function jenisIndikator(nama: string): "bagian" | "jumlah" | undefined {
  const kata = kataKata(nama).trim().split(" ");
  const awal = kunciNama(kata[0] ?? "");
  if (awal === "persentase" || awal === "rasio") return "bagian";
  if (awal === "jumlah") return "jumlah";
  return undefined;
}

function periksaIndikator(ktx: Konteks, ind: Indikator, hasil: TemuanBaru[]): void {
  const jenis = jenisIndikator(ind.nama);
  let acuan: Satuan | undefined;
  for (const km of ind.kemunculan) {
    const satuan = satuanKemunculan(ktx, km);
    const kolom = satuan.find((s) => s.dariKolom);
    for (const s of satuan) {
      if (jenis === "bagian" && s.jenis === "hitung") {
        hasil.push({
          rule: "unit-mismatch",
          ...s.sel,
          message: `Indikator "${ind.nama}" adalah persentase/rasio, tetapi satuannya "${s.teks}" (satuan hitungan).`,
          messageEn: `Indicator "${ind.nama}" is a percentage/ratio, but its unit is "${s.teks}" (a count unit).`,
          actual: s.teks,
        });
      } else if (jenis === "jumlah" && s.jenis === "persen") {
        hasil.push({
          rule: "unit-mismatch",
          ...s.sel,
          message: `Indikator "${ind.nama}" adalah jumlah (hitungan), tetapi satuannya "${s.teks}" (persen).`,
          messageEn: `Indicator "${ind.nama}" is a count, but its unit is "${s.teks}" (percent).`,
          actual: s.teks,
        });
      } else if (kolom !== undefined && !s.dariKolom && !sebanding(kolom, s)) {
        hasil.push({
          rule: "unit-mismatch",
          ...s.sel,
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
      hasil.push({
        rule: "unit-mismatch",
        ...wakil.sel,
        message: `Indikator "${ind.nama}" bersatuan "${wakil.teks}" di sini, tetapi "${acuan.teks}" di ${acuan.sel.sheet}!${acuan.sel.cell}.`,
        messageEn: `Indicator "${ind.nama}" is in "${wakil.teks}" here but in "${acuan.teks}" at ${acuan.sel.sheet}!${acuan.sel.cell}.`,
        expected: acuan.teks,
        actual: wakil.teks,
        related: acuan.sel,
      });
    }
  }
}

export function aturanSatuan(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const ind of ktx.kaskade.indikator) periksaIndikator(ktx, ind, hasil);
  return hasil;
}
