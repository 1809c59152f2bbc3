/**
 * The production bundle as Excel sees it: every id in functions.json must be registered by
 * functions.js (a missing one shows #NAME? in Excel), and the page and manifests must be there.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import vm from "vm";
import { buatRuntimePalsu } from "./runtime-palsu";

const AKAR = path.resolve(__dirname, "../..");
const DIST = path.join(AKAR, "dist");

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fungsi {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string };
}

let metadata: { functions: Fungsi[] };
const terdaftar = new Map<string, unknown>();

beforeAll(() => {
  const hasil = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    { cwd: AKAR, encoding: "utf8" },
  );
  if (hasil.status !== 0) throw new Error(`build gagal:\n${hasil.stdout}\n${hasil.stderr}`);
  metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
  const konteks = vm.createContext({
    CustomFunctions: buatRuntimePalsu(terdaftar),
    Office: { onReady: () => Promise.resolve({}) },
    console,
  });
  konteks.window = konteks;
  konteks.self = konteks;
  konteks.globalThis = konteks;
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), konteks);
}, 180_000);

test("functions.js registers exactly the ids of functions.json", () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...terdaftar.keys()].sort()).toStrictEqual(ids);
  expect(ids).toStrictEqual([
    "CAPAIAN",
    "CAPAIAN.RENSTRA",
    "EFISIENSI",
    "KATEGORI",
    "KATEGORI.EFISIENSI",
    "NILAI",
    "SERAPAN",
    "SISA",
  ]);
});

test("every registered function answers 1x1 matrices with a matrix", () => {
  for (const f of metadata.functions) {
    const fn = terdaftar.get(f.id);
    expect(typeof fn).toBe("function");
    const args = f.parameters.map((_, i) => [[i === 0 ? 100 : 80]]);
    const hasil: unknown = (fn as (...a: unknown[]) => unknown)(...args);
    expect(Array.isArray(hasil)).toBe(true);
    expect((hasil as unknown[]).length).toBe(1);
    expect(Array.isArray((hasil as unknown[][])[0])).toBe(true);
    expect((hasil as unknown[][])[0].length).toBe(1);
  }
  expect((terdaftar.get("CAPAIAN") as (...a: unknown[]) => unknown)([[80]], [[76]])).toStrictEqual([
    [95],
  ]);
});

test("functions.json: namespace-free ids, names equal ids, matrices everywhere", () => {
  for (const f of metadata.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z.]*[A-Z]$/);
    expect(f.id.startsWith("SAKIP")).toBe(false);
    expect(f.name).toBe(f.id);
    expect(f.result?.dimensionality).toBe("matrix");
    for (const p of f.parameters) expect(p.dimensionality).toBe("matrix");
  }
});

test("functions.json: Indonesian argument names and the right optional flags", () => {
  const tanda = Object.fromEntries(
    metadata.functions.map((f) => [
      f.id,
      f.parameters.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(" "),
    ]),
  );
  expect(tanda).toStrictEqual({
    CAPAIAN: "target realisasi [arah] [metode]",
    KATEGORI: "capaian [skala]",
    SERAPAN: "pagu realisasi",
    SISA: "pagu realisasi",
    EFISIENSI: "capaian serapan [metode]",
    "KATEGORI.EFISIENSI": "efisiensi [metode] [pita]",
    NILAI: "teks",
    "CAPAIAN.RENSTRA": "realisasi target_akhir",
  });
});

test("functions.json: descriptions are written, single-line and in Indonesian", () => {
  const inggris = /\b(the|of|and|returns?|value|number|target value)\b/i;
  const indonesia =
    /\b(capaian|anggaran|kategori|nilai|realisasi|target|pagu|efisiensi|atau|dan)\b/i;
  for (const f of metadata.functions) {
    const teks = [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")];
    for (const t of teks) {
      expect(t.trim().length).toBeGreaterThan(5);
      expect(t).not.toMatch(inggris);
      expect(t).not.toContain("\n");
    }
    expect(f.description).toMatch(indonesia);
  }
});

test("dist holds the page, both bundles, the manifest and the assets", () => {
  const halaman = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(halaman).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(halaman).toMatch(/<script[^>]*src="?functions\.js/);
  expect(halaman).toMatch(/<script[^>]*src="?taskpane\.js/);
  for (const berkas of ["taskpane.js", "functions.js", "functions.json", "manifest.xml"]) {
    expect(fs.existsSync(path.join(DIST, berkas))).toBe(true);
  }
  expect(fs.readdirSync(path.join(DIST, "assets")).length).toBeGreaterThan(0);
});

test("the functions bundle carries no React", () => {
  const kode = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  expect(kode).not.toContain('Symbol.for("react.');
  expect(kode).not.toContain("__SECRET_INTERNALS");
});
