import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { rencanakan } from "../../core/isi-rencana";
import type { ModeIsi } from "../../core/isi";
import { batalkanIsian, tulisIsian } from "../../excel/tulis";
import { useTeksKerja } from "../i18n/teks-kerja";
import { dibatalkan, pesanGalat } from "./excel";
import { useKerja } from "./keadaan";
import { keIsian, selBerbeda } from "./pratinjau";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  baris: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** Cells listed by name before the rest is only counted. */
const DAFTAR_MAKS = 30;

type Status =
  | { jenis: "diam" }
  | { jenis: "jalan" }
  | { jenis: "pesan"; intent: "success" | "warning" | "error"; teks: string[] };

export function Isi(): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.isi;
  const styles = useStyles();
  const kerja = useKerja();
  const bolehFungsi = kerja.host.customFunctions;
  const [mode, setMode] = useState<ModeIsi>("formulas");
  const [status, setStatus] = useState<Status>({ jenis: "diam" });
  const pembatal = useRef<AbortController | undefined>(undefined);
  const pindaian = kerja.pindaian;
  const excelApi = kerja.host.excelApi;

  const rencana = useMemo(
    () =>
      pindaian === undefined
        ? undefined
        : rencanakan(pindaian.bacaan, pindaian.tabel, kerja.pengaturan, mode),
    [pindaian, kerja.pengaturan, mode],
  );
  const berbeda = useMemo(
    () =>
      rencana === undefined || pindaian === undefined
        ? []
        : selBerbeda(pindaian.bacaan, rencana.edits),
    [rencana, pindaian],
  );

  const jalankan = (kerjaan: (batal: AbortSignal) => Promise<string[]>) => {
    const ac = new AbortController();
    pembatal.current = ac;
    setStatus({ jenis: "jalan" });
    kerjaan(ac.signal).then(
      (teks) => setStatus({ jenis: "pesan", intent: "success", teks }),
      (galat: unknown) =>
        setStatus(
          dibatalkan(galat)
            ? { jenis: "pesan", intent: "warning", teks: [t.dibatalkan] }
            : { jenis: "pesan", intent: "error", teks: [tk.galat(pesanGalat(galat))] },
        ),
    );
  };

  const isi = () => {
    if (rencana === undefined || kerja.excel === undefined) return;
    const excel = kerja.excel;
    const isian = rencana.edits.map(keIsian);
    jalankan(async (batal) => {
      const hasil = await excel.run((ctx) => tulisIsian(ctx, isian, { batal, excelApi }));
      const tersimpan = await kerja.aturUndo(hasil.undo);
      // The model must show what is now in the cells before the next preview or check.
      await kerja.pindai();
      return [t.terisi(hasil.sel, hasil.syncs), tersimpan ? t.undoDisimpan : t.undoHanyaMemori];
    });
  };

  const urungkan = () => {
    const undo = kerja.undo;
    if (undo === undefined || kerja.excel === undefined) return;
    const excel = kerja.excel;
    jalankan(async (batal) => {
      await excel.run((ctx) => batalkanIsian(ctx, undo, { batal, excelApi }));
      await kerja.aturUndo(undefined);
      await kerja.pindai();
      return [t.dibatalkanIsi];
    });
  };

  const perTabel = new Map<string, NonNullable<typeof rencana>["kolom"]>();
  for (const k of rencana?.kolom ?? []) {
    const kunci = `'${k.sheet}'!${k.table}`;
    perTabel.set(kunci, [...(perTabel.get(kunci) ?? []), k]);
  }
  const jalan = status.jenis === "jalan";

  return (
    <div className={styles.akar}>
      <h2>{t.judul}</h2>
      <RadioGroup
        aria-label={t.mode}
        value={mode}
        onChange={(_, d) => {
          if (d.value === "formulas" || d.value === "values" || d.value === "functions") {
            setMode(d.value);
          }
        }}
      >
        {bolehFungsi && <Radio value="functions" label={t.modePilihan.functions} />}
        <Radio value="formulas" label={t.modePilihan.formulas} />
        <Radio value="values" label={t.modePilihan.values} />
      </RadioGroup>
      {rencana === undefined ? (
        <p role="status">{tk.perluPindai}</p>
      ) : (
        <section aria-label={t.pratinjau}>
          <h3>{t.pratinjau}</h3>
          <p>{rencana.edits.length === 0 ? t.kosong : t.jumlahSel(rencana.edits.length)}</p>
          {perTabel.size > 0 && <h4>{t.kolomTabel}</h4>}
          {[...perTabel].map(([tabel, kolom]) => (
            <div key={tabel}>
              <strong>{tabel}</strong>
              <ul>
                {kolom.map((k) => (
                  <li key={`${k.col}-${k.kolom}`}>
                    {t.kolomBaris(k.col, k.header, k.rumus, k.nilai)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {berbeda.length > 0 && (
            <div aria-label={t.berbeda(berbeda.length)} role="group">
              <p>{t.berbeda(berbeda.length)}</p>
              <ul>
                {berbeda.slice(0, DAFTAR_MAKS).map((b) => (
                  <li key={b.alamat}>{t.berbedaBaris(b.alamat, b.lama, b.baru)}</li>
                ))}
                {berbeda.length > DAFTAR_MAKS && <li>{t.lainnya(berbeda.length - DAFTAR_MAKS)}</li>}
              </ul>
            </div>
          )}
          {rencana.dilewati.length > 0 && <p>{t.dilewati(rencana.dilewati.length)}</p>}
          {(rencana.takTerisi.length > 0 || rencana.catatan.length > 0) && (
            <ul aria-label={t.catatan}>
              {rencana.takTerisi.map((k) => (
                <li key={`${k.sheet}-${k.table}-${k.col}`}>
                  {`'${k.sheet}'!${k.table} ${k.col} ${k.kolom}: ${k.alasan}`}
                </li>
              ))}
              {rencana.catatan.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className={styles.baris}>
        <Button
          appearance="primary"
          onClick={isi}
          disabled={jalan || rencana === undefined || rencana.edits.length === 0}
        >
          {t.tombolIsi(rencana?.edits.length ?? 0)}
        </Button>
        {kerja.undo !== undefined && (
          <Button onClick={urungkan} disabled={jalan}>
            {t.tombolBatal}
          </Button>
        )}
        {jalan && <Button onClick={() => pembatal.current?.abort()}>{tk.batal}</Button>}
      </div>
      {jalan && (
        <div role="status">
          <ProgressBar aria-label={t.mengisi} />
          {t.mengisi}
        </div>
      )}
      {status.jenis === "pesan" && (
        <MessageBar intent={status.intent} layout="multiline" role="status">
          <MessageBarBody>
            {status.teks.map((x) => (
              <div key={x}>{x}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
