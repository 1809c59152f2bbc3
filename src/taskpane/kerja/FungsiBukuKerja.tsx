/**
 * Pengaturan's section for the `=CAPAIAN()` workbook functions: install, update or remove the
 * LAMBDA names, and ask before touching a name the workbook already uses for something else.
 * After the settings are saved, names already installed follow them without a click.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fungsiBukuKerja } from "../../core/nama-fungsi";
import {
  bacaNamaKinerja,
  hapusFungsi,
  keadaanFungsi,
  pasangFungsi,
  punyaNama,
  type HasilPasang,
  type KeadaanFungsi,
  type KonflikNama,
  type KonteksNama,
} from "../../excel/nama";
import { useTeksKerja, type TeksKerja } from "../i18n/teks-kerja";
import { pesanGalat } from "./excel";
import { useKerja } from "./keadaan";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  baris: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** `NamedItem.formula` can be written from ExcelApi 1.7. */
const MINOR_RUMUS_NAMA = 7;

function cukupApi(excelApi: string | undefined): boolean {
  const m = /^1\.(\d+)$/.exec(excelApi ?? "");
  return m !== null && Number(m[1]) >= MINOR_RUMUS_NAMA;
}

function ringkasPasang(t: TeksKerja["fungsiBuku"], h: HasilPasang): string[] {
  const teks: string[] = [];
  if (h.dipasang.length > 0) teks.push(t.dipasang(h.dipasang.join(", ")));
  if (h.diperbarui.length > 0) teks.push(t.diperbarui(h.diperbarui.join(", ")));
  if (h.ditimpa.length > 0) teks.push(t.ditimpa(h.ditimpa.join(", ")));
  if (teks.length === 0 && h.konflik.length === 0) teks.push(t.tidakBerubah);
  return teks;
}

const sama = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function FungsiBukuKerja(props: {
  /** Goes up by one each time the settings were saved. */
  simpanan: number;
}): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.fungsiBuku;
  const styles = useStyles();
  const { excel, host, pengaturan } = useKerja();
  const defs = useMemo(() => fungsiBukuKerja(pengaturan), [pengaturan]);
  const [keadaan, setKeadaan] = useState<KeadaanFungsi | undefined>();
  const [sibuk, setSibuk] = useState(false);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string[] } | undefined>();
  const [dilewati, setDilewati] = useState<string[]>([]);
  const bisa = excel !== undefined && cukupApi(host.excelApi);

  const jalankan = useCallback(
    async <T,>(kerja: (ctx: KonteksNama) => Promise<T>): Promise<T> => {
      if (excel === undefined) throw new Error(tk.tanpaExcel);
      return excel.run((ctx) => {
        if (!punyaNama(ctx)) throw new Error(t.perluApi);
        return kerja(ctx);
      });
    },
    [excel, tk, t],
  );

  const segarkan = useCallback(async (): Promise<KeadaanFungsi> => {
    const k = keadaanFungsi(defs, await jalankan((ctx) => bacaNamaKinerja(ctx)));
    setKeadaan(k);
    return k;
  }, [defs, jalankan]);

  const gagal = (galat: unknown) => setPesan({ ok: false, teks: [tk.galat(pesanGalat(galat))] });

  useEffect(() => {
    if (!bisa) return;
    segarkan().catch(gagal);
    // Read once when the section opens; later reads follow each operation.
  }, [bisa]);

  const pasang = async (timpa: string[], awal: string[] = []): Promise<void> => {
    setSibuk(true);
    try {
      const hasil = await jalankan((ctx) => pasangFungsi(ctx, defs, { timpa }));
      setPesan({ ok: true, teks: [...awal, ...ringkasPasang(t, hasil)] });
      await segarkan();
    } catch (galat: unknown) {
      gagal(galat);
    } finally {
      setSibuk(false);
    }
  };

  const hapus = async (): Promise<void> => {
    setSibuk(true);
    try {
      const dihapus = await jalankan((ctx) => hapusFungsi(ctx));
      setPesan({
        ok: true,
        teks: [dihapus.length === 0 ? t.tidakAdaDihapus : t.dihapus(dihapus.join(", "))],
      });
      await segarkan();
    } catch (galat: unknown) {
      gagal(galat);
    } finally {
      setSibuk(false);
    }
  };

  // Saved settings change the bodies: names already installed follow them (never a user's own).
  const simpananTerakhir = useRef(props.simpanan);
  useEffect(() => {
    if (props.simpanan === simpananTerakhir.current || !bisa) return;
    simpananTerakhir.current = props.simpanan;
    let aktif = true;
    (async () => {
      const k = keadaanFungsi(defs, await jalankan((ctx) => bacaNamaKinerja(ctx)));
      if (k.terpasang.length === 0) {
        if (aktif) setKeadaan(k);
        return;
      }
      await jalankan((ctx) => pasangFungsi(ctx, defs));
      if (aktif) setPesan({ ok: true, teks: [t.otomatis] });
      if (aktif) await segarkan();
    })().catch((galat: unknown) => {
      if (aktif) gagal(galat);
    });
    return () => {
      aktif = false;
    };
  }, [props.simpanan, defs]);

  const konflik: KonflikNama[] = (keadaan?.konflik ?? []).filter(
    (k) => !dilewati.some((n) => sama(n, k.nama)),
  );
  const belumSesuai = (keadaan?.berbeda ?? []).filter(
    (n) => !(keadaan?.konflik ?? []).some((k) => sama(k.nama, n)),
  );
  const adaMilik = (keadaan?.terpasang.length ?? 0) > 0;
  const tombol = adaMilik ? t.tombolPerbarui : t.tombolPasang;

  return (
    <section className={styles.akar} aria-label={t.judul}>
      <h3>{t.judul}</h3>
      <p>{t.penjelasan}</p>
      <p>{t.versi}</p>
      {!bisa && <p role="note">{excel === undefined ? tk.tanpaExcel : t.perluApi}</p>}
      {bisa && keadaan === undefined && <p>{t.membaca}</p>}
      {keadaan !== undefined && (
        <p role="status">
          {adaMilik && belumSesuai.length === 0
            ? t.sesuai
            : t.belumSesuai((belumSesuai.length > 0 ? belumSesuai : keadaan.berbeda).join(", "))}
        </p>
      )}
      <div className={styles.baris}>
        {!(adaMilik && belumSesuai.length === 0) && (
          <Button
            appearance="primary"
            disabled={!bisa || sibuk || keadaan === undefined}
            onClick={() => void pasang([])}
          >
            {tombol}
          </Button>
        )}
        {adaMilik && (
          <Button disabled={!bisa || sibuk} onClick={() => void hapus()}>
            {t.tombolHapus}
          </Button>
        )}
      </div>
      {sibuk && <p>{t.memproses}</p>}
      {konflik.length > 0 && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.konflikJudul}</MessageBarTitle>
            {konflik.map((k) => (
              <div key={k.nama}>
                <p>{t.konflik(k.nama, k.rumus)}</p>
                <div className={styles.baris}>
                  <Button disabled={sibuk} onClick={() => void pasang([k.nama])}>
                    {t.ganti(k.nama)}
                  </Button>
                  <Button
                    disabled={sibuk}
                    onClick={() => {
                      setDilewati((d) => [...d, k.nama]);
                      setPesan({ ok: true, teks: [t.dilewati(k.nama)] });
                    }}
                  >
                    {t.lewati(k.nama)}
                  </Button>
                </div>
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {pesan !== undefined && (
        <MessageBar intent={pesan.ok ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            <ul>
              {pesan.teks.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
