/**
 * Printed values against the engine's: capaian, kategori, serapan, sisa and efisiensi
 * (SAKIP.md section 6). A pending or unreadable printed value is not a mismatch; a printed
 * value matches when it shows the computed one at its printed decimals (half-up or truncated).
 */
import { capaianAngka, type MetodeNegatif, type Polaritas } from "../capaian";
import { hitungEfisiensi, METODE_EFISIENSI, type MetodeEfisiensi } from "../efisiensi";
import { kategori, PRESET_SKALA_IDS, skalaPreset } from "../kategori";
import { angkaDari } from "../nilai";
import { kunciNama } from "../kaskade/normal";
import type { KolomBaca, PasanganTahun, TabelBaca } from "./baca";
import { capaianKemajuan } from "./hitung-baris";
import {
  capaianDi,
  cetakBaris,
  cocok,
  selBaris,
  teksDi,
  type Cetak,
  type Konteks,
} from "./konteks";
import { angkaEn, angkaId, type TemuanBaru } from "./temuan";

const NAMA_METODE: Record<MetodeNegatif, [string, string]> = {
  selisih: ["(2 x target - realisasi) / target x 100", "(2 x target - realisasi) / target x 100"],
  rasio: ["target / realisasi x 100", "target / realisasi x 100"],
  sisa: ["(target - realisasi) / target x 100", "(target - realisasi) / target x 100"],
};

function rumus(pol: Polaritas, metode: MetodeNegatif): [string, string] {
  return pol === "+"
    ? ["realisasi / target x 100", "realisasi / target x 100"]
    : NAMA_METODE[metode];
}

/** Says when a printed value is the computed one times 10 or 100 (a slipped comma, a fraction). */
function petunjukKelipatan(cetak: number, dihitung: number): [string, string] | undefined {
  if (cetak === 0 || dihitung === 0) return undefined;
  const nisbah = dihitung / cetak;
  for (const f of [10, 100]) {
    if (Math.abs(nisbah - f) <= f * 0.01) {
      return [
        ` Nilai tercetak ${f} kali lebih kecil dari hasil hitung (kemungkinan salah letak koma atau target terbaca keliru).`,
        ` The printed value is ${f} times smaller than the computed one (a slipped decimal separator or a misread target).`,
      ];
    }
    if (Math.abs(nisbah - 1 / f) <= 0.01 / f) {
      return [
        ` Nilai tercetak ${f} kali lebih besar dari hasil hitung.`,
        ` The printed value is ${f} times larger than the computed one.`,
      ];
    }
  }
  return undefined;
}

/** Which other capaian formula the printed value follows, if any. */
function petunjukRumus(
  c: Cetak,
  t: number,
  r: number,
  pol: Polaritas,
  metode: MetodeNegatif,
): [string, string] | undefined {
  const lain: [Polaritas, MetodeNegatif][] = [
    ["+", "selisih"],
    ["-", "selisih"],
    ["-", "rasio"],
    ["-", "sisa"],
  ];
  for (const [p, m] of lain) {
    if (p === pol && (p === "+" || m === metode)) continue;
    const x = capaianAngka(t, r, p, m);
    if (Number.isFinite(x) && cocok(c, x, 0)) {
      const [id, en] = rumus(p, m);
      return [
        ` Nilai tercetak cocok dengan rumus ${id} (polaritas ${p}); periksa polaritas atau metode yang dipakai.`,
        ` The printed value follows ${en} (polarity ${p}); check the polarity or method used.`,
      ];
    }
  }
  return undefined;
}

function capaianSatuPasangan(
  ktx: Konteks,
  tb: TabelBaca,
  p: PasanganTahun,
  i: number,
  pol: Polaritas,
): TemuanBaru | undefined {
  if (p.capaian === undefined) return undefined;
  const hasil = capaianDi(ktx, tb, p, i);
  if (hasil === undefined || !hasil.ok) return undefined;
  const c = cetakBaris(ktx, tb, p.capaian, i);
  if (c === undefined || cocok(c, hasil.value, ktx.pengaturan.toleransi.persen)) return undefined;
  const t = angkaDari(p.target?.nilai[i] ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
  const r = angkaDari(p.realisasi?.nilai[i] ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
  const [rId, rEn] = rumus(pol, ktx.pengaturan.metodeNegatif);
  const tahunId = p.tahun === undefined ? "" : ` tahun ${p.tahun}`;
  const tahunEn = p.tahun === undefined ? "" : ` for ${p.tahun}`;
  const [hId, hEn] = petunjukKelipatan(c.nilai, hasil.value) ??
    petunjukRumus(c, t, r, pol, ktx.pengaturan.metodeNegatif) ?? ["", ""];
  return {
    rule: "capaian-mismatch",
    ...selBaris(tb, p.capaian, i),
    message:
      `Capaian${tahunId} tercetak ${angkaId(c.nilai)} berbeda dari hasil hitung ` +
      `${angkaId(hasil.value)} (${rId}: target ${angkaId(t)}, realisasi ${angkaId(r)}).${hId}`,
    messageEn:
      `Printed capaian${tahunEn} ${angkaEn(c.nilai)} differs from the computed ` +
      `${angkaEn(hasil.value)} (${rEn}: target ${angkaEn(t)}, realisasi ${angkaEn(r)}).${hEn}`,
    expected: hasil.value,
    actual: c.nilai,
  };
}

function kemajuanBaris(ktx: Konteks, tb: TabelBaca, i: number): TemuanBaru | undefined {
  const k = tb.kemajuan;
  if (k === undefined) return undefined;
  const hasil = capaianKemajuan(tb, i);
  if (hasil === undefined || !hasil.ok) return undefined;
  const c = cetakBaris(ktx, tb, k.kolom, i);
  if (c === undefined || cocok(c, hasil.value, ktx.pengaturan.toleransi.persen)) return undefined;
  const r = angkaDari(k.realisasi?.nilai[i] ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
  const t = angkaDari(k.targetAkhir?.nilai[i] ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
  const [hId, hEn] = petunjukKelipatan(c.nilai, hasil.value) ?? ["", ""];
  return {
    rule: "capaian-mismatch",
    ...selBaris(tb, k.kolom, i),
    message:
      `Tingkat kemajuan tercetak ${angkaId(c.nilai)} berbeda dari hasil hitung ` +
      `${angkaId(hasil.value)} (realisasi ${angkaId(r)} / target akhir Renstra ${angkaId(t)} x 100).${hId}`,
    messageEn:
      `Printed Renstra progress ${angkaEn(c.nilai)} differs from the computed ` +
      `${angkaEn(hasil.value)} (realisasi ${angkaEn(r)} / end target ${angkaEn(t)} x 100).${hEn}`,
    expected: hasil.value,
    actual: c.nilai,
  };
}

/** `capaian-mismatch`: every capaian column (each year) and every Renstra progress column. */
export function aturanCapaian(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    const pol = ktx.kaskade.polaritas[tb.indeks];
    for (let i = 0; i < tb.tabel.rows.length; i++) {
      for (const p of tb.pasangan) {
        const f = capaianSatuPasangan(ktx, tb, p, i, pol[i]);
        if (f !== undefined) hasil.push(f);
      }
      const f = kemajuanBaris(ktx, tb, i);
      if (f !== undefined) hasil.push(f);
    }
  }
  return hasil;
}

/** The preset scales, built once: a printed label is tried against each when it is wrong. */
const PRESET = PRESET_SKALA_IDS.map((id) => skalaPreset(id));

const KOSONG_KATEGORI = /^(?:[-–—.]*|n\/?a|#n\/a)$/i;

function kategoriSatu(
  ktx: Konteks,
  tb: TabelBaca,
  p: PasanganTahun,
  kolom: KolomBaca,
  i: number,
): TemuanBaru | undefined {
  const teks = teksDi(ktx, tb, kolom, i);
  if (KOSONG_KATEGORI.test(teks)) return undefined;
  // The computed capaian decides; a table that prints capaian without its inputs is read as printed.
  const dihitung = capaianDi(ktx, tb, p, i);
  let capaian: number | undefined;
  let dasar: [string, string] = ["capaian hasil hitung", "computed capaian"];
  if (dihitung !== undefined) {
    if (!dihitung.ok) return undefined;
    capaian = dihitung.value;
  } else {
    capaian = cetakBaris(ktx, tb, p.capaian, i)?.nilai;
    dasar = ["capaian tercetak", "printed capaian"];
  }
  if (capaian === undefined) return undefined;
  const label = kategori(capaian, ktx.skala);
  if (!label.ok || kunciNama(label.value) === kunciNama(teks)) return undefined;
  let cocokLain: string | undefined;
  for (const s of PRESET) {
    if (s.id === ktx.skala.id) continue;
    const l = kategori(capaian, s);
    if (l.ok && kunciNama(l.value) === kunciNama(teks)) {
      cocokLain = s.nama;
      break;
    }
  }
  const lainId =
    cocokLain === undefined
      ? ""
      : ` Kategori tercetak sesuai skala ${cocokLain}, bukan skala yang dipilih.`;
  const lainEn =
    cocokLain === undefined
      ? ""
      : ` The printed category fits the scale ${cocokLain}, not the chosen one.`;
  return {
    rule: "kategori-mismatch",
    ...selBaris(tb, kolom, i),
    message:
      `Kategori tercetak "${teks}" bukan kategori skala ${ktx.skala.nama} untuk ${dasar[0]} ` +
      `${angkaId(capaian)}: seharusnya "${label.value}".${lainId}`,
    messageEn:
      `Printed category "${teks}" is not the ${ktx.skala.nama} category for the ${dasar[1]} ` +
      `${angkaEn(capaian)}: expected "${label.value}".${lainEn}`,
    expected: label.value,
    actual: teks,
  };
}

/** `kategori-mismatch`: printed kategori against the scale's label for the capaian. */
export function aturanKategori(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  for (const tb of ktx.kaskade.tabel) {
    for (const p of tb.pasangan) {
      if (p.kategori === undefined) continue;
      for (let i = 0; i < tb.tabel.rows.length; i++) {
        const f = kategoriSatu(ktx, tb, p, p.kategori, i);
        if (f !== undefined) hasil.push(f);
      }
    }
  }
  return hasil;
}

/** `serapan-mismatch` and `sisa-mismatch` (sisa in rupiah and % SILPA). */
export function aturanAnggaran(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const tol = ktx.pengaturan.toleransi;
  for (const tb of ktx.kaskade.tabel) {
    const a = tb.anggaran;
    for (let i = 0; i < tb.tabel.rows.length; i++) {
      const h = ktx.hasil[tb.indeks][i];
      const cek = (
        kolom: KolomBaca | undefined,
        r: typeof h.serapan,
        rule: "serapan-mismatch" | "sisa-mismatch",
        toleransi: number,
        nama: [string, string],
      ) => {
        if (kolom === undefined || r === undefined || !r.ok) return;
        const c = cetakBaris(ktx, tb, kolom, i);
        if (c === undefined || cocok(c, r.value, toleransi)) return;
        const pagu = angkaDari(h.pagu ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
        const ra =
          angkaDari(h.realisasiAnggaran ?? { kind: "pending", raw: "", reason: "" }) ?? NaN;
        hasil.push({
          rule,
          ...selBaris(tb, kolom, i),
          message:
            `${nama[0]} tercetak ${angkaId(c.nilai)} berbeda dari hasil hitung ${angkaId(r.value)} ` +
            `(pagu ${angkaId(pagu)}, realisasi ${angkaId(ra)}).`,
          messageEn:
            `Printed ${nama[1]} ${angkaEn(c.nilai)} differs from the computed ${angkaEn(r.value)} ` +
            `(pagu ${angkaEn(pagu)}, realisasi ${angkaEn(ra)}).`,
          expected: r.value,
          actual: c.nilai,
        });
      };
      cek(a.serapan, h.serapan, "serapan-mismatch", tol.persen, [
        "Serapan anggaran (realisasi / pagu x 100)",
        "budget absorption (realisasi / pagu x 100)",
      ]);
      cek(a.sisa, h.sisa, "sisa-mismatch", tol.rupiah, [
        "Sisa anggaran (pagu - realisasi)",
        "remaining budget (pagu - realisasi)",
      ]);
      cek(a.persenSisa, h.persenSisa, "sisa-mismatch", tol.persen, [
        "Persentase sisa anggaran (sisa / pagu x 100)",
        "remaining budget share (sisa / pagu x 100)",
      ]);
    }
  }
  return hasil;
}

const NAMA_EFISIENSI: Record<MetodeEfisiensi, [string, string]> = {
  selisih: ["selisih (capaian - serapan)", "selisih (capaian - serapan)"],
  rasio: ["rasio (capaian / serapan)", "rasio (capaian / serapan)"],
  indeks: ["indeks (capaian / serapan x 100)", "indeks (capaian / serapan x 100)"],
};

function efisiensiDari(
  capaian: number | undefined,
  serapan: number | undefined,
  m: MetodeEfisiensi,
) {
  if (capaian === undefined || serapan === undefined) return undefined;
  const r = hitungEfisiensi(capaian, serapan, m);
  return r.ok ? r.value : undefined;
}

/**
 * `efisiensi-mismatch`: reports compute efficiency from their own printed (rounded) capaian and
 * serapan, so those are the inputs; the engine's unrounded values are accepted as well.
 */
export function aturanEfisiensi(ktx: Konteks): TemuanBaru[] {
  const hasil: TemuanBaru[] = [];
  const dipilih = ktx.pengaturan.metodeEfisiensi;
  for (const tb of ktx.kaskade.tabel) {
    const kolom = tb.anggaran.efisiensi;
    if (kolom === undefined) continue;
    for (let i = 0; i < tb.tabel.rows.length; i++) {
      const c = cetakBaris(ktx, tb, kolom, i);
      if (c === undefined) continue;
      const h = ktx.hasil[tb.indeks][i];
      const hitungCap = h.capaian?.ok ? h.capaian.value : undefined;
      const hitungSer = h.serapan?.ok ? h.serapan.value : undefined;
      // A printed input stands when it shows the computed one (the report rounded it); a wrong
      // one is replaced, so that an efficiency built on a wrong serapan is reported too.
      const tol = ktx.pengaturan.toleransi.persen;
      const masukan = (k: KolomBaca | undefined, hitung: number | undefined) => {
        const cetak = cetakBaris(ktx, tb, k, i);
        if (hitung === undefined) return cetak?.nilai;
        return cetak !== undefined && cocok(cetak, hitung, tol) ? cetak.nilai : hitung;
      };
      const capaian = masukan(tb.utama?.capaian, hitungCap);
      const serapan = masukan(tb.anggaran.serapan, hitungSer);
      const cocokMetode = (m: MetodeEfisiensi) => {
        const dariCetak = efisiensiDari(capaian, serapan, m);
        const dariHitung = efisiensiDari(hitungCap, hitungSer, m);
        return (
          (dariCetak !== undefined && cocok(c, dariCetak, tol)) ||
          (dariHitung !== undefined && cocok(c, dariHitung, tol))
        );
      };
      const harap =
        efisiensiDari(hitungCap, hitungSer, dipilih) ?? efisiensiDari(capaian, serapan, dipilih);
      if (harap === undefined || cocokMetode(dipilih)) continue;
      const lain = METODE_EFISIENSI.find((m) => m !== dipilih && cocokMetode(m));
      const [pId, pEn] = NAMA_EFISIENSI[dipilih];
      const akhirId =
        lain === undefined
          ? " Nilai tercetak tidak cocok dengan metode mana pun (selisih, rasio, indeks)."
          : ` Nilai tercetak mengikuti metode ${NAMA_EFISIENSI[lain][0]}.`;
      const akhirEn =
        lain === undefined
          ? " The printed value matches none of the methods (selisih, rasio, indeks)."
          : ` The printed value follows the ${NAMA_EFISIENSI[lain][1]} method.`;
      hasil.push({
        rule: "efisiensi-mismatch",
        ...selBaris(tb, kolom, i),
        message:
          `Efisiensi tercetak ${angkaId(c.nilai)} berbeda dari metode ${pId} yang dipilih: ` +
          `${angkaId(harap)} (capaian ${angkaId(hitungCap ?? capaian ?? NaN)}, serapan ${angkaId(hitungSer ?? serapan ?? NaN)}).${akhirId}`,
        messageEn:
          `Printed efficiency ${angkaEn(c.nilai)} differs from the chosen ${pEn} method: ` +
          `${angkaEn(harap)} (capaian ${angkaEn(hitungCap ?? capaian ?? NaN)}, serapan ${angkaEn(hitungSer ?? serapan ?? NaN)}).${akhirEn}`,
        expected: harap,
        actual: c.nilai,
      });
    }
  }
  return hasil;
}
