/**
 * Where the settings of a file come from: `--config F`, else `kinerja.config.json` beside the
 * file, else the defaults. Parsing and validation are the core's (`bacaPengaturan`).
 */
import { promises as fs } from "fs";
import path from "path";
import { bacaPengaturan, type PengaturanTerbaca } from "../core/pengaturan-baca";

export const NAMA_PENGATURAN = "kinerja.config.json";

export interface PengaturanBerkas extends PengaturanTerbaca {
  /** The config file used; undefined for the defaults. */
  sumber?: string;
}

export class PengaturanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PengaturanError";
  }
}

async function ada(berkas: string): Promise<boolean> {
  try {
    return (await fs.stat(berkas)).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates one config file; a missing or non-JSON file is a PengaturanError. */
export async function bacaBerkasPengaturan(berkas: string): Promise<PengaturanBerkas> {
  let teks: string;
  try {
    teks = await fs.readFile(berkas, "utf8");
  } catch {
    throw new PengaturanError(`Berkas pengaturan ${berkas} tidak dapat dibuka.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(teks.replace(/^\uFEFF/, ""));
  } catch (e) {
    const sebab = e instanceof Error ? e.message : String(e);
    throw new PengaturanError(`Berkas pengaturan ${berkas} bukan JSON yang sah (${sebab}).`);
  }
  return { ...bacaPengaturan(json), sumber: berkas };
}

/** The settings for `berkas`: the explicit config when given, else the one beside it. */
export async function pengaturanUntuk(
  berkas: string,
  config: string | undefined,
  cache: Map<string, Promise<PengaturanBerkas>>,
): Promise<PengaturanBerkas> {
  const pilihan = config ?? path.join(path.dirname(berkas), NAMA_PENGATURAN);
  if (config === undefined && !(await ada(pilihan))) {
    return { ...bacaPengaturan(undefined) };
  }
  const kunci = path.resolve(pilihan);
  let janji = cache.get(kunci);
  if (janji === undefined) {
    janji = bacaBerkasPengaturan(pilihan);
    cache.set(kunci, janji);
  }
  return janji;
}
