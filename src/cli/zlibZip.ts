// Zips read and written with Node's own zlib (native, about twice as fast as fflate's, which the
// browser needs): reading is most of what a review does, and its 审核意见 workbook holds every finding
// of a season's forms, several MB of XML. Written: plain zip only (deflated parts, UTF-8 names, no zip64).
import * as zlib from 'node:zlib';
import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Raw inflate to at most `size` bytes (a part that holds more than its header says throws), into one
 * buffer of the size the zip states, a byte over: zlib's default is 16 KB buffers, most of which a
 * small part leaves empty, and a large part fills several that are then joined. (A byte over: a
 * buffer filled to the last byte makes zlib take one more, to look for more output.)
 */
export function inflateWithZlib(data: Uint8Array, size: number): Uint8Array {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** CRC-32 (IEEE), as zip stores it: zlib's own from Node 20.15 on (ten times faster), else computed here. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC of `data`; `previous`: the CRC of the bytes before it, to go on from. */
export function crc32(data: Uint8Array, previous = 0): number {
  return nativeCrc32 ? nativeCrc32(data, previous) : tableCrc32(data, previous);
}

export function tableCrc32(data: Uint8Array, previous = 0): number {
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A part deflated before it was zipped (see PartDeflater). */
export interface DeflatedPart {
  crc: number;
  /** Bytes before deflating. */
  size: number;
  packed: Uint8Array;
}

const CHUNK_BYTES = 1 << 20;

/**
 * A part deflated as it is written, on Node's thread pool while this thread goes on (a review's
 * 意见明细 as its files are checked): never held whole, and not deflated at the end. Its chunks come
 * from here (chunk) and go back here (out) once written; each is reused once deflated.
 */
export class PartDeflater {
  private readonly deflate = createDeflateRaw({ level: 4, chunkSize: 1 << 18 });
  private readonly packed: Buffer[] = [];
  private readonly free: Uint8Array[] = [];
  private readonly ended: Promise<void>;
  private crc = 0;
  private size = 0;

  constructor() {
    this.deflate.on('data', (bytes: Buffer) => this.packed.push(bytes));
    this.ended = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
    this.ended.catch(() => undefined); // said by done(), not as an unhandled rejection before it
  }

  /** A chunk to write into. */
  chunk(): Uint8Array {
    return this.free.pop() ?? new Uint8Array(CHUNK_BYTES);
  }

  /** Takes the bytes written into a chunk (all of it, or its start) and gives the chunk to write on into. */
  readonly out = (bytes: Uint8Array): Uint8Array => {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.write(bytes, () => {
      // Only this deflater's own chunks are reused (a chunk from elsewhere is left to the collector).
      if (bytes.byteOffset === 0 && bytes.buffer.byteLength === CHUNK_BYTES) this.free.push(new Uint8Array(bytes.buffer));
    });
    return this.chunk();
  };

  /** Once every byte is written: the part as zip stores it. */
  async done(): Promise<DeflatedPart> {
    this.deflate.end();
    await this.ended;
    return { crc: this.crc, size: this.size, packed: Buffer.concat(this.packed) };
  }
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

/** The parts, in order, deflated at `level` (or deflated before), as one zip. */
export function zipWithZlib(parts: [name: string, data: Uint8Array | DeflatedPart][], level = 4, when = new Date()): Uint8Array {
  const { time, date } = dosDateTime(when);
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = data instanceof Uint8Array ? { crc: crc32(data), size: data.length, packed: deflateRawSync(data, { level }) } : data;
    const { crc, size, packed } = deflated;
    const entry = { crc, packed: packed.length, size, name: nameBytes.length, time, date };
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
