/**
 * Reads every raw value of the shared real-data vectors and compares it with the parsed column
 * written by hand (vectors/NOTES-002.md, SAKIP.md section 4).
 */
import * as fs from "fs";
import * as path from "path";
import { angkaDari, bacaKolom, bacaNilai, type Nilai } from "../../src/core/nilai";

const PASANGAN = [
  ["target_raw", "target"],
  ["realisasi_raw", "realisasi"],
  ["capaian_raw", "capaian"],
  ["pagu_raw", "pagu"],
  ["realisasi_anggaran_raw", "realisasi_anggaran"],
] as const;

const CALON_DIR = [path.resolve(__dirname, "../../../shared"), "/work/shared"];
const sharedDir = CALON_DIR.find((d) => fs.existsSync(path.join(d, "vectors")));

interface Sel {
  file: string;
  line: number;
  table: string;
  column: string;
  raw: string;
  parsed: string;
}

/**
 * Rows where the reader deliberately differs from the hand-parsed number. Each entry says why
 * and what the reader returns instead; the test also fails if an entry no longer occurs.
 */
interface Pengecualian {
  raw: string;
  column: string;
  why: string;
  expect: (n: Nilai, parsed: number) => void;
}

const PENGECUALIAN: Pengecualian[] = [
  ...["10.711482.609", "Rp 10.711482.609,-"].map((raw) => ({
    raw,
    column: "realisasi_anggaran_raw",
    why:
      "a thousands dot is missing (vectors note PARSE-FLAG:malformed-thousands); the vector " +
      "guessed 10.711.482.609, the reader refuses to guess (SAKIP.md 4: report what cannot be read)",
    expect: (n: Nilai) => {
      expect(n.kind).toBe("unreadable");
      expect(n.kind === "unreadable" && n.reason).toContain("kelompok '711482'");
    },
  })),
  ...["(89,52%)", "(81,99%)", "(89,84%)", "(91,81%)"].map((raw) => ({
    raw,
    column: "capaian_raw",
    why:
      "a parenthetical percentage copied from prose (seed 001 BAB III/IV); in a cell brackets " +
      "mean a negative amount (accounting), so the reader returns the negative and says so",
    expect: (n: Nilai, parsed: number) => {
      expect(n.kind).toBe("percent");
      expect(angkaDari(n)).toBeCloseTo(-parsed, 9);
      expect(n.kind === "percent" && n.ambiguous).toContain("dibaca negatif");
    },
  })),
];

function bacaTsv(file: string): Sel[] {
  const teks = fs.readFileSync(file, "utf8");
  const baris = teks.split("\n").map((b) => b.replace(/\r$/, ""));
  const kepala = baris[0].split("\t");
  const kolom = (nama: string): number => {
    const i = kepala.indexOf(nama);
    if (i < 0) throw new Error(`${file}: kolom '${nama}' tidak ada`);
    return i;
  };
  const iTable = kolom("table");
  const sel: Sel[] = [];
  for (let no = 1; no < baris.length; no++) {
    if (baris[no] === "") continue;
    const isi = baris[no].split("\t");
    if (isi.length !== kepala.length) {
      throw new Error(`${file}:${no + 1}: ${isi.length} kolom, seharusnya ${kepala.length}`);
    }
    for (const [raw, parsed] of PASANGAN) {
      sel.push({
        file: path.basename(file),
        line: no + 1,
        table: isi[iTable],
        column: raw,
        raw: isi[kolom(raw)],
        parsed: isi[kolom(parsed)],
      });
    }
  }
  return sel;
}

function pengecualian(s: Sel): Pengecualian | undefined {
  return PENGECUALIAN.find((p) => p.raw === s.raw && p.column === s.column);
}

function dekat(a: number | undefined, b: number): boolean {
  return a !== undefined && Math.abs(a - b) <= 1e-9;
}

if (sharedDir === undefined) {
  test("shared vectors directory exists", () => {
    throw new Error(
      `Direktori data bersama tidak ditemukan; dicari di: ${CALON_DIR.join(", ")}. ` +
        "Di CI letaknya ../shared dari akar repositori.",
    );
  });
} else {
  const dir = path.join(sharedDir, "vectors");
  const berkas = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((f) => path.join(dir, f));
  const semua = berkas.flatMap(bacaTsv).filter((s) => s.raw !== "");
  const angka = semua.filter((s) => s.parsed !== "" && Number.isFinite(Number(s.parsed)));
  const kosong = semua.filter((s) => s.parsed === "");

  describe("vectors", () => {
    test("both TSV files are read", () => {
      expect(berkas.map((f) => path.basename(f))).toEqual([
        "vectors-000-001.tsv",
        "vectors-002.tsv",
      ]);
      // Every non-empty raw cell is either numeric or empty in its parsed column.
      expect(angka.length + kosong.length).toBe(semua.length);
      expect(angka.length).toBeGreaterThan(1000);
    });

    test("every hand-parsed number is read back (bacaNilai)", () => {
      const salah: string[] = [];
      let diperiksa = 0;
      const baris = new Set<string>();
      for (const s of angka) {
        if (pengecualian(s) !== undefined) continue;
        diperiksa++;
        baris.add(`${s.file}:${s.line}`);
        const n = bacaNilai(s.raw);
        if (!dekat(angkaDari(n), Number(s.parsed))) {
          salah.push(
            `${s.file}:${s.line} ${s.column} ${JSON.stringify(s.raw)} -> ${JSON.stringify(n)}`,
          );
        }
      }
      expect(salah).toEqual([]);
      console.log(
        `nilai vectors: ${diperiksa} numeric cells in ${baris.size} rows checked, ${angka.length - diperiksa} documented exceptions, ${kosong.length} non-numeric cells`,
      );
    });

    test("every hand-parsed number is read back column by column (bacaKolom)", () => {
      const kelompok = new Map<string, Sel[]>();
      for (const s of semua) {
        const k = `${s.file}\u0000${s.table}\u0000${s.column}`;
        const daftar = kelompok.get(k);
        if (daftar === undefined) kelompok.set(k, [s]);
        else daftar.push(s);
      }
      const salah: string[] = [];
      for (const daftar of kelompok.values()) {
        const hasil = bacaKolom(daftar.map((s) => s.raw));
        daftar.forEach((s, i) => {
          if (s.parsed === "" || pengecualian(s) !== undefined) return;
          if (!dekat(angkaDari(hasil[i]), Number(s.parsed))) {
            salah.push(`${s.file}:${s.line} ${s.column} ${JSON.stringify(s.raw)}`);
          }
        });
      }
      expect(salah).toEqual([]);
    });

    test("cells without a hand-parsed number read as pending, grade or unreadable", () => {
      const salah: string[] = [];
      for (const s of kosong) {
        const n = bacaNilai(s.raw);
        if (n.kind === "number" || n.kind === "percent") {
          salah.push(`${s.file}:${s.line} ${s.column} ${JSON.stringify(s.raw)} -> ${n.value}`);
        }
      }
      expect(salah).toEqual([]);
    });

    test.each(PENGECUALIAN.map((p) => [p.raw, p] as const))("documented exception %j", (raw, p) => {
      const kena = angka.filter((s) => s.raw === raw && s.column === p.column);
      expect(kena.length).toBeGreaterThan(0);
      for (const s of kena) p.expect(bacaNilai(s.raw), Number(s.parsed));
    });

    test("the non-numeric cells are the expected pending, grade and unreadable ones", () => {
      const jenis = new Map<string, string>();
      for (const s of kosong) jenis.set(s.raw, bacaNilai(s.raw).kind);
      expect(Object.fromEntries([...jenis.entries()].sort())).toEqual({
        "-": "pending",
        "15.93451165948,-": "unreadable",
        "3 Dok 100 %": "unreadable",
        A: "grade",
        "Menunggu Rilis PDRB oleh BPS 2024": "pending",
        "Menunggu Rilis resmi BPS 2024": "pending",
      });
    });
  });
}
