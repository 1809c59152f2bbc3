import { readFileSync } from "fs";
import { join } from "path";
import {
  DAFTAR_FUNGSI,
  rumusContoh,
  sintaks,
  type InfoFungsi,
} from "../../src/taskpane/components/fungsi/daftar-fungsi";

function fungsi(nama: string): InfoFungsi {
  const f = DAFTAR_FUNGSI.find((x) => x.nama === nama);
  if (!f) throw new Error(`${nama} is missing from DAFTAR_FUNGSI`);
  return f;
}

describe("daftar fungsi", () => {
  test("names are unique upper-case identifiers", () => {
    const names = DAFTAR_FUNGSI.map((f) => f.nama);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_.]*$/);
  });

  test("every function is described in both languages", () => {
    for (const f of DAFTAR_FUNGSI) {
      expect(f.keterangan.id.length).toBeGreaterThan(10);
      expect(f.keterangan.en.length).toBeGreaterThan(10);
      expect(f.keterangan.id).not.toBe(f.keterangan.en);
    }
  });

  test("optional arguments come last", () => {
    for (const f of DAFTAR_FUNGSI) {
      const firstOptional = f.argumen.findIndex((a) => a.opsional);
      if (firstOptional >= 0) {
        expect(f.argumen.slice(firstOptional).every((a) => a.opsional)).toBe(true);
      }
    }
  });

  test("syntax with the Indonesian and English separators", () => {
    expect(sintaks(fungsi("CAPAIAN"), ";")).toBe(
      "=SAKIP.CAPAIAN(target; realisasi; [arah]; [metode])",
    );
    expect(sintaks(fungsi("CAPAIAN"), ",")).toBe(
      "=SAKIP.CAPAIAN(target, realisasi, [arah], [metode])",
    );
  });

  test("examples are complete formulas; invariant syntax by default", () => {
    expect(rumusContoh(fungsi("CAPAIAN"))).toBe("=SAKIP.CAPAIAN(80,90)");
    expect(rumusContoh(fungsi("KATEGORI"))).toBe("=SAKIP.KATEGORI(112.5)");
    expect(rumusContoh(fungsi("KATEGORI"), ";", ",")).toBe("=SAKIP.KATEGORI(112,5)");
    expect(rumusContoh(fungsi("NILAI"), ";", ",")).toBe('=SAKIP.NILAI("76,50%")');
  });
});

/** `NAME(arg, [optional])` for every `@customfunction` in the functions' JSDoc, in file order. */
function terdaftar(): string[] {
  const source = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
  const blocks = source.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  return blocks.flatMap((block) => {
    const id = /@customfunction\s+(\S+)/.exec(block)?.[1];
    if (!id) return [];
    const params = [...block.matchAll(/@param\s+(\[?[\w.]+\]?)/g)].map((m) => m[1]);
    return [`${id}(${params.join(", ")})`];
  });
}

test("the reference lists exactly the registered custom functions and their arguments", () => {
  const pane = DAFTAR_FUNGSI.map(
    (f) => `${f.nama}(${f.argumen.map((a) => (a.opsional ? `[${a.nama}]` : a.nama)).join(", ")})`,
  );
  expect(pane).toEqual(terdaftar());
});
