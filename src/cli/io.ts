/** Where the command writes: injected so that tests run it in-process. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** stderr is a terminal: the progress line is shown and rewritten in place. */
  stderrTTY?: boolean;
}

/** The process's own streams. */
export function ioProses(): Io {
  return {
    stdout: (s) => {
      process.stdout.write(s);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
    stderrTTY: process.stderr.isTTY === true,
  };
}
