/** Runs the command in-process with captured streams. */
import { main } from "../../src/cli/main";

export interface Keluaran {
  kode: number;
  stdout: string;
  stderr: string;
}

export async function jalankan(argv: string[], tty = false): Promise<Keluaran> {
  let stdout = "";
  let stderr = "";
  const kode = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrTTY: tty,
  });
  return { kode, stdout, stderr };
}

/**
 * Differences between a report and its answer key: every key field must match (numbers within
 * 1e-6, relative for large amounts), `message` is not compared, and nothing may be extra.
 */
export function bedaKunci(got: unknown, want: unknown, jalur = "", beda: string[] = []): string[] {
  if (typeof want === "number") {
    if (typeof got !== "number" || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want))) {
      beda.push(`${jalur}: ${JSON.stringify(got)} != ${want}`);
    }
    return beda;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) {
      beda.push(`${jalur}: not an array`);
      return beda;
    }
    const n = Math.max(got.length, want.length);
    for (let i = 0; i < n; i++) {
      if (i >= got.length) beda.push(`${jalur}[${i}]: missing ${JSON.stringify(want[i])}`);
      else if (i >= want.length) beda.push(`${jalur}[${i}]: extra ${JSON.stringify(got[i])}`);
      else bedaKunci(got[i], want[i], `${jalur}[${i}]`, beda);
    }
    return beda;
  }
  if (typeof want === "object" && want !== null) {
    if (typeof got !== "object" || got === null || Array.isArray(got)) {
      beda.push(`${jalur}: ${JSON.stringify(got)} is not an object`);
      return beda;
    }
    const g = got as Record<string, unknown>;
    const w = want as Record<string, unknown>;
    const kunci = new Set([...Object.keys(g), ...Object.keys(w)]);
    kunci.delete("message");
    for (const k of kunci) {
      if (!(k in w)) beda.push(`${jalur}.${k}: extra ${JSON.stringify(g[k])}`);
      else if (!(k in g)) beda.push(`${jalur}.${k}: missing ${JSON.stringify(w[k])}`);
      else bedaKunci(g[k], w[k], `${jalur}.${k}`, beda);
    }
    return beda;
  }
  if (got !== want) beda.push(`${jalur}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  return beda;
}

type Obj = Record<string, unknown>;

function daftar(x: unknown): Obj[] {
  return Array.isArray(x) ? (x as Obj[]) : [];
}

/** Pairs two lists by a key; reports what is missing, extra or out of order, and compares pairs. */
function pasangkan(
  got: Obj[],
  want: Obj[],
  kunci: (o: Obj) => string,
  jalur: string,
  beda: string[],
  banding: (g: Obj, w: Obj, jalur: string) => void,
): void {
  const g = new Map(got.map((o) => [kunci(o), o]));
  const w = new Map(want.map((o) => [kunci(o), o]));
  for (const [k, o] of w) if (!g.has(k)) beda.push(`${jalur} missing ${k}: ${JSON.stringify(o)}`);
  for (const [k, o] of g) if (!w.has(k)) beda.push(`${jalur} extra ${k}: ${JSON.stringify(o)}`);
  const urutG = got.map(kunci).filter((k) => w.has(k));
  const urutW = want.map(kunci).filter((k) => g.has(k));
  if (urutG.join("\n") !== urutW.join("\n")) beda.push(`${jalur}: order differs`);
  for (const [k, o] of w) {
    const p = g.get(k);
    if (p !== undefined) banding(p, o, `${jalur}[${k}]`);
  }
}

/** Differences of a FileReport against its key, tables by range, rows by row, findings by cell. */
export function bedaLaporan(got: unknown, want: unknown): string[] {
  const beda: string[] = [];
  const g = (got ?? {}) as Obj;
  const w = (want ?? {}) as Obj;
  if (g.file !== w.file) beda.push(`file: ${JSON.stringify(g.file)} != ${JSON.stringify(w.file)}`);
  const kunciLain = new Set([...Object.keys(g), ...Object.keys(w)]);
  for (const k of ["file", "tables", "findings"]) kunciLain.delete(k);
  for (const k of kunciLain) beda.push(`${k}: unexpected key`);
  pasangkan(
    daftar(g.tables),
    daftar(w.tables),
    (t) => `'${String(t.sheet)}'!${String(t.range)}`,
    "tables",
    beda,
    (gt, wt, jalur) => {
      const { rows: rg, ...restG } = gt;
      const { rows: rw, ...restW } = wt;
      bedaKunci(restG, restW, jalur, beda);
      pasangkan(
        daftar(rg),
        daftar(rw),
        (r) => `row ${String(r.row)}`,
        `${jalur}.rows`,
        beda,
        (a, b, j) => bedaKunci(a, b, j, beda),
      );
    },
  );
  pasangkan(
    daftar(g.findings),
    daftar(w.findings),
    (f) => `${String(f.rule)} '${String(f.sheet)}'!${String(f.cell)}`,
    "findings",
    beda,
    (a, b, j) => bedaKunci(a, b, j, beda),
  );
  return beda;
}
