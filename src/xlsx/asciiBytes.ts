// Markup that is all ASCII (the rows of a sheet: cell references, style numbers, string indexes and
// numbers) written straight into bytes, a chunk at a time. Built as strings, a season's 意见明细 was
// made four times over — the rows, the sheet joined, its UTF-8, the part — some 48 MB of fresh memory
// for 12 MB of XML, and every fresh page of memory costs a fault on a virtual machine.

/** Chunks start small (most sheets are) and double up to a MB. */
const FIRST_CHUNK_BYTES = 1 << 16;
const LAST_CHUNK_BYTES = 1 << 20;

/**
 * Takes each chunk as it fills (and the last, part filled, when asked) and gives the chunk to write on
 * into: a writer that streams its bytes away keeps none, and can hand back chunks it is done with.
 */
export type ChunkOut = (filled: Uint8Array) => Uint8Array;

export class AsciiBytes {
  private readonly chunks: Uint8Array[] = [];
  private chunk: Uint8Array;
  private used = 0;

  /** `out`: where filled chunks go instead of being kept (see ChunkOut); `first`: the first chunk to write into. */
  constructor(
    private readonly out?: ChunkOut,
    first?: Uint8Array,
  ) {
    this.chunk = first ?? new Uint8Array(FIRST_CHUNK_BYTES);
  }

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

  /** With `out`: the bytes written since the last full chunk go out now. */
  flush(): void {
    if (!this.out || this.used === 0) return;
    this.chunk = this.out(this.chunk.subarray(0, this.used));
    this.used = 0;
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
    if (this.out) this.chunk = this.out(this.chunk);
    else {
      this.chunks.push(this.chunk);
      this.chunk = new Uint8Array(Math.min(LAST_CHUNK_BYTES, this.chunk.length * 2));
    }
    this.used = 0;
  }
}
