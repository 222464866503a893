// A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe).

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR = 24;

/** The bar's text: "[██████░░░░] 12/200 审核中 / checking". */
export function progressLine(done: number, total: number): string {
  const filled = total ? Math.round((done / total) * BAR) : BAR;
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${done}/${total} 审核中 / checking`;
}

/** A progress callback for the pool, and `end` to clear the line; both do nothing off a terminal. */
export function progressBar(stream: ProgressStream): { update: (done: number, total: number) => void; end: () => void } {
  if (!stream.isTTY) return { update: () => undefined, end: () => undefined };
  let drawn = false;
  return {
    update: (done, total) => {
      stream.write(`\r${progressLine(done, total)}`);
      drawn = true;
    },
    end: () => {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
