/** The fake's `Excel.RequestContext`: a queue of actions that `sync()` hands to the workbook. */
import type { Aksi, BukuInti, KonteksInti } from "./jenis";
import { WorkbookPalsu } from "./workbook";

export interface BukuSync extends BukuInti {
  /** Runs one batch: sizes it, applies it in order, delivers loads; throws like Office. */
  prosesBatch(aksi: Aksi[]): void;
}

export class KonteksPalsu implements KonteksInti {
  readonly workbook: WorkbookPalsu;
  private antrian: Aksi[] = [];

  constructor(readonly buku: BukuSync) {
    this.workbook = new WorkbookPalsu(this);
  }

  antre(aksi: Aksi): void {
    this.antrian.push(aksi);
  }

  get adaAntrian(): boolean {
    return this.antrian.length > 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const aksi = this.antrian;
    this.antrian = [];
    // A real sync is a round trip: callers must not rely on it settling synchronously.
    await Promise.resolve();
    this.buku.prosesBatch(aksi);
    return passThroughValue;
  }
}
