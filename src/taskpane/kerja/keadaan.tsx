/**
 * What the tabs share: the workbook's stored settings and corrections, the last scan, the checks
 * computed from it, and the undo record of the last fill. Settings are handed to the custom
 * functions on load and on every change, since they share the runtime with the pane.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { HostInfo } from "../../excel/host";
import { bacaBukuKerja, type BacaanBukuKerja } from "../../excel/baca";
import {
  bacaIsiBuku,
  simpanKoreksi,
  simpanPengaturanBuku,
  simpanUndo,
  type PengaturanTersimpan,
} from "../../excel/pengaturan";
import type { UndoRecord } from "../../excel/tulis";
import { PENGATURAN_BAWAAN, type Pengaturan } from "../../core/pengaturan";
import { bacaPengaturan } from "../../core/pengaturan-baca";
import { periksaRinci, type HasilPeriksaRinci } from "../../core/periksa";
import { recognize } from "../../core/tabel";
import type { Correction, RecognizedTable } from "../../core/tabel/types";
import { aturPengaturanFungsi } from "../../functions/settings";
import type { TandaBatal } from "../../excel/api";
import { useExcel, type AksesExcel } from "./excel";

export interface Pindaian {
  bacaan: BacaanBukuKerja;
  tabel: RecognizedTable[];
}

export interface OpsiPindai {
  batal?: TandaBatal;
  kemajuan?: (selesai: number, total: number) => void;
}

export interface NilaiKerja {
  excel: AksesExcel | undefined;
  host: HostInfo;
  /** False until the stored settings were read (or there is no workbook). */
  siap: boolean;
  pengaturan: Pengaturan;
  mentah: PengaturanTersimpan;
  koreksi: Correction[];
  masalahTersimpan: string[];
  pindaian: Pindaian | undefined;
  hasil: HasilPeriksaRinci | undefined;
  undo: UndoRecord | undefined;
  pindai(opsi?: OpsiPindai): Promise<Pindaian>;
  aturKoreksi(koreksi: Correction[]): Promise<void>;
  simpanPengaturan(mentah: PengaturanTersimpan): Promise<string[]>;
  aturUndo(undo: UndoRecord | undefined): Promise<boolean>;
}

function terapkanKeFungsi(p: Pengaturan): void {
  aturPengaturanFungsi({
    skala: p.skala,
    metodeNegatif: p.metodeNegatif,
    metodeEfisiensi: p.metodeEfisiensi,
    pitaEfisiensi: p.pitaEfisiensi,
  });
}

const Konteks = createContext<NilaiKerja | undefined>(undefined);

function kenali(bacaan: BacaanBukuKerja, koreksi: Correction[], p: Pengaturan): RecognizedTable[] {
  return recognize(bacaan, { corrections: koreksi, polaritasBawaan: p.polaritasBawaan });
}

export function PenyediaKerja(props: { host: HostInfo; children: ReactNode }): JSX.Element {
  const excel = useExcel();
  const [siap, setSiap] = useState(excel === undefined);
  const [pengaturan, setPengaturan] = useState<Pengaturan>(PENGATURAN_BAWAAN);
  const [mentah, setMentah] = useState<PengaturanTersimpan>({});
  const [koreksi, setKoreksi] = useState<Correction[]>([]);
  const [masalahTersimpan, setMasalah] = useState<string[]>([]);
  const [pindaian, setPindaian] = useState<Pindaian | undefined>();
  const [undo, setUndo] = useState<UndoRecord | undefined>();

  useEffect(() => {
    if (excel === undefined) return;
    let aktif = true;
    excel
      .run((ctx) => bacaIsiBuku(ctx))
      .then((isi) => {
        if (!aktif) return;
        setPengaturan(isi.pengaturan);
        setMentah(isi.mentah);
        setKoreksi(isi.koreksi);
        setMasalah(isi.masalah);
        setUndo(isi.undo);
        terapkanKeFungsi(isi.pengaturan);
      })
      .catch((galat: unknown) => {
        if (aktif) setMasalah([galat instanceof Error ? galat.message : String(galat)]);
      })
      .finally(() => {
        if (aktif) setSiap(true);
      });
    return () => {
      aktif = false;
    };
  }, [excel]);

  const excelApi = props.host.excelApi;

  const pindai = useCallback(
    async (opsi: OpsiPindai = {}): Promise<Pindaian> => {
      if (excel === undefined) throw new Error("Tidak terhubung ke Excel.");
      const bacaan = await excel.run((ctx) => bacaBukuKerja(ctx, { ...opsi, excelApi }));
      const hasil = { bacaan, tabel: kenali(bacaan, koreksi, pengaturan) };
      setPindaian(hasil);
      return hasil;
    },
    [excel, excelApi, koreksi, pengaturan],
  );

  const aturKoreksi = useCallback(
    async (baru: Correction[]) => {
      if (excel === undefined) return;
      await excel.run((ctx) => simpanKoreksi(ctx, baru));
      setKoreksi(baru);
      // The model already read stays valid: only recognition depends on corrections.
      setPindaian((lama) =>
        lama === undefined ? lama : { ...lama, tabel: kenali(lama.bacaan, baru, pengaturan) },
      );
    },
    [excel, pengaturan],
  );

  const simpanPengaturan = useCallback(
    async (baru: PengaturanTersimpan): Promise<string[]> => {
      const terbaca = bacaPengaturan(baru);
      if (excel !== undefined) await excel.run((ctx) => simpanPengaturanBuku(ctx, baru));
      setMentah(baru);
      setPengaturan(terbaca.pengaturan);
      terapkanKeFungsi(terbaca.pengaturan);
      setPindaian((lama) =>
        lama === undefined
          ? lama
          : { ...lama, tabel: kenali(lama.bacaan, koreksi, terbaca.pengaturan) },
      );
      return terbaca.masalah;
    },
    [excel, koreksi],
  );

  const aturUndo = useCallback(
    async (baru: UndoRecord | undefined): Promise<boolean> => {
      setUndo(baru);
      if (excel === undefined) return false;
      return excel.run((ctx) => simpanUndo(ctx, baru));
    },
    [excel],
  );

  const hasil = useMemo(
    () =>
      pindaian === undefined
        ? undefined
        : periksaRinci(pindaian.bacaan, pindaian.tabel, pengaturan),
    [pindaian, pengaturan],
  );

  const nilai: NilaiKerja = {
    excel,
    host: props.host,
    siap,
    pengaturan,
    mentah,
    koreksi,
    masalahTersimpan,
    pindaian,
    hasil,
    undo,
    pindai,
    aturKoreksi,
    simpanPengaturan,
    aturUndo,
  };
  return <Konteks.Provider value={nilai}>{props.children}</Konteks.Provider>;
}

export function useKerja(): NilaiKerja {
  const nilai = useContext(Konteks);
  if (nilai === undefined) throw new Error("useKerja dipakai di luar PenyediaKerja.");
  return nilai;
}
