/**
 * `kinerja check --json` on every fixture equals its answer key (test/fixtures/*.expected.json):
 * tables, rows and findings exactly (numbers within 1e-6, messages aside), nothing spurious.
 */
import fs from "fs";
import path from "path";
import { bedaLaporan, jalankan } from "./jalankan";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "fixtures");
const AKHIRAN = ".expected.json";

const KUNCI = fs.existsSync(DIR)
  ? fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(AKHIRAN))
      .sort()
  : [];

interface Kasus {
  kunci: string;
  xlsx: string;
  config?: string;
}

function kasus(kunci: string): Kasus {
  const nama = kunci.slice(0, -AKHIRAN.length);
  if (nama.endsWith(".with-config")) {
    const dasar = nama.slice(0, -".with-config".length);
    return {
      kunci,
      xlsx: path.join(DIR, `${dasar}.xlsx`),
      config: path.join(DIR, `${dasar}.kinerja.json`),
    };
  }
  return { kunci, xlsx: path.join(DIR, `${nama}.xlsx`) };
}

it("finds answer keys to check against", () => {
  expect(KUNCI.length).toBeGreaterThan(0);
});

const MAKS_BEDA = 60;

describe.each(KUNCI.map((k) => [k, kasus(k)] as const))("%s", (_nama, k) => {
  it("prints the key's tables, rows and findings, and the matching exit code", async () => {
    const kunci: unknown = JSON.parse(fs.readFileSync(path.join(DIR, k.kunci), "utf8"));
    const argv = ["check", k.xlsx, "--json"];
    if (k.config !== undefined) argv.push("--config", k.config);
    const hasil = await jalankan(argv);
    expect(hasil.stderr).toBe("");
    const dokumen = JSON.parse(hasil.stdout) as { files: unknown[] };
    expect(Object.keys(dokumen)).toEqual(["files"]);
    expect(dokumen.files).toHaveLength(1);
    const beda = bedaLaporan(dokumen.files[0], kunci);
    const ringkas =
      beda.length > MAKS_BEDA
        ? [...beda.slice(0, MAKS_BEDA), `... ${beda.length - MAKS_BEDA} more`]
        : beda;
    expect(ringkas).toEqual([]);
    const adaGalat = (kunci as { findings: { severity: string }[] }).findings.some(
      (f) => f.severity === "error",
    );
    expect(hasil.kode).toBe(adaGalat ? 1 : 0);
  });
});
