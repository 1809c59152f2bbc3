import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useBahasa } from "../../i18n/bahasa";
import { formatPersen } from "./format";
import type { HasilKalkulator as Hasil } from "./hitung";

const useStyles = makeStyles({
  daftar: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  istilah: { color: tokens.colorNeutralForeground2 },
  nilai: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  catatan: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function DaftarCatatan(props: { catatan: string[] }): JSX.Element | null {
  const { teks } = useBahasa();
  const styles = useStyles();
  if (props.catatan.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{teks.kalkulator.catatanJudul}</MessageBarTitle>
        <ul className={styles.catatan}>
          {props.catatan.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function HasilKalkulator(props: { hasil: Hasil }): JSX.Element {
  const { teks } = useBahasa();
  const styles = useStyles();
  const { hasil } = props;
  if (!hasil.ok) {
    return (
      <>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{teks.kalkulator.galatJudul}</MessageBarTitle>
            {hasil.pesan}
          </MessageBarBody>
        </MessageBar>
        <DaftarCatatan catatan={hasil.catatan} />
      </>
    );
  }
  return (
    <>
      <dl className={styles.daftar}>
        <dt className={styles.istilah}>{teks.kalkulator.capaian}</dt>
        <dd className={styles.nilai}>{formatPersen(hasil.capaian)}</dd>
        <dt className={styles.istilah}>{teks.kalkulator.kategori}</dt>
        <dd className={styles.nilai}>
          {hasil.kategori.ok ? hasil.kategori.value : hasil.kategori.message}
        </dd>
      </dl>
      <DaftarCatatan catatan={hasil.catatan} />
    </>
  );
}
