// Zips read and written with Node's own zlib (native, about twice as fast as fflate's, which the
// browser needs): reading is most of what a review does, and its 审核意见 workbook holds every finding
// of a season's forms, several MB of XML. Written: plain zip only (deflated parts, UTF-8 names, no zip64).
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Raw inflate to at most `size` bytes (a part that holds more than its header says throws). */
export function inflateWithZlib(data: Uint8Array, size: number): Uint8Array {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** CRC-32 (IEEE), as zip stores it: zlib's own from Node 20.15 on (ten times faster), else computed here. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) : tableCrc32(data);
}

export function tableCrc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** MS-DOS time and date of `when` (local time, two-second steps), as zip headers hold them. */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

const UTF8_NAMES = 0x0800;

interface EntryFields {
  crc: number;
  packed: number;
  size: number;
  name: number;
  time: number;
  date: number;
}

/** The fields the local header (at 4) and the central directory entry (at 6) share, in their order. */
function writeEntryFields(header: Buffer, at: number, entry: EntryFields): void {
  header.writeUInt16LE(20, at); // version needed: deflate
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(entry.time, at + 6);
  header.writeUInt16LE(entry.date, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.packed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.name, at + 22);
}

/** The parts, in order, deflated at `level`, as one zip. */
export function zipWithZlib(parts: [name: string, data: Uint8Array][], level = 4, when = new Date()): Uint8Array {
  const { time, date } = dosDateTime(when);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
    const entry = { crc, packed: packed.length, size: data.length, name: nameBytes.length, time, date };
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry); // extra field length (28): zero
    nameBytes.copy(local, 30);
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS attributes, zip 2.0
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: zero
    nameBytes.copy(central, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
    if (offset > 0xffffffff) throw new RangeError('zip over 4 GB');
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
