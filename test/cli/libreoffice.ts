/**
 * Recalculation by LibreOffice headless, for the tests of the native formulas: a private profile
 * whose settings make Calc recalculate every formula of an .xlsx on load (OOXMLRecalcMode 0),
 * then `--convert-to xlsx` writes the results as the formulas' cached values.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { strFromU8, unzipSync } from "fflate";

const CALON = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice"];

export function cariSoffice(): string | undefined {
  return CALON.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
}

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that always recalculates on load. */
export async function buatProfil(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-lo-"));
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(path.join(dir, "user", "registrymodifications.xcu"), XCU);
  return dir;
}

/**
 * Recalculates the given .xlsx files in one LibreOffice run; returns the paths of the results
 * (same base names, in a new folder).
 */
export async function hitungUlang(berkas: readonly string[]): Promise<string[]> {
  const soffice = cariSoffice();
  if (soffice === undefined) {
    throw new Error("LibreOffice (soffice) tidak ditemukan: pasang libreoffice-calc-nogui.");
  }
  const profil = await buatProfil();
  const keluar = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-lo-hasil-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profil).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--calc",
    "--convert-to",
    "xlsx",
    "--outdir",
    keluar,
    ...berkas,
  ];
  try {
    await new Promise<void>((selesai, gagal) => {
      execFile(soffice, args, { timeout: 240_000 }, (e, _stdout, stderr) => {
        if (e !== null) gagal(new Error(`soffice gagal: ${e.message}\n${stderr}`));
        else selesai();
      });
    });
  } finally {
    await fs.rm(profil, { recursive: true, force: true });
  }
  const hasil = berkas.map((b) => path.join(keluar, path.basename(b)));
  for (const h of hasil) {
    if (!existsSync(h)) throw new Error(`soffice tidak menulis ${h}`);
  }
  return hasil;
}

export type NilaiHasil = number | string | boolean | { galat: string } | null;

function dekode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * The cached values of a recalculated file, per sheet name and A1 address. Read from the XML
 * directly: exceljs drops a cached result of 0, which would hide exactly the cases under test.
 */
export function bacaHasil(data: Uint8Array): Map<string, Map<string, NilaiHasil>> {
  const zip = unzipSync(data);
  const teks = (p: string): string => {
    const isi = zip[p];
    if (isi === undefined) throw new Error(`bagian ${p} tidak ada`);
    return strFromU8(isi);
  };
  const rels = new Map<string, string>();
  for (const m of teks("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) {
      rels.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
  }
  const bersama: string[] = [];
  if (zip["xl/sharedStrings.xml"] !== undefined) {
    for (const si of teks("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      bersama.push(
        dekode([...si[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
      );
    }
  }
  const hasil = new Map<string, Map<string, NilaiHasil>>();
  for (const m of teks("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const nama = dekode(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? "";
    const bagian = rels.get(rid);
    if (bagian === undefined) continue;
    const sel = new Map<string, NilaiHasil>();
    for (const c of teks(bagian).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      if (ref === undefined) continue;
      const t = /\bt="([^"]+)"/.exec(c[1])?.[1] ?? "n";
      const v = c[2] === undefined ? undefined : /<v>([\s\S]*?)<\/v>/.exec(c[2])?.[1];
      const inline =
        c[2] === undefined ? undefined : /<is>[\s\S]*?<t\b[^>]*>([\s\S]*?)<\/t>/.exec(c[2])?.[1];
      let nilai: NilaiHasil = null;
      if (t === "inlineStr") nilai = inline === undefined ? "" : dekode(inline);
      else if (v === undefined) nilai = null;
      else if (t === "s") nilai = bersama[Number(v)] ?? null;
      else if (t === "str") nilai = dekode(v);
      else if (t === "e") nilai = { galat: dekode(v) };
      else if (t === "b") nilai = v === "1";
      else nilai = Number(v);
      sel.set(ref, nilai);
    }
    hasil.set(nama, sel);
  }
  return hasil;
}
