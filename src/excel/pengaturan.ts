/**
 * What the task pane keeps inside the workbook (`workbook.settings`, ExcelApi 1.4), so every
 * colleague who opens the file gets the same rules: the settings, the recognition corrections and
 * the last fill's undo record. Each is one JSON string; a bad one is reported, never fatal.
 */
import { bacaPengaturan } from "../core/pengaturan-baca";
import type { Pengaturan } from "../core/pengaturan";
import type { Correction } from "../core/tabel/types";
import type { UndoRecord } from "./tulis";

export const KUNCI_PENGATURAN_BUKU = "kinerja.pengaturan";
export const KUNCI_KOREKSI = "kinerja.koreksi";
export const KUNCI_UNDO = "kinerja.undo";
/** An undo record above this is kept in memory only: the settings travel with every save. */
export const BATAS_UNDO_BYTES = 1_000_000;

export interface ExcelSetting {
  readonly isNullObject: boolean;
  readonly value: unknown;
  load(propertyNames: string[]): unknown;
  delete(): void;
}

export interface ExcelSettingCollection {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): ExcelSetting;
}

export interface KonteksSetelan {
  readonly workbook: { readonly settings: ExcelSettingCollection };
  sync(): Promise<unknown>;
}

/** The stored settings in the shape of a `kinerja.config.json` (what `bacaPengaturan` reads). */
export type PengaturanTersimpan = Record<string, unknown>;

export interface IsiBuku {
  pengaturan: Pengaturan;
  /** The stored JSON as read, for the settings editor (empty when none). */
  mentah: PengaturanTersimpan;
  koreksi: Correction[];
  undo?: UndoRecord;
  /** Problems with what was stored, in Bahasa Indonesia. */
  masalah: string[];
}

function isObjek(nilai: unknown): nilai is Record<string, unknown> {
  return typeof nilai === "object" && nilai !== null && !Array.isArray(nilai);
}

function uraiJson(nilai: unknown, kunci: string, masalah: string[]): unknown {
  if (typeof nilai !== "string") return nilai;
  try {
    return JSON.parse(nilai) as unknown;
  } catch {
    masalah.push(`${kunci}: isi tersimpan bukan JSON yang sah dan diabaikan.`);
    return undefined;
  }
}

function bacaUndo(nilai: unknown): UndoRecord | undefined {
  if (!isObjek(nilai) || !Array.isArray(nilai.blok)) return undefined;
  const sah = nilai.blok.every(
    (b: unknown) =>
      isObjek(b) &&
      typeof b.sheet === "string" &&
      typeof b.row === "number" &&
      typeof b.col === "number" &&
      Array.isArray(b.formulas),
  );
  return sah ? (nilai as unknown as UndoRecord) : undefined;
}

/** Reads settings, corrections and undo record in one sync. */
export async function bacaIsiBuku(context: KonteksSetelan): Promise<IsiBuku> {
  const s = context.workbook.settings;
  const item = [KUNCI_PENGATURAN_BUKU, KUNCI_KOREKSI, KUNCI_UNDO].map((k) => {
    const it = s.getItemOrNullObject(k);
    it.load(["value"]);
    return it;
  });
  await context.sync();
  const masalah: string[] = [];
  const [p, k, u] = item.map((it, i) =>
    it.isNullObject
      ? undefined
      : uraiJson(it.value, [KUNCI_PENGATURAN_BUKU, KUNCI_KOREKSI, KUNCI_UNDO][i], masalah),
  );
  const mentah = isObjek(p) ? p : {};
  if (p !== undefined && !isObjek(p)) {
    masalah.push(`${KUNCI_PENGATURAN_BUKU}: harus berupa objek JSON; pengaturan bawaan dipakai.`);
  }
  const terbaca = bacaPengaturan({ ...mentah, ...(k === undefined ? {} : { koreksi: k }) });
  const hasil: IsiBuku = {
    pengaturan: terbaca.pengaturan,
    mentah,
    koreksi: terbaca.koreksi ?? [],
    masalah: [...masalah, ...terbaca.masalah],
  };
  const undo = bacaUndo(u);
  if (undo !== undefined) hasil.undo = undo;
  return hasil;
}

export async function simpanPengaturanBuku(
  context: KonteksSetelan,
  mentah: PengaturanTersimpan,
): Promise<void> {
  context.workbook.settings.add(KUNCI_PENGATURAN_BUKU, JSON.stringify(mentah));
  await context.sync();
}

export async function simpanKoreksi(
  context: KonteksSetelan,
  koreksi: readonly Correction[],
): Promise<void> {
  context.workbook.settings.add(KUNCI_KOREKSI, JSON.stringify(koreksi));
  await context.sync();
}

/**
 * Keeps the undo record in the file when it is small enough; otherwise removes a stale one so a
 * later pane never undoes an older fill. Returns whether it was stored.
 */
export async function simpanUndo(
  context: KonteksSetelan,
  undo: UndoRecord | undefined,
): Promise<boolean> {
  const json = undo === undefined ? undefined : JSON.stringify(undo);
  const simpan = json !== undefined && json.length <= BATAS_UNDO_BYTES;
  if (simpan) context.workbook.settings.add(KUNCI_UNDO, json);
  else {
    const lama = context.workbook.settings.getItemOrNullObject(KUNCI_UNDO);
    lama.load(["value"]);
    await context.sync();
    if (!lama.isNullObject) lama.delete();
  }
  await context.sync();
  return simpan;
}
