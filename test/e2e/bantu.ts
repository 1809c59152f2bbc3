/**
 * Shared by the end-to-end tests and the preview benchmark: one webpack build into a private
 * folder, a plain http server on 127.0.0.1 for it, and Debian's Chromium driven by playwright-core
 * (never a downloaded browser).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const AKAR = path.resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const KELUARAN = path.join(AKAR, "test-output", "e2e");

const JENIS: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Builds the add-in into `folder` (production by default, as shipped); throws with webpack's output. */
export function bangun(folder: string, mode: "production" | "development" = "production"): void {
  const hasil = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", mode, "--output-path", folder],
    { cwd: AKAR, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (hasil.status !== 0) {
    throw new Error(`webpack gagal (${String(hasil.status)}):\n${hasil.stdout}\n${hasil.stderr}`);
  }
}

export interface Server {
  url: string;
  tutup: () => Promise<void>;
}

export async function layani(folder: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    const jalur = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const berkas = path.join(folder, path.normalize(jalur).replace(/^(\.\.[/\\])+/, ""));
    if (!berkas.startsWith(folder) || !fs.existsSync(berkas) || fs.statSync(berkas).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": JENIS[path.extname(berkas)] ?? "application/octet-stream",
    });
    fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tutup: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Peramban {
  konteks: BrowserContext;
  tutup: () => Promise<void>;
}

/** Chromium with a fresh profile; fails with a clear message where it is not installed. */
export async function bukaChromium(): Promise<Peramban> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} tidak ada: pasang Chromium Debian (apt-get install chromium) untuk tes end-to-end.`,
    );
  }
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-chromium-"));
  const konteks = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1400, height: 900 },
  });
  return {
    konteks,
    tutup: async () => {
      await konteks.close();
      fs.rmSync(profil, { recursive: true, force: true });
    },
  };
}
