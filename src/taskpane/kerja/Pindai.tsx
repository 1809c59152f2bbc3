import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { areaA1, colLetters } from "../../core/a1";
import { TABLE_KINDS, type RecognizedTable, type TableKind } from "../../core/tabel/types";
import { useTeksKerja } from "../i18n/teks-kerja";
import { dibatalkan, pesanGalat } from "./excel";
import { useKerja } from "./keadaan";
import { kolomDiabaikan, koreksiJenis, koreksiPeran, PERAN } from "./koreksi";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  baris: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  tabel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  kecil: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
});

const PILIHAN_JENIS: readonly (TableKind | "bukan")[] = [...TABLE_KINDS, "bukan"];

export type Status =
  | { jenis: "diam" }
  | { jenis: "jalan"; selesai: number; total: number }
  | { jenis: "pesan"; intent: "success" | "warning" | "error"; teks: string };

function KartuTabel(props: { tabel: RecognizedTable; onPesan: (teks: string) => void }) {
  const t = useTeksKerja().pindai;
  const styles = useStyles();
  const kerja = useKerja();
  const tb = props.tabel;
  const rentang = areaA1(tb.range);
  const diabaikan = kolomDiabaikan(kerja.koreksi, tb);
  const simpan = (baru: typeof kerja.koreksi) => {
    kerja.aturKoreksi(baru).then(
      () => props.onPesan(t.koreksiDisimpan),
      (galat: unknown) => props.onPesan(pesanGalat(galat)),
    );
  };
  return (
    <section className={styles.tabel} aria-label={`${tb.sheet} ${rentang}`}>
      <div className={styles.baris}>
        <label htmlFor={`jenis-${tb.sheet}-${rentang}`}>{t.jenis}</label>
        <Select
          id={`jenis-${tb.sheet}-${rentang}`}
          value={tb.kind}
          onChange={(_, d) => {
            const k = PILIHAN_JENIS.find((x) => x === d.value);
            if (k !== undefined) simpan(koreksiJenis(kerja.koreksi, tb, k));
          }}
        >
          {PILIHAN_JENIS.map((k) => (
            <option key={k} value={k}>
              {t.jenisPilihan[k]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        {t.rentang}: <strong>{rentang}</strong>
        {tb.title !== undefined && <> &middot; {tb.title}</>}
      </div>
      <div className={styles.kecil}>
        {t.alasan}: {tb.kindReason}
      </div>
      <table className={styles.grid}>
        <thead>
          <tr>
            <th scope="col">{t.kolom}</th>
            <th scope="col">{t.judulKolom}</th>
            <th scope="col">{t.peran}</th>
            <th scope="col">{t.alasan}</th>
          </tr>
        </thead>
        <tbody>
          {tb.columns.map((c) => {
            const huruf = colLetters(c.col);
            return (
              <tr key={`${c.col}-${c.role}-${c.year ?? ""}`}>
                <td>{huruf}</td>
                <td>{c.header}</td>
                <td>
                  <Select
                    size="small"
                    aria-label={`${t.peran} ${huruf}`}
                    value={c.role}
                    onChange={(_, d) => {
                      const r =
                        d.value === "abaikan" ? "abaikan" : PERAN.find((x) => x === d.value);
                      if (r !== undefined) simpan(koreksiPeran(kerja.koreksi, tb, huruf, r));
                    }}
                  >
                    {PERAN.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                    <option value="abaikan">{t.abaikan}</option>
                  </Select>
                </td>
                <td className={styles.kecil}>
                  {c.source === "koreksi" ? `${t.dikoreksi}: ` : ""}
                  {c.reason}
                </td>
              </tr>
            );
          })}
          {diabaikan.map((huruf) => (
            <tr key={`abaikan-${huruf}`}>
              <td>{huruf}</td>
              <td />
              <td>
                <Select
                  size="small"
                  aria-label={`${t.peran} ${huruf}`}
                  value="abaikan"
                  onChange={(_, d) => {
                    const r = PERAN.find((x) => x === d.value);
                    if (r !== undefined) simpan(koreksiPeran(kerja.koreksi, tb, huruf, r));
                  }}
                >
                  {PERAN.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                  <option value="abaikan">{t.abaikan}</option>
                </Select>
              </td>
              <td className={styles.kecil}>{t.dikoreksi}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Pindai(): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.pindai;
  const styles = useStyles();
  const kerja = useKerja();
  const [status, setStatus] = useState<Status>({ jenis: "diam" });
  const pembatal = useRef<AbortController | undefined>(undefined);

  const mulai = () => {
    const ac = new AbortController();
    pembatal.current = ac;
    setStatus({ jenis: "jalan", selesai: 0, total: 1 });
    kerja
      .pindai({
        batal: ac.signal,
        kemajuan: (selesai, total) => setStatus({ jenis: "jalan", selesai, total }),
      })
      .then(
        (p) => {
          const lembar = new Set(p.tabel.map((x) => x.sheet)).size;
          setStatus({
            jenis: "pesan",
            intent: "success",
            teks: p.tabel.length === 0 ? t.tanpaTabel : t.ringkas(p.tabel.length, lembar),
          });
        },
        (galat: unknown) =>
          setStatus(
            dibatalkan(galat)
              ? { jenis: "pesan", intent: "warning", teks: t.dibatalkan }
              : { jenis: "pesan", intent: "error", teks: tk.galat(pesanGalat(galat)) },
          ),
      )
      .finally(() => {
        pembatal.current = undefined;
      });
  };

  const perLembar = new Map<string, RecognizedTable[]>();
  for (const tb of kerja.pindaian?.tabel ?? []) {
    perLembar.set(tb.sheet, [...(perLembar.get(tb.sheet) ?? []), tb]);
  }
  const catatan = kerja.pindaian?.bacaan.catatan ?? [];

  return (
    <div className={styles.akar}>
      <h2>{t.judul}</h2>
      <div className={styles.baris}>
        <Button appearance="primary" onClick={mulai} disabled={status.jenis === "jalan"}>
          {t.tombol}
        </Button>
        {status.jenis === "jalan" && (
          <Button onClick={() => pembatal.current?.abort()}>{tk.batal}</Button>
        )}
      </div>
      {status.jenis === "jalan" && (
        <div role="status">
          <ProgressBar
            value={status.total > 0 ? status.selesai / status.total : undefined}
            aria-label={t.berjalan}
          />
          {t.berjalan} {t.kemajuan(status.selesai, status.total)}
        </div>
      )}
      {status.jenis === "pesan" && (
        <MessageBar intent={status.intent} layout="multiline" role="status">
          <MessageBarBody>{status.teks}</MessageBarBody>
        </MessageBar>
      )}
      {catatan.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.catatan}</MessageBarTitle>
            <ul>
              {catatan.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {[...perLembar].map(([lembar, daftar]) => (
        <section key={lembar} aria-label={t.lembar(lembar)}>
          <h3>{t.lembar(lembar)}</h3>
          {daftar.map((tb) => (
            <KartuTabel
              key={areaA1(tb.range)}
              tabel={tb}
              onPesan={(teks) => setStatus({ jenis: "pesan", intent: "success", teks })}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
