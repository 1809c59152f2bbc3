/** `kinerja fill`: the plan of the core (`rencanaIsi`) written into a copy by the xlsx patcher. */
import ExcelJS from "exceljs";
import type { EditSel, OpsiIsi, RencanaIsi } from "../core/isi";
import type { Kamus } from "./teks";
import type { CellEdit } from "./xlsx/patch";

/** The planner lives in the core so the task pane shares it; re-exported for the CLI's callers. */
export { rencanakan } from "../core/isi-rencana";

/**
 * The core's edit as the patcher takes it. A formula goes without its cached result: the patcher
 * marks the workbook for a full recalculation on load, so Excel and LibreOffice compute it.
 */
export function keSuntingan(e: EditSel): CellEdit {
  const s: CellEdit = { sheet: e.sheet, row: e.row, col: e.col };
  if (e.formula !== undefined) s.formula = e.formula;
  else if (e.value !== undefined) s.value = e.value;
  return s;
}

/**
 * Number formats of cells as Excel applies them (the cell's style, else its row's or column's),
 * for the empty result cells the workbook model holds no format for. Best effort: a file exceljs
 * cannot load gives no formats, and the model's own formats stand.
 */
export async function formatSel(data: Uint8Array): Promise<OpsiIsi["format"]> {
  const wb = new ExcelJS.Workbook();
  try {
    // A copy owns its whole ArrayBuffer, which exceljs reads as is.
    await wb.xlsx.load(data.slice().buffer);
  } catch {
    return undefined;
  }
  return (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    if (ws === undefined) return undefined;
    const f: unknown = ws.getCell(row + 1, col + 1).numFmt;
    return typeof f === "string" ? f : undefined;
  };
}

const CONTOH_SEL = 8;

/** What was filled (cells per column per table) and what was skipped, grouped by reason. */
export function cetakIsi(keluaran: string, r: RencanaIsi, k: Kamus): string {
  const out: string[] = [k.terisi(keluaran)];
  if (r.kolom.length === 0) out.push(`  ${k.tanpaIsian}`);
  let tabel = "";
  for (const c of r.kolom) {
    const judul = `'${c.sheet}'!${c.table} (${c.kind})`;
    if (judul !== tabel) {
      out.push(`  ${judul}`);
      tabel = judul;
    }
    out.push(
      `    ${c.col.padEnd(3)} ${c.kolom.padEnd(11)} ${`"${c.header}"`.padEnd(30)} ` +
        k.kolomTerisi(c.rumus, c.nilai, c.dilewati),
    );
  }
  if (r.dilewati.length > 0) {
    out.push(k.dilewati(r.dilewati.length));
    const kelompok = new Map<string, string[]>();
    for (const d of r.dilewati) {
      const kunci = `'${d.sheet}' ${d.kolom}: ${d.alasan}`;
      const sel = kelompok.get(kunci) ?? [];
      sel.push(d.cell);
      kelompok.set(kunci, sel);
    }
    for (const [kunci, sel] of kelompok) {
      const contoh = sel.slice(0, CONTOH_SEL).join(", ");
      const lagi = sel.length > CONTOH_SEL ? `, ${k.lainnya(sel.length - CONTOH_SEL)}` : "";
      out.push(`  ${kunci} [${contoh}${lagi}]`);
    }
  }
  if (r.takTerisi.length > 0) {
    out.push(k.takTerisi);
    for (const t of r.takTerisi) {
      out.push(`  '${t.sheet}'!${t.table} ${t.col} ${t.kolom}: ${t.alasan}`);
    }
  }
  for (const c of r.catatan) out.push(c);
  return `${out.join("\n")}\n`;
}
