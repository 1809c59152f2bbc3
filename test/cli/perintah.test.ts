/**
 * The command's contract: options, exit codes 0/1/2, unreadable files with a clear message and no
 * stack trace, `--lang en`, settings beside the file and from `--config`, the progress line, and
 * once through `bin/kinerja.js` in a child process.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import {
  PESAN_TANPA_WORKBOOK,
  PESAN_TEKS,
  PESAN_TERKUNCI,
  PESAN_TERPOTONG,
  PESAN_XLS_LAMA,
} from "../../src/cli/xlsx/errors";
import type { CheckReport } from "../../src/core/laporan";
import { bukuUji } from "./buku-uji";
import { jalankan } from "./jalankan";

jest.setTimeout(120_000);

const AKAR = path.join(__dirname, "..", "..");
const XLSX_RUSAK = path.join(AKAR, "test", "fixtures", "xlsx");
let dir: string;
let bersih: string;
let galat: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-cli-"));
  bersih = path.join(dir, "bersih.xlsx");
  galat = path.join(dir, "galat.xlsx");
  await fs.writeFile(bersih, await bukuUji());
  await fs.writeFile(galat, await bukuUji({ salahKetik: true }));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function json(
  stdout: string,
): CheckReport & { errors?: { file: string; code: string; message: string }[] } {
  return JSON.parse(stdout) as CheckReport & {
    errors?: { file: string; code: string; message: string }[];
  };
}

describe("options", () => {
  it("--help and --version", async () => {
    const bantuan = await jalankan(["--help"]);
    expect(bantuan.kode).toBe(0);
    expect(bantuan.stdout).toMatch(/^kinerja — memeriksa dan melengkapi tabel SAKIP/);
    expect(bantuan.stdout).toContain("kinerja fill BERKAS -o KELUARAN");
    const pkg = JSON.parse(await fs.readFile(path.join(AKAR, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await jalankan(["-v"])).toEqual({
      kode: 0,
      stdout: `kinerja ${pkg.version}\n`,
      stderr: "",
    });
  });

  it.each([
    [[], "Perintah belum diberikan: check, fill atau names."],
    [["periksa", "a.xlsx"], 'Perintah tidak dikenal: "periksa"; gunakan check, fill atau names.'],
    [["check"], "check memerlukan minimal satu berkas."],
    [["check", "a.xlsx", "--bogus"], "Opsi tidak dikenal: --bogus."],
    [["check", "a.xlsx", "--lang", "fr"], '--lang harus id atau en, bukan "fr".'],
    [["check", "a.xlsx", "--mode", "values"], "Opsi --mode hanya untuk fill."],
    [["fill", "a.xlsx"], "fill memerlukan berkas keluaran: -o KELUARAN.xlsx"],
    [["fill", "a.xlsx", "-o", "a.xlsx"], "Berkas keluaran harus berbeda dari berkas masukan (-o)."],
    [
      ["fill", "a.xlsx", "-o", "b.xlsx", "--mode", "rumus"],
      '--mode harus formulas, values, functions, bukan "rumus".',
    ],
  ])("refuses %j with exit 2", async (argv, pesan) => {
    const h = await jalankan(argv);
    expect(h).toEqual({
      kode: 2,
      stdout: "",
      stderr: `kinerja: ${pesan}\nLihat: kinerja --help\n`,
    });
  });
});

describe("exit codes", () => {
  it("0 when there is no error finding (warnings allowed)", async () => {
    const h = await jalankan(["check", bersih]);
    expect(h.kode).toBe(0);
    expect(h.stderr).toBe("");
    expect(h.stdout).toContain("bersih.xlsx\n  Tabel ditemukan: 2\n");
    expect(h.stdout).toMatch(/\n {2}Temuan: 0 galat, [1-9]\d* peringatan, \d+ info\n {2}Lembar "/);
  });

  it("1 when an error is found, pointing at the cell", async () => {
    const h = await jalankan(["check", galat, "--json"]);
    expect(h.kode).toBe(1);
    const temuan = json(h.stdout).files[0].findings.find((f) => f.rule === "capaian-mismatch");
    expect(temuan).toMatchObject({
      severity: "error",
      sheet: "Pengukuran",
      cell: "G5",
      actual: 160,
    });
    expect(temuan?.expected).toBeCloseTo((90.1 / 85) * 100, 9);
  });

  it.each([
    ["encrypted.xlsx", "terkunci", PESAN_TERKUNCI],
    ["not-a-workbook.xlsx", "rusak", PESAN_TEKS],
    ["no-workbook.xlsx", "rusak", PESAN_TANPA_WORKBOOK],
    ["truncated.xlsx", "rusak", PESAN_TERPOTONG],
    ["old.xls", "xls-lama", PESAN_XLS_LAMA],
  ])("2 for %s, with the message and without a stack trace", async (nama, kode, pesan) => {
    const berkas = path.join(XLSX_RUSAK, nama);
    const h = await jalankan(["check", berkas]);
    expect(h).toEqual({ kode: 2, stdout: "", stderr: `${berkas}: ${pesan}\n` });
    const j = await jalankan(["check", berkas, "--json"]);
    expect(j.kode).toBe(2);
    expect(json(j.stdout)).toEqual({
      files: [],
      errors: [{ file: berkas, code: kode, message: pesan }],
    });
  });

  it("2 when one file of several cannot be read, the others still checked", async () => {
    const hilang = path.join(dir, "tidak-ada.xlsx");
    const terkunci = path.join(XLSX_RUSAK, "encrypted.xlsx");
    const h = await jalankan(["check", galat, hilang, terkunci, bersih, "--json"]);
    expect(h.kode).toBe(2);
    const d = json(h.stdout);
    expect(d.files.map((f) => f.file)).toEqual(["galat.xlsx", "bersih.xlsx"]);
    expect(d.errors).toEqual([
      { file: hilang, code: "tidak-ada", message: `Berkas ${hilang} tidak ditemukan.` },
      { file: terkunci, code: "terkunci", message: PESAN_TERKUNCI },
    ]);
    expect(h.stderr).toBe(
      `${hilang}: Berkas ${hilang} tidak ditemukan.\n${terkunci}: ${PESAN_TERKUNCI}\n`,
    );
    const teks = await jalankan(["check", galat, hilang, bersih]);
    expect(teks.stdout).toContain(
      "Ringkasan: 2 berkas diperiksa, 1 galat, 2 peringatan, 0 info.\n1 berkas tidak dapat dibaca.\n",
    );
  });
});

describe("--lang en", () => {
  it("prints the report and the messages in English", async () => {
    const id = json((await jalankan(["check", galat, "--json"])).stdout).files[0].findings;
    const en = json((await jalankan(["check", galat, "--json", "--lang", "en"])).stdout).files[0]
      .findings;
    expect(en.map((f) => [f.rule, f.cell])).toEqual(id.map((f) => [f.rule, f.cell]));
    const i = id.findIndex((f) => f.rule === "capaian-mismatch");
    expect(id[i].message).toMatch(/tercetak/);
    expect(en[i].message).not.toBe(id[i].message);
    expect(en[i].message).not.toMatch(/tercetak|seharusnya/);
    const teks = await jalankan(["check", galat, "--lang", "en"]);
    expect(teks.stdout).toContain("  Tables found: 2\n");
    expect(teks.stdout).toMatch(/\n {2}Findings: 1 error, \d+ warnings?, \d+ info\n/);
    expect(teks.stdout).toMatch(/\n {2}Sheet "Pengukuran" \(1 error/);
  });
});

describe("settings", () => {
  function kategori(stdout: string): string | undefined {
    const t = json(stdout).files[0].tables.find((x) => x.kind === "pengukuran");
    return t?.rows.find((r) => r.row === 4)?.kategori;
  }

  it("reads kinerja.config.json beside the file, and --config instead of it", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "cfg-"));
    const berkas = path.join(sub, "kantor.xlsx");
    await fs.copyFile(bersih, berkas);
    expect(kategori((await jalankan(["check", berkas, "--json"])).stdout)).toBe("Sangat Tinggi");
    await fs.writeFile(path.join(sub, "kinerja.config.json"), JSON.stringify({ skala: "atribut" }));
    const samping = await jalankan(["check", berkas, "--json"]);
    expect(samping.stderr).toBe("");
    expect(kategori(samping.stdout)).toBe("Sangat Berhasil");
    const lain = path.join(dir, "lain.json");
    await fs.writeFile(
      lain,
      JSON.stringify({
        skala: [
          [95, "Istimewa"],
          [0, "Biasa"],
        ],
      }),
    );
    expect(kategori((await jalankan(["check", berkas, "--json", "--config", lain])).stdout)).toBe(
      "Istimewa",
    );
  });

  it("warns about bad keys and stops on a config that is not JSON", async () => {
    const salah = path.join(dir, "salah.json");
    await fs.writeFile(salah, JSON.stringify({ batasOutlier: 300, metode: "rasio" }));
    const h = await jalankan(["check", bersih, "--config", salah]);
    expect(h.kode).toBe(0);
    expect(h.stderr).toBe(
      `Peringatan pengaturan (${salah}):\n  - Kunci "metode" tidak dikenal dan diabaikan; ` +
        "yang dikenal: skala, metodeNegatif, metodeEfisiensi, pitaEfisiensi, polaritasBawaan, " +
        "pembulatan, toleransi, tahun, batasOutlier, koreksi.\n",
    );
    const rusak = path.join(dir, "rusak.json");
    await fs.writeFile(rusak, "{ skala: atribut }");
    const r = await jalankan(["check", bersih, "--config", rusak]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${bersih.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: Berkas pengaturan .* bukan JSON yang sah`,
      ),
    );
  });
});

describe("progress", () => {
  it("is silent unless stderr is a terminal or --progress is given", async () => {
    expect((await jalankan(["check", bersih])).stderr).toBe("");
    const p = await jalankan(["check", bersih, galat, "--progress"]);
    expect(p.stderr.split("\n").filter((l) => l !== "")).toEqual([
      `[1/2] ${bersih}: membaca`,
      `[1/2] ${bersih}: mengenali tabel (3 lembar)`,
      `[1/2] ${bersih}: memeriksa (2 tabel)`,
      `[2/2] ${galat}: membaca`,
      `[2/2] ${galat}: mengenali tabel (3 lembar)`,
      `[2/2] ${galat}: memeriksa (2 tabel)`,
    ]);
    const tty = await jalankan(["check", bersih], true);
    expect(tty.stderr.startsWith(`\r${bersih}: membaca`)).toBe(true);
    // The line is cleared before the report, so the terminal keeps only the report.
    expect(tty.stderr.endsWith("\r")).toBe(true);
  });
});

describe("bin/kinerja.js", () => {
  function proses(argv: string[]): Promise<{ kode: number; stdout: string; stderr: string }> {
    return new Promise((selesai) => {
      execFile(
        process.execPath,
        [path.join(AKAR, "bin", "kinerja.js"), ...argv],
        { env: { ...process.env, KINERJA_SUMBER: "1" }, timeout: 110_000 },
        (e, stdout, stderr) => {
          const kode = e === null ? 0 : typeof e.code === "number" ? e.code : -1;
          selesai({ kode, stdout, stderr });
        },
      );
    });
  }

  it("runs as a command with the same output and exit codes", async () => {
    const [anak, dalam] = await Promise.all([
      proses(["check", galat, "--json"]),
      jalankan(["check", galat, "--json"]),
    ]);
    expect(anak).toEqual({ kode: 1, stdout: dalam.stdout, stderr: "" });
    const terkunci = path.join(XLSX_RUSAK, "encrypted.xlsx");
    expect(await proses(["check", terkunci])).toEqual({
      kode: 2,
      stdout: "",
      stderr: `${terkunci}: ${PESAN_TERKUNCI}\n`,
    });
  });
});

describe("docs/cli.md", () => {
  it("documents every rule, every settings key, every fill mode and the exit codes", async () => {
    const dok = await fs.readFile(path.join(AKAR, "docs", "cli.md"), "utf8");
    const { ATURAN } = await import("../../src/core/periksa/aturan");
    const { KUNCI_PENGATURAN } = await import("../../src/core/pengaturan-baca");
    const { MODE_ISI } = await import("../../src/core/isi");
    const hilang = [
      ...ATURAN.map((a) => `| \`${a.id}\` | ${a.severity} | ${a.judul} | ${a.sel} |`),
      ...KUNCI_PENGATURAN.map((k) => `| \`${k}\` |`),
      ...MODE_ISI.map((m) => `| \`${m}\``),
      "| 0 |",
      "| 1 |",
      "| 2 |",
    ].filter((baris) => !dok.includes(baris));
    expect(hilang).toEqual([]);
  });
});

describe("README.md", () => {
  it("lists every rule with its severity, what it finds and the cell it points at", async () => {
    const dok = await fs.readFile(path.join(AKAR, "README.md"), "utf8");
    const { ATURAN } = await import("../../src/core/periksa/aturan");
    const hilang = ATURAN.map(
      (a) => `| \`${a.id}\` | ${a.severity} | ${a.judul} | ${a.sel} |`,
    ).filter((baris) => !dok.includes(baris));
    expect(hilang).toEqual([]);
  });
});
