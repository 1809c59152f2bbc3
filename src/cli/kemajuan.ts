/**
 * A progress line on stderr for long runs: rewritten in place on a terminal, one line per step
 * otherwise (only with `--progress`, so that logs of scripted runs stay clean).
 */
import type { Io } from "./io";

export class Kemajuan {
  private lebar = 0;

  constructor(
    private readonly io: Io,
    private readonly aktif: boolean,
  ) {}

  langkah(teks: string): void {
    if (!this.aktif) return;
    if (this.io.stderrTTY === true) {
      const baris = teks.length > 120 ? `${teks.slice(0, 117)}...` : teks;
      this.io.stderr(`\r${baris.padEnd(this.lebar)}`);
      this.lebar = baris.length;
    } else {
      this.io.stderr(`${teks}\n`);
    }
  }

  /** Clears the line before other output goes to stderr or the run ends. */
  bersihkan(): void {
    if (!this.aktif || this.io.stderrTTY !== true || this.lebar === 0) return;
    this.io.stderr(`\r${" ".repeat(this.lebar)}\r`);
    this.lebar = 0;
  }
}
