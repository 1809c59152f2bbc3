import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { detectHost, excelApiAtLeast, type HostInfo } from "../excel/host";
import { INSERT_MIN_EXCEL_API_MINOR } from "../excel/insert-formula";
import { ReferensiFungsi, type AksiFungsi } from "./components/fungsi/ReferensiFungsi";
import { Kalkulator } from "./components/kalkulator/Kalkulator";
import { PilihBahasa } from "./components/PilihBahasa";
import { StatusHost } from "./components/StatusHost";
import { PenyediaBahasa, useBahasa } from "./i18n/bahasa";
import { useTeksKerja } from "./i18n/teks-kerja";
import { aksesExcelGlobal, PenyediaExcel, type AksesExcel } from "./kerja/excel";
import { PenyediaKerja, useKerja } from "./kerja/keadaan";
import { Isi } from "./kerja/Isi";
import { Pengaturan } from "./kerja/Pengaturan";
import { Periksa } from "./kerja/Periksa";
import { Pindai } from "./kerja/Pindai";
import { Ringkasan } from "./kerja/Ringkasan";
import type { Bahasa } from "./i18n/teks";

const useStyles = makeStyles({
  akar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  kepala: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  // A task pane is about 320 px wide: seven tabs wrap instead of running off the edge.
  tab: { flexWrap: "wrap" },
  judul: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

const TAB = [
  "kalkulator",
  "fungsi",
  "pindai",
  "isi",
  "periksa",
  "ringkasan",
  "pengaturan",
] as const;
type IdTab = (typeof TAB)[number];

function bolehSisip(host: HostInfo): boolean {
  return host.customFunctions && excelApiAtLeast(host.excelApi, INSERT_MIN_EXCEL_API_MINOR);
}

/** The workbook tabs need a workbook; outside Excel and the preview they say so. */
function PerluBuku(props: { children: JSX.Element }): JSX.Element {
  const kerja = useKerja();
  const t = useTeksKerja();
  if (kerja.excel === undefined) return <p role="status">{t.tanpaExcel}</p>;
  if (!kerja.siap) return <p role="status">{t.memuat}</p>;
  return (
    <>
      {kerja.masalahTersimpan.length > 0 && (
        <div role="alert">
          <strong>{t.masalahTersimpan}</strong>
          <ul>
            {kerja.masalahTersimpan.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {props.children}
    </>
  );
}

function Panel(props: { host: HostInfo; aksiFungsi?: AksiFungsi }): JSX.Element {
  const { bahasa, teks } = useBahasa();
  const styles = useStyles();
  const [tab, setTab] = useState<IdTab>("kalkulator");
  return (
    <main className={styles.akar} lang={bahasa}>
      <header className={styles.kepala}>
        <h1 className={styles.judul}>{teks.judulAplikasi}</h1>
        <PilihBahasa />
      </header>
      <StatusHost host={props.host} />
      <TabList
        className={styles.tab}
        aria-label={teks.navigasi}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          const dipilih = TAB.find((id) => id === data.value);
          if (dipilih) setTab(dipilih);
        }}
      >
        {TAB.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {teks.tab[id]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "kalkulator" && <Kalkulator />}
        {tab === "fungsi" && (
          <ReferensiFungsi bolehSisip={bolehSisip(props.host)} aksi={props.aksiFungsi} />
        )}
        {tab === "pindai" && (
          <PerluBuku>
            <Pindai />
          </PerluBuku>
        )}
        {tab === "isi" && (
          <PerluBuku>
            <Isi />
          </PerluBuku>
        )}
        {tab === "periksa" && (
          <PerluBuku>
            <Periksa />
          </PerluBuku>
        )}
        {tab === "ringkasan" && (
          <PerluBuku>
            <Ringkasan />
          </PerluBuku>
        )}
        {tab === "pengaturan" && (
          <PerluBuku>
            <Pengaturan />
          </PerluBuku>
        )}
      </div>
    </main>
  );
}

export interface AppProps {
  /** Defaults to what `detectHost()` reads from Office when the pane mounts. */
  host?: HostInfo;
  /** Defaults to the remembered choice, else Bahasa Indonesia. */
  bahasa?: Bahasa;
  /** Replaces clipboard and Excel access (tests). */
  aksiFungsi?: AksiFungsi;
  /** The workbook: defaults to `Excel.run` when office.js is loaded; the fake in preview and tests. */
  excel?: AksesExcel;
}

export function App(props: AppProps): JSX.Element {
  const [host] = useState<HostInfo>(() => props.host ?? detectHost());
  const [excel] = useState<AksesExcel | undefined>(() =>
    "excel" in props ? props.excel : aksesExcelGlobal(),
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <PenyediaBahasa awal={props.bahasa}>
        <PenyediaExcel excel={excel}>
          <PenyediaKerja host={host}>
            <Panel host={host} aksiFungsi={props.aksiFungsi} />
          </PenyediaKerja>
        </PenyediaExcel>
      </PenyediaBahasa>
    </FluentProvider>
  );
}
