/**
 * Recognition against the fixture answer keys (test/fixtures): every table the key lists, with
 * its range, kind, header rows and column keys, and every row's level, code, indicator and
 * polarity (where the key reports one); no other table.
 */
import { readFileSync } from "fs";
import path from "path";
import { areaA1, colLetters } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/cli/xlsx/read";
import { kunciKolom } from "../../../src/core/periksa/baca";
import { recognize } from "../../../src/core/tabel";
import type { RecognizedTable } from "../../../src/core/tabel/types";

interface BarisKunci {
  row: number;
  level?: string;
  kode?: string;
  indikator?: string;
  polaritas?: string;
}

interface TabelKunci {
  sheet: string;
  range: string;
  kind: string;
  headerRows: [number, number];
  columns: Record<string, string>;
  rows: BarisKunci[];
}

const DIR = path.resolve(__dirname, "../../fixtures");
const FIXTURE = [
  "seed-000-cirebon-pk-2024",
  "seed-001-semarang-lkjip-2023",
  "seed-002-sumenep-lkjip-2023",
];

function ringkasTabel(t: RecognizedTable) {
  const kunci = kunciKolom(t.columns);
  const columns: Record<string, string> = {};
  for (const c of t.columns) columns[kunci.get(c) ?? c.role] = colLetters(c.col);
  return {
    sheet: t.sheet,
    range: areaA1(t.range),
    kind: t.kind,
    headerRows: [t.headerRows[0] + 1, t.headerRows[1] + 1],
    columns,
  };
}

describe.each(FIXTURE)("%s", (nama) => {
  const kunci: { tables: TabelKunci[] } = JSON.parse(
    readFileSync(path.join(DIR, `${nama}.expected.json`), "utf8"),
  );
  let tabel: RecognizedTable[] = [];

  beforeAll(async () => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(path.join(DIR, `${nama}.xlsx`))));
    tabel = recognize(wb);
  });

  it("tabel, rentang, jenis, baris judul dan kolom sama dengan kunci", () => {
    expect(tabel.map(ringkasTabel)).toEqual(
      kunci.tables.map(({ sheet, range, kind, headerRows, columns }) => ({
        sheet,
        range,
        kind,
        headerRows,
        columns,
      })),
    );
  });

  it("setiap baris: tingkat, kode, indikator, polaritas", () => {
    const beda: string[] = [];
    kunci.tables.forEach((k, i) => {
      const t = tabel[i];
      const baris = new Map(t.rows.map((r) => [r.row + 1, r]));
      for (const kr of k.rows) {
        const r = baris.get(kr.row);
        if (r === undefined) {
          beda.push(`${k.sheet}!${kr.row}: tidak ada`);
          continue;
        }
        baris.delete(kr.row);
        const dapat = { level: r.level, kode: r.kode, indikator: r.indikator };
        const harap = { level: kr.level, kode: kr.kode, indikator: kr.indikator };
        if (JSON.stringify(dapat) !== JSON.stringify(harap)) {
          beda.push(`${k.sheet}!${kr.row}: ${JSON.stringify(dapat)} != ${JSON.stringify(harap)}`);
        }
        if (kr.polaritas !== undefined && kr.polaritas !== r.polaritas) {
          beda.push(`${k.sheet}!${kr.row}: polaritas ${r.polaritas} != ${kr.polaritas}`);
        }
      }
      for (const row of baris.keys()) beda.push(`${k.sheet}!${row}: baris lebih`);
    });
    expect(beda).toEqual([]);
  });
});
