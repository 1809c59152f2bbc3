/**
 * The function reference, rendered from the same JSDoc that generates functions.json, so the
 * README and docs/fungsi.md cannot drift from what Excel shows. `npm run docs:functions` rewrites
 * the README block between the markers (adding them at the end when missing) and docs/fungsi.md;
 * test/functions/reference.test.ts fails when either is stale.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { IFunction } from "custom-functions-metadata";
import { PENGATURAN_BAWAAN } from "../src/functions/settings";

export const AKAR = path.resolve(__dirname, "..");
export const SUMBER = path.join(AKAR, "src", "functions", "functions.ts");
export const README = path.join(AKAR, "README.md");
export const DOKUMEN = path.join(AKAR, "docs", "fungsi.md");

/** The namespace the manifest gives the functions. */
export const RUANG_NAMA = "SAKIP";
export const MULAI = "<!-- fungsi:mulai -->";
export const SELESAI = "<!-- fungsi:selesai -->";
const CATATAN_DIBUAT =
  "<!-- Dibuat oleh `npm run docs:functions` dari JSDoc src/functions/functions.ts; jangan disunting langsung. -->";

export interface ReferensiFungsi {
  id: string;
  deskripsi: string;
  parameter: { nama: string; deskripsi: string; opsional: boolean }[];
  /** The `@returns` text, which functions.json does not carry. */
  hasil: string;
}

/** `@returns` texts by custom function id, read from the source with the TypeScript parser. */
function teksHasil(sumber: string): Map<string, string> {
  const berkas = ts.createSourceFile(SUMBER, sumber, ts.ScriptTarget.Latest, true);
  const hasil = new Map<string, string>();
  for (const node of berkas.statements) {
    if (!ts.isFunctionDeclaration(node)) continue;
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "customfunction");
    const id = ts.getTextOfJSDocComment(tag?.comment)?.trim().split(/\s+/)[0];
    const kembali = ts.getJSDocReturnTag(node);
    if (id) hasil.set(id.toUpperCase(), ts.getTextOfJSDocComment(kembali?.comment)?.trim() ?? "");
  }
  return hasil;
}

export async function muatReferensi(): Promise<ReferensiFungsi[]> {
  const hasil = await generateCustomFunctionsMetadata(SUMBER, false);
  if (hasil.errors.length > 0) throw new Error(hasil.errors.join("\n"));
  const metadata = JSON.parse(hasil.metadataJson) as { functions: IFunction[] };
  const kembali = teksHasil(fs.readFileSync(SUMBER, "utf8"));
  return metadata.functions.map((f) => ({
    id: f.id,
    deskripsi: f.description ?? "",
    parameter: f.parameters.map((p) => ({
      nama: p.name,
      deskripsi: p.description ?? "",
      opsional: p.optional === true,
    })),
    hasil: kembali.get(f.id) ?? "",
  }));
}

/** Indonesian Excel uses `;` between arguments, as the README's examples do. */
export function sintaks(f: ReferensiFungsi): string {
  const args = f.parameter.map((p) => (p.opsional ? `[${p.nama}]` : p.nama)).join("; ");
  return `=${RUANG_NAMA}.${f.id}(${args})`;
}

function sel(teks: string): string {
  return teks.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function jangkar(f: ReferensiFungsi): string {
  return `${RUANG_NAMA}.${f.id}`.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The README block, markers included. */
export function renderBlokReadme(fungsi: readonly ReferensiFungsi[]): string {
  const baris = fungsi.map(
    (f) => `| [\`${sintaks(f)}\`](docs/fungsi.md#${jangkar(f)}) | ${sel(f.deskripsi)} |`,
  );
  return [
    MULAI,
    CATATAN_DIBUAT,
    "",
    "| Fungsi | Kegunaan |",
    "| --- | --- |",
    ...baris,
    "",
    "Argumen dalam `[ ]` boleh dihilangkan. Rincian argumen, galat dan pengaturan bawaan: " +
      "[docs/fungsi.md](docs/fungsi.md).",
    SELESAI,
  ].join("\n");
}

/** docs/fungsi.md in full. */
export function renderDokumen(fungsi: readonly ReferensiFungsi[]): string {
  const bagian: string[] = [
    `# Referensi fungsi ${RUANG_NAMA}`,
    "",
    CATATAN_DIBUAT,
    "",
    `Semua fungsi berada di ruang nama \`${RUANG_NAMA}\`. Pemisah argumen mengikuti pengaturan ` +
      "regional Excel: `;` untuk Indonesia, `,` untuk Inggris.",
    "",
    "## Aturan umum",
    "",
    "- **Satu sel atau rentang.** Setiap argumen data boleh berupa satu sel atau rentang. Satu sel " +
      "memberi satu hasil; rentang memberi hasil berbentuk sama yang tumpah (*spill*) ke sel " +
      "di bawah/sampingnya, dihitung dalam satu panggilan.",
    "- **Penyiaran.** Argumen satu sel berlaku untuk semua baris (misalnya satu `arah` untuk seluruh " +
      "kolom). Rentang lain harus berukuran sama; sel di luar bagian yang sama mendapat `#N/A` " +
      "dengan pesan *Ukuran rentang tidak sama*.",
    "- **Teks seperti di laporan.** `76,50%`, `80 Prosen`, `3.952.453.098`, `12.44`, " +
      "`Rp 1.234.567,-`, `18 dokumen` dibaca sebagai angka. Teks dalam satu kolom rentang dibaca " +
      "bersama, sehingga pemisah ribuan dan desimal yang meragukan (`1.500`) ditentukan oleh sel " +
      "lain di kolom itu.",
    "- **Persen dalam poin persen.** Hasil capaian, serapan dan efisiensi ditulis dalam poin " +
      "persen (95 berarti 95%). Sel yang berformat persen (tampil `76,50%`, isinya 0,765) sampai " +
      "ke fungsi sebagai 0,765: `CAPAIAN` dan `SERAPAN` tetap benar bila kedua argumennya berformat " +
      "sama, tetapi `KATEGORI`, `EFISIENSI` dan `KATEGORI.EFISIENSI` mengharapkan poin persen; " +
      "kalikan dengan 100 lebih dulu.",
    "- **Tanpa pembulatan.** Hasil tidak dibulatkan; atur jumlah desimal dengan format sel.",
    "",
    "## Galat",
    "",
    "Arahkan penunjuk ke tanda galat di sel untuk membaca pesannya.",
    "",
    "| Galat | Artinya |",
    "| --- | --- |",
    "| `#VALUE!` | Nilai tidak terbaca (misalnya dua nilai dalam satu sel: `71% 55%`), predikat " +
      "(`A`, `BB`) di tempat angka, atau arah, metode, skala atau tabel skala yang tidak dikenal. " +
      "Pesannya menyebut nilai yang diterima. |",
    "| `#N/A` | Nilai belum tersedia (`-`, `NA`, sel kosong, `Menunggu Rilis ...`), nilai di " +
      "celah tabel skala, atau ukuran rentang yang tidak sama. |",
    "| `#DIV/0!` | Target, pagu atau target akhir bernilai 0 (atau realisasi 0 pada metode " +
      "`rasio`). Excel tidak menampilkan pesan untuk galat ini. |",
    "",
    "## Pengaturan bawaan",
    "",
    "| Pengaturan | Bawaan | Pilihan |",
    "| --- | --- | --- |",
    `| Skala kategori (\`skala\` pada KATEGORI) | \`${PENGATURAN_BAWAAN.skala}\` | ` +
      "`permendagri86`, `permendagri86-bulat`, `atribut`, atau rentang tabel Anda |",
    `| Metode indikator negatif (\`metode\` pada CAPAIAN) | \`${PENGATURAN_BAWAAN.metodeNegatif}\` | ` +
      "`selisih` (2T - R) / T x 100, `rasio` T / R x 100, `sisa` (T - R) / T x 100 |",
    `| Metode efisiensi (\`metode\` pada EFISIENSI) | \`${PENGATURAN_BAWAAN.metodeEfisiensi}\` | ` +
      "`selisih` capaian - serapan, `rasio` capaian / serapan, `indeks` capaian / serapan x 100 |",
    "",
    "Tabel skala dan pita buatan sendiri: satu baris per pita, berurutan (dari tertinggi ke terendah " +
      "atau sebaliknya), berisi " +
      "`batas bawah | label` atau `batas bawah | batas atas | label`. Batas berupa angka berlaku " +
      "inklusif; tulis batas ketat sebagai teks (`>90`, `<80`). Baris kosong di bawah tabel " +
      "diabaikan. Tabel yang pitanya tumpang-tindih, tidak berurutan atau batasnya tidak terbaca " +
      "memberi `#VALUE!`; celah antarpita memberi `#N/A` untuk nilai yang jatuh di celah itu.",
    "",
  ];
  for (const f of fungsi) {
    bagian.push(`## ${RUANG_NAMA}.${f.id}`, "", f.deskripsi, "", "```", sintaks(f), "```", "");
    bagian.push("| Argumen | Wajib | Keterangan |", "| --- | --- | --- |");
    for (const p of f.parameter) {
      bagian.push(`| \`${p.nama}\` | ${p.opsional ? "tidak" : "ya"} | ${sel(p.deskripsi)} |`);
    }
    bagian.push("", `**Hasil:** ${f.hasil}`, "");
  }
  return bagian.join("\n");
}

/** The README block between the markers (markers included), or undefined when they are missing. */
export function ambilBlok(readme: string): string | undefined {
  const awal = readme.indexOf(MULAI);
  const akhir = readme.indexOf(SELESAI, awal);
  if (awal < 0 || akhir < 0) return undefined;
  return readme.slice(awal, akhir + SELESAI.length);
}

/** Replaces the block, or appends it when the README has no markers yet. */
export function sisipkanBlok(readme: string, blok: string): string {
  const lama = ambilBlok(readme);
  if (lama !== undefined) return readme.replace(lama, () => blok);
  const pemisah =
    readme === "" || readme.endsWith("\n\n") ? "" : readme.endsWith("\n") ? "\n" : "\n\n";
  return `${readme}${pemisah}${blok}\n`;
}

async function utama(): Promise<void> {
  const fungsi = await muatReferensi();
  const readme = fs.existsSync(README) ? fs.readFileSync(README, "utf8") : "";
  fs.writeFileSync(README, sisipkanBlok(readme, renderBlokReadme(fungsi)));
  fs.mkdirSync(path.dirname(DOKUMEN), { recursive: true });
  fs.writeFileSync(DOKUMEN, renderDokumen(fungsi));
  console.log(`${fungsi.length} fungsi ditulis ke README.md dan docs/fungsi.md.`);
}

if (require.main === module) {
  utama().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
