// Markup that is all ASCII (the rows of a sheet: cell references, style numbers, string indexes and
// numbers) written straight into bytes, a chunk at a time. Built as strings, a season's 意见明细 was
// made four times over — the rows, the sheet joined, its UTF-8, the part — some 48 MB of fresh memory
// for 12 MB of XML, and every fresh page of memory costs a fault on a virtual machine.

/** Chunks start small (most sheets are) and double up to a MB. */
const FIRST_CHUNK_BYTES = 1 << 16;
const LAST_CHUNK_BYTES = 1 << 20;

export class AsciiBytes {
  private readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(FIRST_CHUNK_BYTES);
  private used = 0;

  /** Appends `text`; a character outside ASCII (never in the markup this is for) is written as UTF-8 all the same. */
  text(text: string): void {
    const chunk = this.chunk;
    let used = this.used;
    if (used + text.length > chunk.length) return this.spill(text);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.used = used;
        return this.spill(text.slice(i));
      }
      chunk[used++] = code;
    }
    this.used = used;
  }

  /** The bytes so far, in chunks (to be joined once, with the rest of the part). */
  written(): Uint8Array[] {
    return [...this.chunks, this.chunk.subarray(0, this.used)];
  }

  /** Text that does not fit the chunk, or is not ASCII: its UTF-8, across as many chunks as it takes. */
  private spill(text: string): void {
    let bytes = new TextEncoder().encode(text);
    while (bytes.length > 0) {
      if (this.used === this.chunk.length) this.nextChunk();
      const take = Math.min(bytes.length, this.chunk.length - this.used);
      this.chunk.set(bytes.subarray(0, take), this.used);
      this.used += take;
      bytes = bytes.subarray(take);
    }
  }

  private nextChunk(): void {
    this.chunks.push(this.chunk);
    this.chunk = new Uint8Array(Math.min(LAST_CHUNK_BYTES, this.chunk.length * 2));
    this.used = 0;
  }
}
