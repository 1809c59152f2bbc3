#!/usr/bin/env node
/**
 * The `kinerja` command. Runs the compiled CLI (`npm run build:cli` writes lib/); in a fresh clone
 * without lib/, runs the TypeScript sources through ts-node so that `npx kinerja` works right
 * after `npm install`. KINERJA_SUMBER=1 forces the sources (tests, development).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const akar = path.join(__dirname, "..");
const terkompilasi = path.join(akar, "lib", "cli", "main.js");

function muat() {
  if (process.env.KINERJA_SUMBER !== "1" && fs.existsSync(terkompilasi)) {
    return require(terkompilasi);
  }
  try {
    require("ts-node").register({
      project: path.join(akar, "tsconfig.test.json"),
      transpileOnly: true,
    });
  } catch {
    process.stderr.write(
      "kinerja: belum dibangun dan ts-node tidak tersedia: jalankan `npm install` lalu " +
        "`npm run build:cli`.\n",
    );
    process.exit(2);
  }
  return require(path.join(akar, "src", "cli", "main.ts"));
}

muat().jalankan();
