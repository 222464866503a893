// The entries of a plain zip found through its central directory, each inflated by a function the
// caller gives (Node's native zlib in the command line: reading is most of what a review does, and
// native inflate is about twice as fast as fflate's). It walks the headers as fflate's unzipSync
// does; a zip it does not know (zip64, a name neither UTF-8 nor ASCII, a method other than stored or
// deflated, an entry that does not inflate to its stated size) gives undefined, and is read by fflate.

/** Inflates raw deflate `data` to at most `size` bytes; throws when it holds more or is damaged. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Bytes once inflated, as the central directory states them. */
  size: number;
  /** The entry's bytes as stored. */
  stored: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAME = 0x0800;

/** Every entry in directory order, or undefined for a zip this walk does not know. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) {
    if (bytes.length - end > 65558) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 8, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined; // zip64
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length) return undefined;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const storedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    if ((method !== 0 && method !== 8) || storedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return undefined;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (!(flags & UTF8_NAME) && nameBytes.some((b) => b >= 0x80)) return undefined;
    if (offset + 30 > bytes.length) return undefined;
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (dataStart + storedSize > bytes.length) return undefined;
    entries.push({ name: new TextDecoder().decode(nameBytes), method, size, stored: bytes.subarray(dataStart, dataStart + storedSize) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes: a copy when stored, inflated when deflated; undefined when it does not inflate. */
export function entryData(entry: ZipEntry, inflate: Inflate): Uint8Array | undefined {
  if (entry.method === 0) return entry.stored.slice();
  try {
    return inflate(entry.stored, entry.size);
  } catch {
    return undefined;
  }
}
