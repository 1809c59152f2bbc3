/**
 * The `=CAPAIAN()` workbook functions through Office.js: workbook-scoped names whose formula is a
 * LAMBDA. Ours are recognised by the marker at the start of their comment, so a name the user
 * defined for something else is never changed unless the user asks; each operation is one read
 * and at most one write sync.
 */
import { PENANDA_KOMENTAR } from "../core/nama-fungsi";
import type { ExcelProxy } from "./api";

/** Starts the comment of every name the add-in writes (the core's marker). */
export const PENANDA_KINERJA = PENANDA_KOMENTAR;
/** Excel keeps at most this many characters of a name's comment. */
export const MAKS_KOMENTAR = 255;

/** The part of a `DefinisiNama` (src/core/nama-fungsi.ts) that the workbook stores. */
export interface DefinisiFungsi {
  readonly nama: string;
  /** `=LAMBDA(...)` in English with `,` separators, as Office.js takes a formula. */
  readonly rumus: string;
  readonly komentar: string;
}

export interface ExcelNamedItem extends ExcelProxy {
  readonly name: string;
  formula: unknown;
  comment: string;
  delete(): void;
}

export interface ExcelNamedItemCollection {
  readonly items: ExcelNamedItem[];
  load(propertyNames: string): unknown;
  add(name: string, reference: string, comment?: string): unknown;
}

export interface KonteksNama {
  readonly workbook: { readonly names: ExcelNamedItemCollection };
  sync(): Promise<unknown>;
}

/** One defined name of the workbook as read. */
export interface NamaBuku {
  nama: string;
  rumus: string;
  komentar: string;
  milikKinerja: boolean;
}

export interface KonflikNama {
  nama: string;
  /** What the workbook's own name refers to now. */
  rumus: string;
  komentar: string;
}

export interface HasilPasang {
  dipasang: string[];
  diperbarui: string[];
  tetap: string[];
  ditimpa: string[];
  /** Names the workbook defines for something else, left untouched. */
  konflik: KonflikNama[];
}

export type StatusFungsi = "belum" | "sesuai" | "berbeda";

export interface KeadaanFungsi {
  /** `belum`: none of ours; `berbeda`: some of ours missing or not matching the settings. */
  status: StatusFungsi;
  terpasang: string[];
  berbeda: string[];
  konflik: KonflikNama[];
}

export function milikKinerja(komentar: unknown): boolean {
  return typeof komentar === "string" && komentar.trimStart().startsWith(PENANDA_KINERJA);
}

/** The comment written: always marked, and cut to what Excel keeps. */
export function komentarKinerja(komentar: string): string {
  const bertanda = milikKinerja(komentar) ? komentar : `${PENANDA_KINERJA} ${komentar}`;
  return bertanda.length <= MAKS_KOMENTAR ? bertanda : `${bertanda.slice(0, MAKS_KOMENTAR - 1)}…`;
}

/** Excel may respace or recase a formula it stores; text inside quotes is kept as is. */
export function rumusSetara(a: string, b: string): boolean {
  const normal = (r: string): string =>
    r
      .trim()
      .replace(/^=?/, "=")
      .split('"')
      .map((bagian, i) => (i % 2 === 0 ? bagian.replace(/\s+/g, "").toUpperCase() : bagian))
      .join('"');
  return normal(a) === normal(b);
}

function kunci(nama: string): string {
  return nama.toLowerCase();
}

function teks(nilai: unknown): string {
  return typeof nilai === "string"
    ? nilai
    : nilai === undefined || nilai === null
      ? ""
      : String(nilai);
}

async function muatNama(context: KonteksNama): Promise<ExcelNamedItem[]> {
  const koleksi = context.workbook.names;
  koleksi.load("items/name,items/formula,items/comment");
  await context.sync();
  return koleksi.items;
}

function dariItem(item: ExcelNamedItem): NamaBuku {
  const komentar = teks(item.comment);
  return {
    nama: item.name,
    rumus: teks(item.formula),
    komentar,
    milikKinerja: milikKinerja(komentar),
  };
}

/** Every defined name of the workbook, ours marked (one sync). */
export async function bacaNamaKinerja(context: KonteksNama): Promise<NamaBuku[]> {
  return (await muatNama(context)).map(dariItem);
}

/** How the workbook's names stand against the functions the current settings give. */
export function keadaanFungsi(
  defs: readonly DefinisiFungsi[],
  nama: readonly NamaBuku[],
): KeadaanFungsi {
  const peta = new Map(nama.map((n) => [kunci(n.nama), n]));
  const terpasang: string[] = [];
  const berbeda: string[] = [];
  const konflik: KonflikNama[] = [];
  for (const d of defs) {
    const ada = peta.get(kunci(d.nama));
    if (ada === undefined) berbeda.push(d.nama);
    else if (!ada.milikKinerja) {
      konflik.push({ nama: ada.nama, rumus: ada.rumus, komentar: ada.komentar });
      berbeda.push(d.nama);
    } else {
      terpasang.push(d.nama);
      if (!rumusSetara(ada.rumus, d.rumus) || ada.komentar !== komentarKinerja(d.komentar)) {
        berbeda.push(d.nama);
      }
    }
  }
  const status: StatusFungsi =
    terpasang.length === 0 ? "belum" : berbeda.length === 0 ? "sesuai" : "berbeda";
  return { status, terpasang, berbeda, konflik };
}

/**
 * Adds the missing names and rewrites ours that differ. A name the workbook defines for something
 * else is replaced only when listed in `timpa`; otherwise it is returned as a conflict.
 * Rewriting sets `NamedItem.formula` (ExcelApi 1.7).
 */
export async function pasangFungsi(
  context: KonteksNama,
  defs: readonly DefinisiFungsi[],
  opsi: { timpa?: readonly string[] } = {},
): Promise<HasilPasang> {
  const items = await muatNama(context);
  const peta = new Map(items.map((it) => [kunci(it.name), it]));
  const timpa = new Set((opsi.timpa ?? []).map(kunci));
  const hasil: HasilPasang = { dipasang: [], diperbarui: [], tetap: [], ditimpa: [], konflik: [] };
  let adaTulis = false;
  for (const d of defs) {
    const komentar = komentarKinerja(d.komentar);
    const item = peta.get(kunci(d.nama));
    if (item === undefined) {
      context.workbook.names.add(d.nama, d.rumus, komentar);
      hasil.dipasang.push(d.nama);
      adaTulis = true;
      continue;
    }
    const lama = dariItem(item);
    if (!lama.milikKinerja && !timpa.has(kunci(d.nama))) {
      hasil.konflik.push({ nama: lama.nama, rumus: lama.rumus, komentar: lama.komentar });
      continue;
    }
    if (lama.milikKinerja && rumusSetara(lama.rumus, d.rumus) && lama.komentar === komentar) {
      hasil.tetap.push(d.nama);
      continue;
    }
    item.formula = d.rumus;
    item.comment = komentar;
    (lama.milikKinerja ? hasil.diperbarui : hasil.ditimpa).push(d.nama);
    adaTulis = true;
  }
  if (adaTulis) await context.sync();
  return hasil;
}

/** Deletes every name carrying our marker, and nothing else; returns their names. */
export async function hapusFungsi(context: KonteksNama): Promise<string[]> {
  const milik = (await muatNama(context)).filter((it) => milikKinerja(it.comment));
  for (const it of milik) it.delete();
  if (milik.length > 0) await context.sync();
  return milik.map((it) => it.name);
}

/** Whether a context reaches `workbook.names` (the real one and the fake both do). */
export function punyaNama<T extends { readonly workbook: object }>(
  context: T,
): context is T & KonteksNama {
  return "names" in context.workbook;
}
