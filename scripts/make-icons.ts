/**
 * Draws Rudder's icon (a ship's wheel on a deep-teal tile) at 16, 32, 64 and 80 px into assets/.
 * Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

const TEAL: [number, number, number] = [0x0f, 0x6c, 0x74];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage 0..1 of the wheel (ring, hub, eight spokes with handles) at a point in unit space. */
function wheel(x: number, y: number): number {
  const r = Math.hypot(x, y);
  const ring = Math.abs(r - 0.5) < 0.075;
  const hub = r < 0.14;
  let spoke = false;
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    const along = x * Math.cos(a) + y * Math.sin(a);
    const across = Math.abs(-x * Math.sin(a) + y * Math.cos(a));
    if (along > 0 && along < 0.8 && across < (along > 0.58 ? 0.075 : 0.045)) spoke = true;
  }
  return ring || hub || spoke ? 1 : 0;
}

function tile(x: number, y: number): number {
  const q = 0.78;
  const dx = Math.max(Math.abs(x) - q, 0);
  const dy = Math.max(Math.abs(y) - q, 0);
  return Math.hypot(dx, dy) < 0.2 ? 1 : 0;
}

function render(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / ss) / size) * 2 - 1;
          bg += tile(x, y);
          fg += wheel(x * 1.05, y * 1.05) * tile(x, y);
        }
      const a = bg / (ss * ss);
      const f = bg === 0 ? 0 : fg / bg;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(TEAL[c] * (1 - f) + WHITE[c] * f);
      row[o + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), render(size));
}
