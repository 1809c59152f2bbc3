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
import type { Bahasa } from "./i18n/teks";

const useStyles = makeStyles({
  akar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  kepala: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  judul: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** Tabs that exist today; later work adds its own here (Pindai, Isi, Periksa, ...). */
const TAB = ["kalkulator", "fungsi"] as const;
type IdTab = (typeof TAB)[number];

function bolehSisip(host: HostInfo): boolean {
  return host.customFunctions && excelApiAtLeast(host.excelApi, INSERT_MIN_EXCEL_API_MINOR);
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
}

export function App(props: AppProps): JSX.Element {
  const [host] = useState<HostInfo>(() => props.host ?? detectHost());
  return (
    <FluentProvider theme={webLightTheme}>
      <PenyediaBahasa awal={props.bahasa}>
        <Panel host={host} aksiFungsi={props.aksiFungsi} />
      </PenyediaBahasa>
    </FluentProvider>
  );
}
