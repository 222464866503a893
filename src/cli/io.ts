/** Where the CLI prints: the real streams, or a recorder in tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Lines to two streams that may go away: when the reader closes the pipe (`budget-check … | head -1`)
 * writing fails with EPIPE. That is not the command's failure: printing stops quietly and the run goes
 * on to write its --json and --out files and exit with its own code.
 */
export function streamIo(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Io {
  const closed = new Set<NodeJS.WritableStream>();
  const print = (stream: NodeJS.WritableStream) => {
    // A failed write arrives as an error event after the write: the stream is gone, later lines are skipped.
    stream.on('error', () => closed.add(stream));
    return (line: string) => {
      if (closed.has(stream)) return;
      try {
        stream.write(`${line}\n`);
      } catch (error) {
        if (!isClosedPipe(error)) throw error;
        closed.add(stream);
      }
    };
  };
  const out = print(stdout);
  const err = print(stderr);
  return { out, err };
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

let processStreams: Io | null = null;

/** The process's stdout and stderr, guarded against a closed pipe (set up on first use). */
export const processIo: Io = {
  out: (line) => (processStreams ??= streamIo(process.stdout, process.stderr)).out(line),
  err: (line) => (processStreams ??= streamIo(process.stdout, process.stderr)).err(line),
};
