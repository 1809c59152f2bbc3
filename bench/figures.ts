/** The figures; add new ones with `daftarkan` (their order is the print order). */
import "./runtime-palsu";
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { capaianAngka, hitungCapaian } from "../src/core/capaian";
import { bacaNilai } from "../src/core/nilai";
import { sakipCapaian } from "../src/functions/functions";
import { daftarkanCheck } from "./check";
import { korpusAngka, korpusNilai } from "./korpus";
import { daftarkanPane } from "./pane";
import { daftarkan, lajuPerDetik, median, tampung, waktu } from "./ukur";

const SEJUTA = 1_000_000;
const AKAR = path.resolve(__dirname, "..");

daftarkan({
  nama: "capaian_angka_rows_per_s",
  label: "capaianAngka, 1.000.000 baris angka",
  satuan: "baris/detik",
  tujuan: { jenis: "min", nilai: 5e6 },
  ukur: () => {
    const { target, realisasi } = korpusAngka(SEJUTA);
    return lajuPerDetik(SEJUTA, () => {
      let jumlah = 0;
      for (let i = 0; i < SEJUTA; i++)
        jumlah += capaianAngka(target[i], realisasi[i], "+", "selisih");
      tampung(jumlah);
    });
  },
});

daftarkan({
  nama: "capaian_hitung_rows_per_s",
  label: "hitungCapaian, 1.000.000 baris angka",
  satuan: "baris/detik",
  tujuan: { jenis: "min", nilai: 5e6 },
  ukur: () => {
    const { target, realisasi } = korpusAngka(SEJUTA);
    const opsi = { polaritas: "-", metode: "selisih" } as const;
    return lajuPerDetik(SEJUTA, () => {
      let jumlah = 0;
      for (let i = 0; i < SEJUTA; i++) {
        const h = hitungCapaian(target[i], realisasi[i], opsi);
        if (h.ok) jumlah += h.value;
      }
      tampung(jumlah);
    });
  },
});

daftarkan({
  nama: "baca_nilai_values_per_s",
  label: "bacaNilai, 1.000.000 teks campuran",
  satuan: "nilai/detik",
  tujuan: { jenis: "min", nilai: 1e6 },
  ukur: () => {
    const teks = korpusNilai(SEJUTA);
    return lajuPerDetik(
      SEJUTA,
      () => {
        let jumlah = 0;
        for (let i = 0; i < SEJUTA; i++) jumlah += bacaNilai(teks[i]).raw.length;
        tampung(jumlah);
      },
      3,
    );
  },
});

daftarkan({
  nama: "capaian_range_10k_ms",
  label: "SAKIP.CAPAIAN atas rentang 10.000 baris, median 30 panggilan",
  satuan: "ms/panggilan",
  tujuan: { jenis: "max", nilai: 20 },
  ukur: () => {
    const n = 10_000;
    const { target, realisasi } = korpusAngka(n, 7);
    const t = Array.from(target, (x) => [x]);
    const r = Array.from(realisasi, (x) => [x]);
    const arah = [["-"]];
    for (let i = 0; i < 10; i++) tampung(sakipCapaian(t, r, arah).length);
    const ms: number[] = [];
    for (let i = 0; i < 30; i++) ms.push(waktu(() => tampung(sakipCapaian(t, r, arah).length)));
    return median(ms);
  },
});

daftarkan({
  nama: "functions_js_gzip_kb",
  label: "dist/functions.js setelah gzip",
  satuan: "KB",
  tujuan: { jenis: "max", nilai: 100 },
  ukur: () => {
    const berkas = path.join(AKAR, "dist", "functions.js");
    if (!fs.existsSync(berkas)) {
      // Build output goes to stderr: stdout carries only the figures (or the JSON).
      const hasil = spawnSync(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
        {
          cwd: AKAR,
          stdio: ["ignore", process.stderr, process.stderr],
        },
      );
      if (hasil.status !== 0) throw new Error("npm run build gagal");
    }
    return zlib.gzipSync(fs.readFileSync(berkas), { level: 9 }).length / 1024;
  },
});

// The task pane: scan and fill in the fake, bundle size, preview load (bench/pane.ts).
daftarkanPane();

// `kinerja check` on 50 offices (bench/check.ts): last, as it is the slowest.
daftarkanCheck();
