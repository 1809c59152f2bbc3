/**
 * An in-memory Excel holding a `WorkbookModel`: `run` works like `Excel.run`, every sync is
 * counted and sized, and a batch whose request or response exceeds the limit fails the way Excel
 * on the web fails. No Node APIs: the browser preview runs it too.
 */
import type { Area, WorkbookModel } from "../../core/workbook";
import { kodeGalat } from "../api";
import { rapikanBaris } from "../sel";
import { permintaanTerlaluBesar, responsTerlaluBesar } from "./galat";
import type { Aksi, PenulisanPalsu, Pilihan, SesiSync } from "./jenis";
import { KonteksPalsu, type BukuSync } from "./konteks";
import { LembarPalsu, type HitungRumus } from "./lembar";
import { alamatArea } from "./objek";

/** Excel on the web refuses a request or response above 5 MB. */
export const BATAS_MUATAN_BYTES = 5 * 1024 * 1024;

export interface OpsiPalsu {
  /** Highest ExcelApi requirement set the fake supports, e.g. `1.12` (default `1.17`). */
  excelApi?: string;
  /** Payload limit per sync in bytes (default 5 MB). */
  batasBytes?: number;
  /** Whether `=SAKIP.*` custom functions run (reported by `officePalsu`); default true. */
  customFunctions?: boolean;
  /** Value of a formula written through the API; without it the value is unknown (`null`). */
  hitungRumus?: HitungRumus;
}

export interface CatatanSync {
  nomor: number;
  requestBytes: number;
  responseBytes: number;
  ok: boolean;
  /** Office error code when the sync failed. */
  kode?: string;
}

export class BukuKerjaPalsu implements BukuSync {
  readonly lembar: LembarPalsu[];
  readonly excelApi: string;
  readonly batasBytes: number;
  readonly customFunctions: boolean;
  readonly hitungRumus: HitungRumus | undefined;
  syncCount = 0;
  maxPayloadBytes = 0;
  syncs: CatatanSync[] = [];
  writes: PenulisanPalsu[] = [];
  selection: Pilihan | undefined;
  /** `workbook.settings` (ExcelApi 1.4), as saved in the file. */
  readonly settings = new Map<string, unknown>();
  private aktif: LembarPalsu | undefined;
  private readonly pendengar = new Set<() => void>();
  private berubah = false;

  constructor(model: WorkbookModel, opsi: OpsiPalsu = {}) {
    this.lembar = model.sheets.map((s, i) => new LembarPalsu(s, i + 1));
    this.excelApi = opsi.excelApi ?? "1.17";
    this.batasBytes = opsi.batasBytes ?? BATAS_MUATAN_BYTES;
    this.customFunctions = opsi.customFunctions ?? true;
    this.hitungRumus = opsi.hitungRumus;
    this.aktif = this.lembar.find((l) => l.visibility === "Visible");
  }

  mendukung(minor: number): boolean {
    const m = /^1\.(\d+)$/.exec(this.excelApi);
    return m !== null && Number(m[1]) >= minor;
  }

  /** Like `Excel.run`: a fresh context, and a last sync when the batch left actions queued. */
  async run<T>(batch: (context: KonteksPalsu) => Promise<T>): Promise<T> {
    const context = new KonteksPalsu(this);
    const hasil = await batch(context);
    if (context.adaAntrian) await context.sync();
    return hasil;
  }

  /** A context outside `run` (tests drive syncs themselves). */
  konteks(): KonteksPalsu {
    return new KonteksPalsu(this);
  }

  /** Called after every sync that wrote cells or moved the selection; returns the unsubscribe. */
  onChange(pendengar: () => void): () => void {
    this.pendengar.add(pendengar);
    return () => this.pendengar.delete(pendengar);
  }

  resetStatistik(): void {
    this.syncCount = 0;
    this.maxPayloadBytes = 0;
    this.syncs = [];
    this.writes = [];
  }

  pilih(lembar: LembarPalsu, area: Area): void {
    this.selection = {
      sheet: lembar.name,
      address: alamatArea(lembar.name, area),
      area: { ...area },
    };
    this.aktif = lembar;
    this.berubah = true;
  }

  aktifkan(lembar: LembarPalsu): void {
    this.aktif = lembar;
    this.berubah = true;
  }

  lembarAktif(): LembarPalsu | undefined {
    return this.aktif;
  }

  catatTulis(tulis: PenulisanPalsu): void {
    this.writes.push(tulis);
    this.berubah = true;
  }

  prosesBatch(aksi: Aksi[]): void {
    const catatan: CatatanSync = {
      nomor: ++this.syncCount,
      requestBytes: aksi.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      ok: false,
    };
    this.syncs.push(catatan);
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, catatan.requestBytes);
    try {
      if (catatan.requestBytes > this.batasBytes) {
        throw permintaanTerlaluBesar(catatan.requestBytes, this.batasBytes);
      }
      const sesi: SesiSync = {
        nomor: catatan.nomor,
        dijeda: aksi.some((a) => a.jeda === true),
        responsBytes: 0,
        kiriman: [],
      };
      // Actions before a failing one stay applied, as in Office: a batch is not a transaction.
      for (const a of aksi) a.jalankan(sesi);
      catatan.responseBytes = sesi.responsBytes;
      this.maxPayloadBytes = Math.max(this.maxPayloadBytes, sesi.responsBytes);
      if (sesi.responsBytes > this.batasBytes) {
        throw responsTerlaluBesar(sesi.responsBytes, this.batasBytes);
      }
      for (const kirim of sesi.kiriman) kirim();
      catatan.ok = true;
    } catch (error: unknown) {
      const kode = kodeGalat(error);
      if (kode !== undefined) catatan.kode = kode;
      throw error;
    } finally {
      this.beritahu();
    }
  }

  private beritahu(): void {
    if (!this.berubah) return;
    this.berubah = false;
    for (const p of this.pendengar) p();
  }
}

export function bukuKerjaPalsu(model: WorkbookModel, opsi?: OpsiPalsu): BukuKerjaPalsu {
  return new BukuKerjaPalsu(model, opsi);
}

/** The fake's current content, in the shape the readers produce (no trailing empties). */
export function modelDari(buku: BukuKerjaPalsu): WorkbookModel {
  return {
    sheets: buku.lembar.map((l) => {
      const cells = rapikanBaris(
        l.cells.map((row) =>
          Array.from(row, (cell) => (cell === undefined ? undefined : { ...cell })),
        ),
      );
      return {
        name: l.name,
        cells,
        merges: l.merges.map((m) => ({ ...m })),
        ...(l.visibility === "Visible" ? {} : { hidden: true }),
      };
    }),
  };
}

/**
 * A stand-in for the global `Office` that `detectHost` understands, so the pane sees the fake as
 * an Excel with the fake's requirement sets.
 */
export function officePalsu(buku: BukuKerjaPalsu): unknown {
  return {
    context: {
      host: "Excel",
      requirements: {
        isSetSupported(name: string, version: string): boolean {
          const m = /^1\.(\d+)$/.exec(version);
          if (m === null) return false;
          const minor = Number(m[1]);
          if (name === "ExcelApi") return buku.mendukung(minor);
          if (name === "CustomFunctionsRuntime") return buku.customFunctions && minor <= 4;
          if (name === "SharedRuntime") return buku.customFunctions && minor <= 1;
          return false;
        },
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
