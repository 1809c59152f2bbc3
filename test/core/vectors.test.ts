/**
 * The engine against every numeric row printed by three real reports (shared/vectors). A row
 * marked `matches=yes` must be reproduced at its printed decimals (half-up or truncated); a row
 * marked `no` is a report error and must NOT be reproduced.
 */
import * as fs from "fs";
import * as path from "path";
import { capaianAngka, hitungCapaian } from "../../src/core/capaian";
import { hitungSerapan } from "../../src/core/anggaran";
import { hitungEfisiensi, type MetodeEfisiensi } from "../../src/core/efisiensi";
import { cocokCetak, desimalCetak } from "../../src/core/pembulatan";
import { bacaNilai, type GradeNilai } from "../../src/core/nilai";

type Baris = Record<string, string>;

function folderVektor(): string {
  const calon = [path.resolve(__dirname, "../../../shared/vectors"), "/work/shared/vectors"];
  const ada = calon.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  if (ada === undefined) {
    throw new Error(`Folder vektor tidak ditemukan; dicari di: ${calon.join(", ")}`);
  }
  return ada;
}

/** The TSVs have no quoting: one line per row, one tab per cell (checked below). */
function bacaTsv(file: string): Baris[] {
  const baris = fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const kepala = baris[0].split("\t");
  return baris.slice(1).map((l, i) => {
    const sel = l.split("\t");
    if (sel.length !== kepala.length) {
      throw new Error(
        `${path.basename(file)} baris ${i + 2}: ${sel.length} sel, ${kepala.length} kolom`,
      );
    }
    return Object.fromEntries(kepala.map((k, j) => [k, sel[j]]));
  });
}

const folder = folderVektor();
const berkas = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith(".tsv"))
  .sort();
const semua: (Baris & { asal: string })[] = berkas.flatMap((f) =>
  bacaTsv(path.join(folder, f)).map((b, i) => ({ ...b, asal: `${f}:${i + 2}` })),
);

function angka(teks: string | undefined): number | undefined {
  if (teks === undefined || teks.trim() === "") return undefined;
  const n = Number(teks);
  return Number.isFinite(n) ? n : undefined;
}

/** Printed percent or ratio text as in the notes: `97,82%`, `81,40 %`, `0,64`. */
function angkaCetak(teks: string): number | undefined {
  const bersih = teks.replace(/[%\s]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(bersih) ? Number(bersih) : undefined;
}

function catatan(b: Baris, kunci: string): string | undefined {
  const m = new RegExp(`${kunci}=([^;]*)`).exec(b.notes);
  return m ? m[1].trim() : undefined;
}

const PERINGKAT: Record<string, number> = { AA: 7, A: 6, BB: 5, B: 4, CC: 3, C: 2, D: 1 };

function huruf(raw: string): GradeNilai | undefined {
  const g = raw.trim().toUpperCase();
  return g in PERINGKAT ? { kind: "grade", raw, grade: g, rank: PERINGKAT[g] } : undefined;
}

interface Kasus {
  asal: string;
  jenis: "capaian" | "huruf" | "serapan-capaian" | "serapan" | "efisiensi";
  tercetak: number;
  desimal: number;
  hitung: number;
  harapCocok: boolean;
}

const kasus: Kasus[] = [];
let tanpaTargetRealisasi = 0;
let efisiensiTanpaKonvensi = 0;

for (const b of semua) {
  const capaian = angka(b.capaian);
  const harap = b.matches === "yes" ? true : b.matches === "no" ? false : undefined;

  if (capaian !== undefined && harap !== undefined) {
    const pagu = angka(b.pagu);
    const realAnggaran = angka(b.realisasi_anggaran);
    const target = angka(b.target);
    const realisasi = angka(b.realisasi);
    const gT = huruf(b.target_raw);
    const gR = huruf(b.realisasi_raw);
    const dasar = { asal: b.asal, tercetak: capaian, desimal: desimalCetak(b.capaian_raw) };
    if (b.notes.includes("capaian_basis=anggaran")) {
      if (pagu !== undefined && realAnggaran !== undefined) {
        const s = hitungSerapan(pagu, realAnggaran);
        if (!s.ok) throw new Error(`${b.asal}: ${s.message}`);
        kasus.push({ ...dasar, jenis: "serapan-capaian", hitung: s.value, harapCocok: harap });
      } else tanpaTargetRealisasi++;
    } else if (gT !== undefined && gR !== undefined) {
      const c = hitungCapaian(gT, gR);
      if (!c.ok) throw new Error(`${b.asal}: ${c.message}`);
      kasus.push({ ...dasar, jenis: "huruf", hitung: c.value, harapCocok: harap });
    } else if (target !== undefined && realisasi !== undefined) {
      // Renstra progress rows carry the end target in `target`: the same + formula.
      const pol = b.polarity === "-" ? "-" : "+";
      const hitung = capaianAngka(target, realisasi, pol, "selisih");
      kasus.push({ ...dasar, jenis: "capaian", hitung, harapCocok: harap });
    } else {
      tanpaTargetRealisasi++;
    }
  }

  // Serapan printed beside a capaian (Tabel 3.7/3.9/3.10): the notes carry the printed percent.
  const pctRaw = catatan(b, "pct_realisasi_anggaran_raw");
  const pagu = angka(b.pagu);
  const realAnggaran = angka(b.realisasi_anggaran);
  if (pctRaw !== undefined && pagu !== undefined && realAnggaran !== undefined) {
    const tercetak = angkaCetak(pctRaw);
    const s = hitungSerapan(pagu, realAnggaran);
    if (tercetak === undefined || !s.ok) throw new Error(`${b.asal}: serapan tidak terbaca`);
    const vonis = catatan(b, "pct_realisasi_anggaran_recomputed");
    // Without a verdict of its own, a row is wrong when a CHECK-FAIL quotes its printed percent.
    const digagalkan = b.notes
      .split(";")
      .some((seg) => seg.includes("CHECK-FAIL") && seg.includes(pctRaw.replace(/[%\s]/g, "")));
    const harapCocok = vonis !== undefined ? /->\s*ok/.test(vonis) : !digagalkan;
    kasus.push({
      asal: b.asal,
      jenis: "serapan",
      tercetak,
      desimal: desimalCetak(pctRaw),
      hitung: s.value,
      harapCocok,
    });
  }

  // Efisiensi from the printed capaian and printed serapan, where the notes name the convention.
  const efisiensi = angkaCetak(b.efisiensi_raw);
  if (efisiensi !== undefined) {
    const metode: MetodeEfisiensi | undefined = /efisiensi convention = rasio/.test(b.notes)
      ? "rasio"
      : /efisiensi formula = %capaian kinerja - %realisasi anggaran/.test(b.notes)
        ? "selisih"
        : undefined;
    const serapanCetak = pctRaw === undefined ? undefined : angkaCetak(pctRaw);
    const capaianCetak = angkaCetak(b.capaian_raw);
    if (metode === undefined || serapanCetak === undefined || capaianCetak === undefined) {
      efisiensiTanpaKonvensi++;
    } else {
      const e = hitungEfisiensi(capaianCetak, serapanCetak, metode);
      if (!e.ok) throw new Error(`${b.asal}: ${e.message}`);
      kasus.push({
        asal: b.asal,
        jenis: "efisiensi",
        tercetak: efisiensi,
        desimal: desimalCetak(b.efisiensi_raw),
        hitung: e.value,
        harapCocok: true,
      });
    }
  }
}

function banyak(jenis: Kasus["jenis"]): number {
  return kasus.filter((k) => k.jenis === jenis).length;
}

describe("vektor laporan nyata", () => {
  beforeAll(() => {
    console.log(
      `vektor: ${semua.length} baris dari ${berkas.join(", ")}; diperiksa capaian ${banyak("capaian")}, ` +
        `nilai huruf ${banyak("huruf")}, serapan sebagai capaian ${banyak("serapan-capaian")}, ` +
        `serapan di catatan ${banyak("serapan")}, efisiensi ${banyak("efisiensi")}; ` +
        `dilewati: ${tanpaTargetRealisasi} capaian tanpa target/realisasi, ` +
        `${efisiensiTanpaKonvensi} efisiensi tanpa konvensi di catatan.`,
    );
  });

  it("membaca kedua berkas TSV", () => {
    expect(berkas).toEqual(expect.arrayContaining(["vectors-000-001.tsv", "vectors-002.tsv"]));
    expect(semua.length).toBeGreaterThan(800);
  });

  it("memeriksa cukup banyak baris dari tiap jenis", () => {
    expect(banyak("capaian")).toBeGreaterThanOrEqual(150);
    expect(banyak("huruf")).toBeGreaterThanOrEqual(1);
    expect(banyak("serapan-capaian")).toBeGreaterThanOrEqual(100);
    expect(banyak("serapan")).toBeGreaterThanOrEqual(40);
    expect(banyak("efisiensi")).toBeGreaterThanOrEqual(35);
    expect(kasus.filter((k) => !k.harapCocok).length).toBeGreaterThanOrEqual(7);
    expect(tanpaTargetRealisasi).toBeGreaterThan(0);
  });

  it("mereproduksi nilai yang benar dan menolak nilai yang salah", () => {
    const selisih = kasus
      .filter((k) => (cocokCetak(k.tercetak, k.hitung, k.desimal) !== false) !== k.harapCocok)
      .map(
        (k) =>
          `${k.asal} ${k.jenis}: tercetak ${k.tercetak} (${k.desimal} desimal), dihitung ${k.hitung}, ` +
          `harapan ${k.harapCocok ? "cocok" : "tidak cocok"}`,
      );
    expect(selisih).toEqual([]);
  });

  it("ujung ke ujung: teks sel asli lewat bacaNilai dan hitungCapaian memberi vonis yang sama", () => {
    // The raw cells mix `0.2%` with `5,77%`, `18 dokumen`, `A`: no false scale trap, no unit note.
    const baris = semua.filter(
      (b) =>
        (b.matches === "yes" || b.matches === "no") &&
        !b.notes.includes("capaian_basis=anggaran") &&
        b.target_raw.trim() !== "" &&
        b.realisasi_raw.trim() !== "",
    );
    expect(baris.length).toBeGreaterThanOrEqual(150);
    const beda = baris.flatMap((b) => {
      const h = hitungCapaian(bacaNilai(b.target_raw), bacaNilai(b.realisasi_raw), {
        polaritas: b.polarity === "-" ? "-" : "+",
      });
      if (!h.ok) return [`${b.asal}: ${h.message}`];
      const cocok = cocokCetak(Number(b.capaian), h.value, desimalCetak(b.capaian_raw)) !== false;
      const catatan = h.notes ? ` (catatan: ${h.notes.join(" ")})` : "";
      return cocok === (b.matches === "yes") && catatan === "" ? [] : [`${b.asal}${catatan}`];
    });
    expect(beda).toEqual([]);
  });

  it("mencatat pemotongan (truncate) di Tabel 3.9 seed 002: 62,85 dan 126,49", () => {
    const terpotong = kasus.filter(
      (k) => cocokCetak(k.tercetak, k.hitung, k.desimal) === "truncate" && k.harapCocok,
    );
    expect(terpotong.map((k) => k.tercetak)).toContain(62.85);
  });
});
