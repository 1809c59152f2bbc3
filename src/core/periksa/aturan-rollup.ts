/**
 * Budgets roll up (SAKIP.md section 1): sub kegiatan -> kegiatan -> program (-> sasaran). A
 * parent's pagu or realisasi must equal the sum of its children's, in its own table or, when its
 * table lists no children, in another table that lists all of them. Also spending above pagu.
 */
import { nilaiAnggaran } from "../kaskade/nilai";
import type { Entitas, Era, Kaskade, NilaiTercatat } from "../kaskade/types";
import type { Level } from "../tabel/types";
import type { KolomBaca, TabelBaca } from "./baca";
import { cetakBaris, cocok, selBaris, uang, type Konteks } from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

const NAMA: Record<string, [string, string]> = {
  pagu: ["Pagu", "Pagu"],
  realisasi_anggaran: ["Realisasi anggaran", "Budget realisation"],
};

function temuanRollup(
  ktx: Konteks,
  tb: TabelBaca,
  k: KolomBaca,
  i: number,
  jumlah: number,
  banyak: number,
  anak: TabelBaca,
  kolomAnak: KolomBaca,
  iAnak: number,
): TemuanBaru | undefined {
  const c = cetakBaris(ktx, tb, k, i);
  if (c === undefined || cocok(c, jumlah, ktx.pengaturan.toleransi.rupiah)) return undefined;
  const [id, en] = NAMA[k.peran.role] ?? [k.peran.role, k.peran.role];
  const lainId = anak === tb ? "" : ` di tabel ${anak.tabel.sheet}`;
  const lainEn = anak === tb ? "" : ` in the table on ${anak.tabel.sheet}`;
  return {
    rule: "rollup-mismatch",
    ...selBaris(tb, k, i),
    message:
      `${id} induk ${angkaId(c.nilai)} berbeda dari jumlah ${banyak} rincian di bawahnya${lainId} ` +
      `${angkaId(jumlah)} (selisih ${angkaId(c.nilai - jumlah)}).`,
    messageEn:
      `${en} of the parent ${angkaEn(c.nilai)} differs from the sum of its ${banyak} children${lainEn} ` +
      `${angkaEn(jumlah)} (difference ${angkaEn(c.nilai - jumlah)}).`,
    expected: jumlah,
    actual: c.nilai,
    related: selBaris(anak, kolomAnak, iAnak),
  };
}

function dalamTabel(ktx: Konteks, tb: TabelBaca, hasil: TemuanBaru[]): Set<number> {
  const rows = tb.tabel.rows;
  const indeks = new Map<number, number>();
  rows.forEach((r, i) => indeks.set(r.row, i));
  const anak = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (r.continuation || r.parentRow === undefined) return;
    const p = indeks.get(r.parentRow);
    if (p === undefined) return;
    const daftar = anak.get(p) ?? [];
    daftar.push(i);
    anak.set(p, daftar);
  });
  for (const k of tb.kolom) {
    if (k.peran.role !== "pagu" && k.peran.role !== "realisasi_anggaran") continue;
    for (const [p, daftar] of anak) {
      if (!levelInduk(rows[p].level)) continue;
      if (uang(k.nilai[p]) === undefined) continue;
      let jumlah = 0;
      let lengkap = true;
      for (const i of daftar) {
        const v = uang(k.nilai[i]);
        if (v === undefined) {
          lengkap = false;
          break;
        }
        jumlah += v;
      }
      if (!lengkap) continue;
      const f = temuanRollup(ktx, tb, k, p, jumlah, daftar.length, tb, k, daftar[0]);
      if (f !== undefined) hasil.push(f);
    }
  }
  return new Set(anak.keys());
}

/**
 * Budgets add up from sub kegiatan to kegiatan to program. A tujuan's or sasaran's budget is a
 * pool of the programs that support it (one program may serve two), not the sum of the rows
 * printed under it.
 */
function levelInduk(level: Level | undefined): boolean {
  return level === "program" || level === "kegiatan";
}

function cocokEra(a: Era, b: Era): boolean {
  return a === "any" || b === "any" || a === b;
}

/** The child's value in table `t` that can be summed against `induk`. */
function nilaiAnak(
  k: Kaskade,
  e: Entitas,
  t: number,
  induk: NilaiTercatat,
): NilaiTercatat | undefined {
  for (const km of e.kemunculan) {
    if (km.tabel !== t) continue;
    const daftar = nilaiAnggaran(
      k,
      km,
      induk.kolom.peran.role === "pagu" ? "pagu" : "realisasi_anggaran",
    );
    for (const v of daftar) {
      if (v.tahun === induk.tahun && cocokEra(v.era, induk.era) && uang(v.nilai) !== undefined)
        return v;
    }
  }
  return undefined;
}

function lintasTabel(ktx: Konteks, adaAnak: readonly Set<number>[], hasil: TemuanBaru[]): void {
  const tabel = ktx.kaskade.tabel;
  for (const e of ktx.kaskade.entitas) {
    if (e.anak.length === 0 || !levelInduk(e.level)) continue;
    const tabelAnak = new Set<number>();
    for (const a of e.anak) for (const km of a.kemunculan) tabelAnak.add(km.tabel);
    for (const km of e.kemunculan) {
      if (adaAnak[km.tabel].has(km.baris)) continue;
      const tabelSendiri = new Set(e.kemunculan.map((x) => x.tabel));
      const nilai = [
        ...nilaiAnggaran(ktx.kaskade, km, "pagu"),
        ...nilaiAnggaran(ktx.kaskade, km, "realisasi_anggaran"),
      ];
      for (const v of nilai) {
        if (uang(v.nilai) === undefined) continue;
        for (const t of [...tabelAnak].sort((a, b) => a - b)) {
          if (t === km.tabel || tabelSendiri.has(t)) continue;
          const nilai = e.anak.map((a) => nilaiAnak(ktx.kaskade, a, t, v));
          if (nilai.some((x) => x === undefined)) continue;
          const lengkap = nilai as NilaiTercatat[];
          const jumlah = lengkap.reduce((s, x) => s + (uang(x.nilai) ?? 0), 0);
          const pertama = lengkap.reduce((a, b) => (a.baris <= b.baris ? a : b));
          const f = temuanRollup(
            ktx,
            tabel[km.tabel],
            v.kolom,
            km.baris,
            jumlah,
            lengkap.length,
            tabel[t],
            pertama.kolom,
            pertama.baris,
          );
          if (f !== undefined) hasil.push(f);
          break;
        }
      }
    }
  }
}

/** `rollup-mismatch` within tables and across them. */
export function aturanRollup(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const adaAnak = ktx.kaskade.tabel.map((tb) => dalamTabel(ktx, tb, hasil));
  lintasTabel(ktx, adaAnak, hasil);
  return hasil;
}

/** `realisasi-exceeds-pagu`: a row spending more than its budget. */
export function aturanMelebihiPagu(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const tol = ktx.pengaturan.toleransi.rupiah;
  for (const tb of ktx.kaskade.tabel) {
    const { pagu, realisasi } = tb.anggaran;
    if (pagu === undefined || realisasi === undefined) continue;
    for (let i = 0; i < tb.tabel.rows.length; i++) {
      const p = uang(pagu.nilai[i]);
      const r = uang(realisasi.nilai[i]);
      if (p === undefined || r === undefined || r <= p + tol) continue;
      hasil.push({
        rule: "realisasi-exceeds-pagu",
        ...selBaris(tb, realisasi, i),
        message: `Realisasi anggaran ${angkaId(r)} melebihi pagu ${angkaId(p)} (selisih ${angkaId(r - p)}).`,
        messageEn: `Budget realisation ${angkaEn(r)} exceeds the pagu ${angkaEn(p)} (difference ${angkaEn(r - p)}).`,
        expected: p,
        actual: r,
        related: selBaris(tb, pagu, i),
      });
    }
  }
  return hasil;
}
