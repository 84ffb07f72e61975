// Draws build/icon.png (1024×1024, the size electron-builder turns into .icns, .ico and the
// AppImage icon) from the same shapes as build/icon.svg, with nothing but Node: a blue rounded
// square with four white tiles, for the apps and books the console hands out.
// Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const TOP = [0x3b, 0x8c, 0xff];
const BOTTOM = [0x1c, 0x4f, 0xd1];

// Signed distance to a rounded rectangle centred at (cx, cy): negative inside.
const roundedRect = (x, y, cx, cy, halfW, halfH, radius) => {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
};
const coverage = (distance) => Math.min(Math.max(0.5 - distance, 0), 1);

// Same geometry as icon.svg (viewBox 0 0 1024 1024).
const TILE = 190;
const GAP = 56;
const tileCentres = [-1, 1].flatMap((i) =>
  [-1, 1].map((j) => [512 + (i * (TILE + GAP)) / 2, 512 + (j * (TILE + GAP)) / 2]),
);

const pixel = (x, y) => {
  const body = coverage(roundedRect(x, y, 512, 512, 412, 412, 184));
  if (body === 0) return [0, 0, 0, 0];
  const t = (y - 100) / 824;
  const base = TOP.map((top, k) => Math.round(top + (BOTTOM[k] - top) * t));
  const glyph = Math.max(
    ...tileCentres.map(([cx, cy]) => coverage(roundedRect(x, y, cx, cy, TILE / 2, TILE / 2, 44))),
  );
  const rgb = base.map((channel) => Math.round(channel + (255 - channel) * glyph));
  return [...rgb, Math.round(255 * body)];
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

export const renderIconPng = (size = SIZE) => {
  const scale = SIZE / size;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const rgba = pixel((x + 0.5) * scale, (y + 0.5) * scale);
      for (let k = 0; k < 4; k++) raw[row + 1 + x * 4 + k] = rgba[k];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(dirname(fileURLToPath(import.meta.url)), 'icon.png');
  writeFileSync(out, renderIconPng());
  console.log(`wrote ${out}`);
}
