/**
 * `npm start`: builds and serves the add-in on https://localhost:3000 (webpack serve, development
 * certificates) and
 *   - where Excel desktop is installed (Windows, macOS), sideloads it with office-addin-debugging,
 *     which starts the same server through `npm run dev-server`;
 *   - elsewhere (Linux, no Excel, or `--pratinjau`), serves the preview: the task pane against the
 *     in-memory Excel, at https://localhost:3000/preview.html.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import fs from "fs";
import https from "https";
import path from "path";

const AKAR = path.resolve(__dirname, "..");
export const URL_PRATINJAU = "https://localhost:3000/preview.html";

export type RencanaMulai = "sideload" | "pratinjau";

/** Whether Excel desktop is installed; a wrong "no" only means the preview opens instead. */
export function adaExcel(platform: string = process.platform): boolean {
  if (platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (platform === "win32") {
    const kunci = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    return spawnSync("reg", ["query", kunci], { stdio: "ignore" }).status === 0;
  }
  return false;
}

export function rencanaMulai(opsi: {
  platform: string;
  excel: boolean;
  argv: readonly string[];
}): RencanaMulai {
  if (opsi.argv.includes("--pratinjau") || opsi.argv.includes("--preview")) return "pratinjau";
  const desktop = opsi.platform === "win32" || opsi.platform === "darwin";
  return desktop && opsi.excel ? "sideload" : "pratinjau";
}

/** Opening a browser needs xdg-open and a display; otherwise the printed URL is enough. */
export function bolehBukaPeramban(
  env: Readonly<Record<string, string | undefined>>,
  adaXdgOpen: boolean,
): boolean {
  return adaXdgOpen && Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function adaPerintah(nama: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${nama}`], { stdio: "ignore" }).status === 0;
}

function jalankan(args: string[]): ChildProcess {
  const anak = spawn(process.execPath, args, { cwd: AKAR, stdio: "inherit" });
  for (const sinyal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sinyal, () => anak.kill(sinyal));
  }
  anak.on("exit", (kode) => process.exit(kode ?? 0));
  return anak;
}

/** Resolves once the dev server answers (its certificate may be self-signed: not checked here). */
function tungguServer(url: string, sisa = 240): Promise<void> {
  return new Promise((resolve, reject) => {
    const coba = (n: number): void => {
      const req = https.get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve();
      });
      req.on("error", () => {
        if (n <= 0) reject(new Error("server tidak menjawab"));
        else setTimeout(() => coba(n - 1), 1000);
      });
    };
    coba(sisa);
  });
}

function sideload(): void {
  console.log("Excel desktop ditemukan: add-in dimuat ke Excel (office-addin-debugging).");
  const cli = path.join(AKAR, "node_modules", "office-addin-debugging", "cli.js");
  jalankan([cli, "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server"]);
}

function pratinjau(): void {
  console.log(
    "Excel desktop tidak ditemukan: membuka pratinjau (panel tugas dengan Excel tiruan di memori).",
  );
  console.log(`Pratinjau: ${URL_PRATINJAU}`);
  jalankan([require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
  tungguServer(URL_PRATINJAU).then(
    () => {
      console.log(`\nPratinjau siap: ${URL_PRATINJAU}`);
      if (bolehBukaPeramban(process.env, adaPerintah("xdg-open"))) {
        spawn("xdg-open", [URL_PRATINJAU], { stdio: "ignore", detached: true }).unref();
      }
    },
    () => console.error(`Server pengembangan belum menjawab di ${URL_PRATINJAU}.`),
  );
}

if (require.main === module) {
  const rencana = rencanaMulai({
    platform: process.platform,
    excel: adaExcel(),
    argv: process.argv.slice(2),
  });
  if (rencana === "sideload") sideload();
  else pratinjau();
}
