/**
 * Packing rectangular reads or writes into as few syncs as the payload limit allows. Pieces of
 * all sheets share one sync until its byte budget is full, so the number of syncs follows the
 * total size, not the number of rows or sheets. A sync Excel still refuses for size is split in
 * two and retried, and the syncs still waiting are split likewise.
 */
import { galatMuatanBesar, periksaBatal, type ExcelContext, type TandaBatal } from "./api";

/** Under Excel on the web's 5 MB per request/response, with room for misestimates. */
export const ANGGARAN_BYTES = 4_000_000;

/** A block of whole rows: `rows` rows from `r0`, `cols` columns from `c0`. */
export interface Potongan {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  /** Estimated payload per cell. */
  bytesPerSel: number;
}

/** Fills syncs in order, cutting a block between rows where a sync's budget runs out. */
export function rencanakanBatch<P extends Potongan>(
  potongan: readonly P[],
  anggaran: number,
): P[][] {
  const batch: P[][] = [];
  let kini: P[] = [];
  let terpakai = 0;
  for (const p of potongan) {
    const perBaris = Math.max(1, p.cols * p.bytesPerSel);
    let r0 = p.r0;
    let sisa = p.rows;
    while (sisa > 0) {
      let muat = Math.floor((anggaran - terpakai) / perBaris);
      if (muat <= 0) {
        if (kini.length > 0) {
          batch.push(kini);
          kini = [];
          terpakai = 0;
          continue;
        }
        // One row above the whole budget still has to travel; Excel may yet accept it.
        muat = 1;
      }
      const ambil = Math.min(muat, sisa);
      kini.push({ ...p, r0, rows: ambil });
      terpakai += ambil * perBaris;
      r0 += ambil;
      sisa -= ambil;
    }
  }
  if (kini.length > 0) batch.push(kini);
  return batch;
}

/** Two halves by cell count; undefined when the batch is a single row. */
export function belahBatch<P extends Potongan>(batch: readonly P[]): [P[], P[]] | undefined {
  if (batch.length > 1) {
    const total = batch.reduce((n, p) => n + p.rows * p.cols, 0);
    let jumlah = 0;
    let i = 0;
    while (i < batch.length - 1 && jumlah + batch[i].rows * batch[i].cols <= total / 2) {
      jumlah += batch[i].rows * batch[i].cols;
      i++;
    }
    const potong = Math.max(1, i);
    return [batch.slice(0, potong), batch.slice(potong)];
  }
  const p = batch[0];
  if (p === undefined || p.rows <= 1) return undefined;
  const atas = Math.floor(p.rows / 2);
  return [[{ ...p, rows: atas }], [{ ...p, r0: p.r0 + atas, rows: p.rows - atas }]];
}

export interface OpsiBertahap<P extends Potongan, H> {
  /** Queues the load or write of one piece; its handle comes back in `terima`. */
  antre: (p: P) => H;
  /** After the sync that carried the piece succeeded. */
  terima?: (p: P, handle: H) => void;
  /** Queued first in every sync (e.g. suspending calculation for a write). */
  awalSync?: () => void;
  batal?: TandaBatal;
  /** Pieces done so far and in total, after each sync. */
  kemajuan?: (selesai: number, total: number) => void;
}

/** Runs the batches; returns the number of syncs, refused ones included. */
export async function jalankanBatch<P extends Potongan, H>(
  context: ExcelContext,
  batch: P[][],
  opsi: OpsiBertahap<P, H>,
): Promise<number> {
  const antrian = [...batch];
  const total = batch.reduce((n, b) => n + b.reduce((m, p) => m + p.rows * p.cols, 0), 0);
  let selesai = 0;
  let syncs = 0;
  while (antrian.length > 0) {
    periksaBatal(opsi.batal);
    const kini = antrian.shift() as P[];
    opsi.awalSync?.();
    const handle = kini.map((p) => opsi.antre(p));
    try {
      syncs++;
      await context.sync();
    } catch (error: unknown) {
      const belah = galatMuatanBesar(error) ? belahBatch(kini) : undefined;
      if (belah === undefined) throw error;
      // The estimate was wrong for this data, so the batches still waiting are halved too
      // instead of each being refused once.
      const sisa = antrian.splice(0).flatMap((b) => belahBatch(b) ?? [b]);
      antrian.push(...belah, ...sisa);
      continue;
    }
    kini.forEach((p, i) => opsi.terima?.(p, handle[i]));
    selesai += kini.reduce((n, p) => n + p.rows * p.cols, 0);
    opsi.kemajuan?.(selesai, total);
  }
  return syncs;
}
