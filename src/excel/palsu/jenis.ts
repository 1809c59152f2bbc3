/** What the fake's proxy objects need from their context and workbook (kept apart to avoid import cycles). */
import type { Area } from "../../core/workbook";
import type { HitungRumus, LembarPalsu } from "./lembar";

/** State of one `context.sync()` while its queued actions run. */
export interface SesiSync {
  readonly nomor: number;
  /** `suspendApiCalculationUntilNextSync` was queued in this batch. */
  readonly dijeda: boolean;
  responsBytes: number;
  /** Loaded values reach the proxies only once the whole batch has succeeded. */
  readonly kiriman: (() => void)[];
}

export interface Aksi {
  /** Bytes this action adds to the request (the JSON of the data it writes). */
  readonly bytes: number;
  readonly jeda?: boolean;
  jalankan(sesi: SesiSync): void;
}

export interface Pilihan {
  sheet: string;
  address: string;
  area: Area;
}

export interface PenulisanPalsu {
  sync: number;
  sheet: string;
  address: string;
  properti: string;
  /** Calculation was suspended for the sync that wrote it. */
  dijeda: boolean;
}

export interface BukuInti {
  readonly lembar: LembarPalsu[];
  readonly hitungRumus: HitungRumus | undefined;
  mendukung(minor: number): boolean;
  pilih(lembar: LembarPalsu, area: Area): void;
  aktifkan(lembar: LembarPalsu): void;
  lembarAktif(): LembarPalsu | undefined;
  readonly selection: Pilihan | undefined;
  catatTulis(tulis: PenulisanPalsu): void;
  /** `workbook.settings`: saved with the file. */
  readonly settings: Map<string, unknown>;
}

export interface KonteksInti {
  readonly buku: BukuInti;
  antre(aksi: Aksi): void;
}
