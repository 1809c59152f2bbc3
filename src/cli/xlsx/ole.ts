/**
 * OLE compound files (CFB). Excel stores a password-protected .xlsx as a CFB holding the encrypted
 * package (`EncryptionInfo` + `EncryptedPackage` streams), and a 97-2003 workbook as a CFB with a
 * `Workbook` stream: both start with the same signature, so only the directory tells them apart.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export function isOle(data: Uint8Array): boolean {
  if (data.length < SIGNATURE.length) return false;
  return SIGNATURE.every((b, i) => data[i] === b);
}

const utf16 = new TextDecoder("utf-16le");

/** Names of the directory entries; undefined when the directory cannot be walked. */
export function oleEntryNames(data: Uint8Array): string[] | undefined {
  if (!isOle(data) || data.length < 512) return undefined;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = dv.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectorAt = (s: number): number => (s + 1) * size;

  // FAT sector numbers: the first 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = dv.getUint32(76 + i * 4, true);
    if (s <= MAX_SECTOR) fatSectors.push(s);
  }
  let difat = dv.getUint32(68, true);
  for (let guard = 0; difat <= MAX_SECTOR && guard < 1 << 16; guard++) {
    const base = sectorAt(difat);
    if (base + size > data.length) return undefined;
    const per = size / 4 - 1;
    for (let i = 0; i < per; i++) {
      const s = dv.getUint32(base + i * 4, true);
      if (s <= MAX_SECTOR) fatSectors.push(s);
    }
    difat = dv.getUint32(base + per * 4, true);
  }
  const next = (s: number): number => {
    const perFat = size / 4;
    const fat = fatSectors[Math.floor(s / perFat)];
    if (fat === undefined) return END_OF_CHAIN;
    const at = sectorAt(fat) + (s % perFat) * 4;
    return at + 4 <= data.length ? dv.getUint32(at, true) : END_OF_CHAIN;
  };

  const names: string[] = [];
  let sector = dv.getUint32(48, true);
  const seen = new Set<number>();
  while (sector <= MAX_SECTOR && !seen.has(sector)) {
    seen.add(sector);
    const base = sectorAt(sector);
    if (base + size > data.length) return undefined;
    for (let e = base; e < base + size; e += 128) {
      const type = data[e + 66];
      const nameLen = dv.getUint16(e + 64, true);
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      names.push(utf16.decode(data.subarray(e, e + nameLen - 2)));
    }
    sector = next(sector);
  }
  return names;
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when a CFB holds an encrypted OOXML package. */
export function isEncryptedPackage(data: Uint8Array): boolean {
  const names = oleEntryNames(data);
  if (names !== undefined) {
    return names.some((n) => n === "EncryptionInfo" || n === "EncryptedPackage");
  }
  // A directory we cannot walk: fall back to looking for the stream name itself.
  return containsUtf16(data, "EncryptionInfo");
}
