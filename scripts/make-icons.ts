/**
 * Writes the add-in icons (assets/icon-<size>.png): a rounded teal-green square with a white
 * rising bar chart. The PNGs are committed; run this only to change the design:
 *
 *   npx ts-node -P tsconfig.test.json --transpile-only scripts/make-icons.ts
 *
 * Hand-rolled PNG encoding (zlib + CRC32) keeps the build free of image dependencies.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** 16/32/80: ribbon (mandatory sizes); 64: HighResolutionIconUrl; 128: catalogue listing. */
export const ICON_SIZES: readonly number[] = [16, 32, 64, 80, 128];

type Rgb = readonly [number, number, number];

const TOP: Rgb = [0x17, 0xa5, 0x8c];
const BOTTOM: Rgb = [0x0b, 0x6b, 0x4f];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Corner radius of the square, as a fraction of the side. */
const RADIUS = 0.22;
/** Bars as [left, top, right, bottom] in unit coordinates, rising left to right. */
const BARS: readonly (readonly [number, number, number, number])[] = [
  [0.2, 0.56, 0.34, 0.78],
  [0.43, 0.4, 0.57, 0.78],
  [0.66, 0.22, 0.8, 0.78],
];
/** Sub-samples per axis: edges stay smooth even at 16 px. */
const SUPERSAMPLE = 6;

function insideRoundedSquare(x: number, y: number): boolean {
  if (x < 0 || x > 1 || y < 0 || y > 1) return false;
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= RADIUS * RADIUS;
}

function insideBar(x: number, y: number): boolean {
  return BARS.some(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Straight (non-premultiplied) RGBA pixels, row-major. */
export function renderIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = insideBar(x, y) ? WHITE : mix(TOP, BOTTOM, y);
          covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((covered / n) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** 8-bit RGBA, no interlace, filter type 0 on every row. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`ditulis: ${file}`);
  }
}

if (require.main === module) main();
