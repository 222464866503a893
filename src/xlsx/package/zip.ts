// The zip side of an .xlsx package, through fflate: every part read into memory by name, and written
// back in the same order with the same compression method (stored parts stay stored), so a patched copy
// differs from its input only in the parts the patch changes.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { entryData, zipEntries, type Inflate } from './zipDirectory';

export interface PackagePart {
  /** The part's name as stored in the zip (no leading slash). */
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: number;
}

export class PackageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    /** A limit was reached (not damage): the parts need not be searched for a broken one. */
    readonly limit = false,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'PackageError';
  }
}

/** Every part of the zip, in its stored order; `inflate`: a faster inflater for plain zips (zipDirectory.ts). */
export function readParts(bytes: Uint8Array, maxBytes = Infinity, inflate?: Inflate): PackagePart[] {
  const entries = inflate && zipEntries(bytes);
  if (entries) {
    const total = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (total > maxBytes) throw tooLarge(maxBytes);
    const files: Record<string, PackagePart> = {};
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const data = entryData(entry, inflate);
      if (!data) return readParts(bytes, maxBytes); // fflate says what is wrong, as without the inflater
      files[entry.name] = { name: entry.name, data, method: entry.method };
    }
    return Object.values(files);
  }
  const methods = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    // The central directory's sizes are checked before anything is inflated.
    files = unzipSync(bytes, {
      filter: (file) => {
        methods.set(file.name, file.compression);
        total += file.originalSize;
        if (total > maxBytes) throw tooLarge(maxBytes);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('文件已损坏或不完整', 'the file is damaged or incomplete');
  }
  return Object.keys(files).map((name) => ({ name, data: files[name], method: methods.get(name) ?? 8 }));
}

function tooLarge(maxBytes: number): PackageError {
  const mb = Math.round(maxBytes / 1048576);
  return new PackageError(`文件太大：解压后超过 ${mb} MB 的上限`, `the file is too large: over the limit of ${mb} MB unpacked`, true);
}

/** `level`: deflate level of compressed parts (6 for a copy kept by a user, 1 for the reader's copy). */
export function writeParts(parts: PackagePart[], level: 1 | 6 = 6): Uint8Array {
  const zippable: Zippable = {};
  // A fixed time: a copy written twice from the same input is the same bytes.
  const mtime = new Date(Date.UTC(2000, 0, 1));
  for (const part of parts) zippable[part.name] = [part.data, { level: part.method === 0 ? 0 : level, mtime }];
  return zipSync(zippable);
}

/** Decoders made once: decoding a whole part at a time keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Parts by name, found case-insensitively as OPC part names are, with XML text in and out. */
export class PartSet {
  private readonly byKey = new Map<string, PackagePart>();
  /** Each part's text, decoded once (a reader asks for a sheet's text more than once). */
  private readonly decoded = new WeakMap<Uint8Array, string>();

  constructor(readonly parts: PackagePart[]) {
    for (const part of parts) this.byKey.set(part.name.toLowerCase(), part);
  }

  get(name: string): PackagePart | undefined {
    return this.byKey.get(name.replace(/^\//, '').toLowerCase());
  }

  text(name: string): string | undefined {
    const part = this.get(name);
    return part && this.partText(part);
  }

  /** A part's text; `strict`: throws a TypeError on bytes that are not UTF-8 (decoding it once either way). */
  partText(part: PackagePart, strict = false): string {
    let text = this.decoded.get(part.data);
    if (text === undefined) {
      text = (strict ? STRICT_UTF8 : UTF8).decode(part.data);
      this.decoded.set(part.data, text);
    }
    return text;
  }

  setText(name: string, text: string): void {
    const data = new TextEncoder().encode(text);
    this.decoded.set(data, text);
    const part = this.get(name);
    if (part) part.data = data;
    else this.add({ name: name.replace(/^\//, ''), data, method: 8 });
  }

  add(part: PackagePart): void {
    this.parts.push(part);
    this.byKey.set(part.name.toLowerCase(), part);
  }

  remove(name: string): void {
    const part = this.get(name);
    if (!part) return;
    this.parts.splice(this.parts.indexOf(part), 1);
    this.byKey.delete(part.name.toLowerCase());
  }
}
