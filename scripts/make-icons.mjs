// Draws the app icons (public/favicon.svg: a green tile with a tick and a yellow dot) as PNG
// files, with nothing but node's zlib: no image library, no download.
//   node scripts/make-icons.mjs      writes public/icons/*.png (committed)
// "any" icons are the tile alone on transparency; the maskable icon fills the whole square
// with the page background and keeps the tile inside the central 60 %, well within the safe
// zone (a circle of 80 %) that launchers may crop to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACCENT = [0x2f, 0x5d, 0x50];
const TICK = [0xf6, 0xf4, 0xef];
const DOT = [0xf2, 0xb8, 0x4b];
const BACKGROUND = [0xf6, 0xf4, 0xef];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels → PNG (colour type 6, 8 bits, filter 0 on every row). */
function png(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function toSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/**
 * Colour of public/favicon.svg at (x, y), in its 64-unit view box, or null outside the tile:
 * a green rounded tile, a light tick (round caps and joins) and a yellow dot.
 */
function markColour(x, y) {
  const r = 14;
  const cx = Math.min(Math.max(x, r), 64 - r);
  const cy = Math.min(Math.max(y, r), 64 - r);
  if (x < 0 || y < 0 || x > 64 || y > 64 || (x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  if (Math.hypot(x - 46, y - 14) <= 6) return DOT;
  const tick = Math.min(toSegment(x, y, [18, 34], [27, 43]), toSegment(x, y, [27, 43], [46, 21]));
  return tick <= 3.5 ? TICK : ACCENT;
}

function drawIcon(size, { tileShare, background }) {
  const pixels = Buffer.alloc(size * size * 4);
  const offset = (1 - tileShare) / 2;
  const samples = 4; // 4 × 4 supersampling smooths the rounded corners
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((px + (sx + 0.5) / samples) / size - offset) / tileShare;
          const v = ((py + (sy + 0.5) / samples) / size - offset) / tileShare;
          const colour = markColour(u * 64, v * 64) ?? background;
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(sum[0] / covered);
        pixels[i + 1] = Math.round(sum[1] / covered);
        pixels[i + 2] = Math.round(sum[2] / covered);
      }
      pixels[i + 3] = Math.round(sum[3] / samples ** 2);
    }
  }
  return png(size, pixels);
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
const icons = {
  'icon-192.png': drawIcon(192, { tileShare: 0.9, background: null }),
  'icon-512.png': drawIcon(512, { tileShare: 0.9, background: null }),
  'icon-maskable-512.png': drawIcon(512, { tileShare: 0.6, background: BACKGROUND }),
  'apple-touch-icon.png': drawIcon(180, { tileShare: 0.7, background: BACKGROUND }),
};
for (const [name, data] of Object.entries(icons)) {
  writeFileSync(new URL(name, dir), data);
  console.log(`public/icons/${name}: ${data.length} bytes`);
}
