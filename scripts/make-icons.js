#!/usr/bin/env node
// Draws the add-in's icons (a green rounded square with a white check mark) as PNG files.
// Plain Node and zlib so a fresh clone can regenerate them: `node scripts/make-icons.js`.
// `--check` compares the committed files with what the script would write (exit 1 on a difference).
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [0x10, 0x7c, 0x41]; // Excel's green, so the button reads as "belongs to Excel"
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges

/** The check mark as a polyline in unit coordinates (0..1), and its stroke width. */
const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.75, 0.32],
];
const STROKE = 0.12;
const CORNER = 0.2;

function insideRoundedSquare(x, y) {
  const r = CORNER;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i], CHECK[i + 1]) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels of one icon, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            shape++;
            if (onCheck(x, y)) check++;
          }
        }
      }
      const i = (py * size + px) * 4;
      const w = shape === 0 ? 0 : check / shape;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      pixels[i + 3] = Math.round((255 * shape) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) from RGBA pixels. */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function iconPath(size) {
  return path.join(__dirname, '..', 'assets', `icon-${size}.png`);
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const size of SIZES) {
    const png = encodePng(size, drawIcon(size));
    const file = iconPath(size);
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) {
        console.error(`stale or missing: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
    }
  }
  if (stale > 0) {
    console.error('Run `node scripts/make-icons.js` to regenerate the icons.');
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { SIZES, drawIcon, encodePng };
