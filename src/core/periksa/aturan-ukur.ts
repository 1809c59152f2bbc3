/**
 * `not-measured` (a PK indicator with no realisasi anywhere) and `not-in-pk` (a measured
 * indicator with no PK target). Each only runs when the workbook holds the other side at all:
 * a PK file alone is not "unmeasured", a measurement alone is not "outside the PK".
 */
import type { Indikator, KemunculanIndikator } from "../kaskade/types";
import type { Nilai } from "../nilai";
import { LEVELS } from "../tabel/types";
import { selIndikator, type Konteks } from "./konteks";
import type { TemuanBaru } from "./temuan";

/** A realisasi is there when it is a value: `Menunggu rilis BPS` says it is not there yet. */
function adaRealisasi(n: Nilai): boolean {
  return n.kind === "number" || n.kind === "percent" || n.kind === "grade";
}

function diukur(ktx: Konteks, km: KemunculanIndikator): boolean {
  const tb = ktx.kaskade.tabel[km.tabel];
  return tb.pasangan.some(
    (p) => p.realisasi !== undefined && adaRealisasi(p.realisasi.nilai[km.baris]),
  );
}

function kind(ktx: Konteks, km: KemunculanIndikator) {
  return ktx.kaskade.tabel[km.tabel].tabel.kind;
}

/**
 * The deepest level a PK signs an indicator at: a measured indicator below it (a sub kegiatan
 * output when the PKs stop at kegiatan) is not expected in any PK.
 */
function levelPkTerdalam(ktx: Konteks): number {
  let dalam = -1;
  for (const tb of ktx.kaskade.tabel) {
    if (tb.tabel.kind !== "pk") continue;
    for (const r of tb.tabel.rows) {
      if (r.level === undefined || r.indikator === undefined || r.indikator.trim() === "") continue;
      dalam = Math.max(dalam, LEVELS.indexOf(r.level));
    }
  }
  return dalam;
}

export function aturanUkur(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const tabel = ktx.kaskade.tabel;
  const adaPk = tabel.some((tb) => tb.tabel.kind === "pk");
  const terdalam = levelPkTerdalam(ktx);
  const adaRealisasiKolom = tabel.some((tb) => tb.kolom.some((k) => k.peran.role === "realisasi"));
  for (const ind of ktx.kaskade.indikator) {
    const pk = ind.kemunculan.filter((km) => kind(ktx, km) === "pk");
    const ukur = ind.kemunculan.filter(
      (km) => (kind(ktx, km) === "pengukuran" || kind(ktx, km) === "efisiensi") && diukur(ktx, km),
    );
    // Every PK that signs the indicator gets the finding: each signatory's target is unmeasured.
    if (adaRealisasiKolom && pk.length > 0 && !ind.kemunculan.some((km) => diukur(ktx, km))) {
      for (const km of pk) hasil.push(tidakDiukur(ktx, ind, km));
    }
    const diPk = ind.level === undefined || LEVELS.indexOf(ind.level) <= terdalam;
    if (adaPk && diPk && pk.length === 0 && ukur.length > 0) {
      hasil.push(bukanPk(ktx, ind, ukur[0]));
    }
  }
  return hasil;
}

function tidakDiukur(ktx: Konteks, ind: Indikator, km: KemunculanIndikator): TemuanBaru {
  const tb = ktx.kaskade.tabel[km.tabel];
  return {
    rule: "not-measured",
    ...selIndikator(ktx, tb, km.baris),
    message: `Indikator PK "${ind.nama}" tidak memiliki realisasi di tabel mana pun.`,
    messageEn: `PK indicator "${ind.nama}" has no realisasi in any table.`,
  };
}

function bukanPk(ktx: Konteks, ind: Indikator, km: KemunculanIndikator): TemuanBaru {
  const tb = ktx.kaskade.tabel[km.tabel];
  return {
    rule: "not-in-pk",
    ...selIndikator(ktx, tb, km.baris),
    message: `Indikator "${ind.nama}" diukur (ada realisasinya) tetapi tidak tercantum dengan target di tabel Perjanjian Kinerja mana pun.`,
    messageEn: `Indicator "${ind.nama}" is measured (it has a realisasi) but has no target in any Perjanjian Kinerja table.`,
  };
}
