/**
 * A small zip reader and writer over the central directory. We read only the parts we need, and a
 * patched copy reuses the original compressed bytes of every entry it does not change, so those
 * entries stay exactly as the author's program wrote them.
 */
import * as zlib from "node:zlib";
import { deflateSync, inflateSync } from "fflate";
import { PESAN_BUKAN_XLSX, PESAN_TERPOTONG, rusak } from "./errors";

export interface ZipEntry {
  /** Name as stored (without a leading `/`). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  externalAttrs: number;
  versionMadeBy: number;
  /** The compressed bytes (a view into the original data). */
  raw: Uint8Array;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** Lower-cased name -> entry (part names are case-insensitive in OPC). */
  byName: Map<string, ZipEntry>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

function findEocd(dv: DataView): number {
  const min = Math.max(0, dv.byteLength - 22 - 0xffff);
  for (let i = dv.byteLength - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** Reads the central directory; throws `rusak` when the data is not a complete zip. */
export function readZip(data: Uint8Array): ZipArchive {
  if (!isZip(data)) throw rusak(PESAN_BUKAN_XLSX);
  const dv = view(data);
  const eocd = data.length >= 22 ? findEocd(dv) : -1;
  if (eocd < 0) throw rusak(PESAN_TERPOTONG);
  let count = dv.getUint16(eocd + 10, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20) {
    const loc = eocd - 20;
    if (dv.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const e64 = Number(dv.getBigUint64(loc + 8, true));
      if (e64 + 56 > data.length || dv.getUint32(e64, true) !== SIG_EOCD64) throw rusak();
      count = Number(dv.getBigUint64(e64 + 32, true));
      cdOffset = Number(dv.getBigUint64(e64 + 48, true));
    }
  }
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || dv.getUint32(p, true) !== SIG_CENTRAL) throw rusak();
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLen);
    const name = ((flags & 0x800) !== 0 ? utf8 : latin1).decode(nameBytes).replace(/^\/+/, "");
    // Zip64 fields come in a fixed order, each present only when its 32-bit slot is saturated.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = dv.getUint16(x, true);
      const len = dv.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = Number(dv.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(dv.getBigUint64(q, true));
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(dv.getBigUint64(q, true));
      }
      x += 4 + len;
    }
    if (localOffset + 30 > data.length || dv.getUint32(localOffset, true) !== SIG_LOCAL) {
      throw rusak();
    }
    const start =
      localOffset +
      30 +
      dv.getUint16(localOffset + 26, true) +
      dv.getUint16(localOffset + 28, true);
    if (start + compressedSize > data.length) throw rusak();
    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc: dv.getUint32(p + 16, true),
      compressedSize,
      size,
      dosTime: dv.getUint16(p + 12, true),
      dosDate: dv.getUint16(p + 14, true),
      externalAttrs: dv.getUint32(p + 38, true),
      versionMadeBy: dv.getUint16(p + 4, true),
      raw: data.subarray(start, start + compressedSize),
    };
    entries.push(entry);
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, byName };
}

/** The uncompressed bytes of an entry; throws `rusak` on encrypted or damaged data. */
export function entryData(entry: ZipEntry): Uint8Array {
  if ((entry.flags & 1) !== 0) throw rusak();
  if (entry.method === 0) return entry.raw;
  if (entry.method !== 8) throw rusak();
  try {
    return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
  } catch {
    throw rusak();
  }
}

export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get(name.replace(/^\/+/, "").toLowerCase());
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

// zlib's native crc32 (Node 20.15+) is ~30x faster on the large parts we store for exceljs.
const nativeCrc32: ((data: Uint8Array) => number) | undefined =
  typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) >>> 0 : undefined;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32 !== undefined) return nativeCrc32(data);
  return crc32Table(data);
}

/** The portable implementation (kept for older Node; tests hold both to the same values). */
export function crc32Table(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** An entry to write: an original entry copied as is, or new content. */
export type ZipOutput =
  | { kind: "copy"; entry: ZipEntry }
  | { kind: "new"; name: string; data: Uint8Array; like?: ZipEntry; store?: boolean };

// 1980-01-01 00:00, the zip epoch: deterministic output for new entries without a model.
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  externalAttrs: number;
  versionMadeBy: number;
  raw: Uint8Array;
}

const encoder = new TextEncoder();

function prepare(item: ZipOutput): Written {
  if (item.kind === "copy") {
    const e = item.entry;
    return {
      name: encoder.encode(e.name),
      method: e.method,
      // Keep only the UTF-8 flag and the deflate level hints: sizes now sit in the local header.
      flags: 0x800 | (e.flags & 0x6),
      crc: e.crc,
      compressedSize: e.compressedSize,
      size: e.size,
      dosTime: e.dosTime,
      dosDate: e.dosDate,
      externalAttrs: e.externalAttrs,
      versionMadeBy: e.versionMadeBy,
      raw: e.raw,
    };
  }
  const store = item.store === true || item.data.length < 64;
  const raw = store ? item.data : deflateSync(item.data, { level: 6 });
  return {
    name: encoder.encode(item.name),
    method: store ? 0 : 8,
    flags: 0x800,
    crc: crc32(item.data),
    compressedSize: raw.length,
    size: item.data.length,
    dosTime: item.like?.dosTime ?? 0,
    dosDate: item.like?.dosDate ?? DOS_DATE_1980,
    externalAttrs: item.like?.externalAttrs ?? 0,
    versionMadeBy: item.like?.versionMadeBy ?? 20,
    raw,
  };
}

/** Writes a zip (no zip64: workbooks this tool handles stay far below 4 GB). */
export function writeZip(items: readonly ZipOutput[]): Uint8Array<ArrayBuffer> {
  const written = items.map(prepare);
  let total = 22;
  for (const w of written) total += 30 + w.name.length + w.raw.length + 46 + w.name.length;
  if (total > 0xfffffffe || written.length > 0xfffe) throw rusak();
  const out = new Uint8Array(total);
  const dv = view(out);
  const offsets: number[] = [];
  let p = 0;
  for (const w of written) {
    offsets.push(p);
    dv.setUint32(p, SIG_LOCAL, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, w.flags, true);
    dv.setUint16(p + 8, w.method, true);
    dv.setUint16(p + 10, w.dosTime, true);
    dv.setUint16(p + 12, w.dosDate, true);
    dv.setUint32(p + 14, w.crc, true);
    dv.setUint32(p + 18, w.compressedSize, true);
    dv.setUint32(p + 22, w.size, true);
    dv.setUint16(p + 26, w.name.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(w.name, p + 30);
    out.set(w.raw, p + 30 + w.name.length);
    p += 30 + w.name.length + w.raw.length;
  }
  const cdStart = p;
  written.forEach((w, i) => {
    dv.setUint32(p, SIG_CENTRAL, true);
    dv.setUint16(p + 4, w.versionMadeBy, true);
    dv.setUint16(p + 6, 20, true);
    dv.setUint16(p + 8, w.flags, true);
    dv.setUint16(p + 10, w.method, true);
    dv.setUint16(p + 12, w.dosTime, true);
    dv.setUint16(p + 14, w.dosDate, true);
    dv.setUint32(p + 16, w.crc, true);
    dv.setUint32(p + 20, w.compressedSize, true);
    dv.setUint32(p + 24, w.size, true);
    dv.setUint16(p + 28, w.name.length, true);
    dv.setUint32(p + 38, w.externalAttrs, true);
    dv.setUint32(p + 42, offsets[i], true);
    out.set(w.name, p + 46);
    p += 46 + w.name.length;
  });
  dv.setUint32(p, SIG_EOCD, true);
  dv.setUint16(p + 8, written.length, true);
  dv.setUint16(p + 10, written.length, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  return out;
}
