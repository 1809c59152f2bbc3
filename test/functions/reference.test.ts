/** The README block and docs/fungsi.md must be what `npm run docs:functions` renders now. */
import fs from "fs";
import {
  ambilBlok,
  DOKUMEN,
  muatReferensi,
  README,
  renderBlokReadme,
  renderDokumen,
  sisipkanBlok,
} from "../../scripts/function-reference";
import type { ReferensiFungsi } from "../../scripts/function-reference";

const PETUNJUK = "jalankan `npm run docs:functions` lalu commit hasilnya";

let referensi: ReferensiFungsi[];

beforeAll(async () => {
  referensi = await muatReferensi();
});

function samaDengan(aktual: string | undefined, harapan: string, berkas: string): void {
  try {
    expect(aktual).toBe(harapan);
  } catch (e) {
    throw new Error(
      `${berkas} tertinggal dari JSDoc fungsi: ${PETUNJUK}.\n${(e as Error).message}`,
    );
  }
}

test("README.md holds the current function reference between the markers", () => {
  const readme = fs.existsSync(README) ? fs.readFileSync(README, "utf8") : "";
  const blok = ambilBlok(readme);
  if (blok === undefined) {
    throw new Error(`README.md tidak memuat penanda <!-- fungsi:mulai --> ... : ${PETUNJUK}.`);
  }
  samaDengan(blok, renderBlokReadme(referensi), "README.md");
});

test("docs/fungsi.md is the current full reference", () => {
  const isi = fs.existsSync(DOKUMEN) ? fs.readFileSync(DOKUMEN, "utf8") : undefined;
  samaDengan(isi, renderDokumen(referensi), "docs/fungsi.md");
});

test("the reference lists every function with its return text and optional arguments", () => {
  expect(referensi.map((f) => f.id)).toStrictEqual([
    "CAPAIAN",
    "KATEGORI",
    "SERAPAN",
    "SISA",
    "EFISIENSI",
    "KATEGORI.EFISIENSI",
    "NILAI",
    "CAPAIAN.RENSTRA",
  ]);
  for (const f of referensi) expect(f.hasil.length).toBeGreaterThan(5);
  const blok = renderBlokReadme(referensi);
  expect(blok).toContain("`=SAKIP.CAPAIAN(target; realisasi; [arah]; [metode])`");
  expect(blok).toContain("`=SAKIP.CAPAIAN.RENSTRA(realisasi; target_akhir)`");
});

test("the block is replaced in place, or appended when the markers are missing", () => {
  const blok = "<!-- fungsi:mulai -->\nBARU\n<!-- fungsi:selesai -->";
  expect(
    sisipkanBlok("# A\n\n<!-- fungsi:mulai -->\nlama\n<!-- fungsi:selesai -->\n\n## B\n", blok),
  ).toBe(`# A\n\n${blok}\n\n## B\n`);
  expect(sisipkanBlok("# A\n", blok)).toBe(`# A\n\n${blok}\n`);
  expect(sisipkanBlok("", blok)).toBe(`${blok}\n`);
  expect(ambilBlok("# A\n<!-- fungsi:mulai -->\n")).toBeUndefined();
});
