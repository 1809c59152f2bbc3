/** The human output of `check`: tables found, then findings grouped by sheet with counts. */
import type { FileReport, FindingReport } from "../core/laporan";
import { angkaTeks } from "../core/pesan";
import type { Kamus } from "./teks";

export interface Hitungan {
  error: number;
  warning: number;
  info: number;
}

export function hitung(findings: readonly FindingReport[]): Hitungan {
  const h: Hitungan = { error: 0, warning: 0, info: 0 };
  for (const f of findings) h[f.severity]++;
  return h;
}

function nilai(x: string | number): string {
  return typeof x === "number" ? angkaTeks(x) : `"${x}"`;
}

function barisTemuan(f: FindingReport, k: Kamus): string {
  const bagian = [
    `    ${f.cell.padEnd(6)} ${k.tingkat[f.severity].padEnd(10)} ${f.rule}: ${f.message}`,
  ];
  const rinci: string[] = [];
  if (f.expected !== undefined) rinci.push(`${k.diharapkan} ${nilai(f.expected)}`);
  if (f.actual !== undefined) rinci.push(`${k.tertulis} ${nilai(f.actual)}`);
  if (f.related !== undefined) rinci.push(`${k.terkait} '${f.related.sheet}'!${f.related.cell}`);
  if (rinci.length > 0) bagian.push(`${" ".repeat(23)}(${rinci.join("; ")})`);
  return bagian.join("\n");
}

function teksHitungan(h: Hitungan, k: Kamus): string {
  const bagian: string[] = [];
  if (h.error > 0) bagian.push(k.jumlah("error", h.error));
  if (h.warning > 0) bagian.push(k.jumlah("warning", h.warning));
  if (h.info > 0) bagian.push(k.jumlah("info", h.info));
  return bagian.join(", ");
}

/** One file's report as text, ending with a newline. */
export function cetakLaporan(r: FileReport, k: Kamus): string {
  const out: string[] = [r.file];
  if (r.tables.length === 0) out.push(`  ${k.tanpaTabel}`);
  else {
    out.push(`  ${k.tabelDitemukan(r.tables.length)}`);
    for (const t of r.tables) {
      out.push(
        `    ${`'${t.sheet}'!${t.range}`.padEnd(36)} ${t.kind.padEnd(11)} ` +
          `${k.barisJudul(t.headerRows[0], t.headerRows[1])}, ${k.baris(t.rows.length)}`,
      );
    }
  }
  const h = hitung(r.findings);
  if (r.findings.length === 0) out.push(`  ${k.tanpaTemuan}`);
  else {
    out.push(`  ${k.temuan(h.error, h.warning, h.info)}`);
    const perLembar = new Map<string, FindingReport[]>();
    for (const f of r.findings) {
      const daftar = perLembar.get(f.sheet) ?? [];
      daftar.push(f);
      perLembar.set(f.sheet, daftar);
    }
    for (const [lembar, daftar] of perLembar) {
      out.push(`  ${k.lembar(lembar)} (${teksHitungan(hitung(daftar), k)})`);
      // Within a sheet the checks' order (row, column) is kept; errors are not pulled ahead,
      // so that a planner walks the sheet once from top to bottom.
      for (const f of daftar) out.push(barisTemuan(f, k));
    }
  }
  return `${out.join("\n")}\n`;
}
