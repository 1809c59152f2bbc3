import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { sisipkanRumus, type HasilSisip } from "../../../excel/insert-formula";
import { useBahasa } from "../../i18n/bahasa";
import { PEMISAH_ARGUMEN, type Teks } from "../../i18n/teks";
import { DAFTAR_FUNGSI, namaLengkap, rumusContoh, sintaks, type InfoFungsi } from "./daftar-fungsi";
import { salinTeks } from "./salin";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  daftar: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  butir: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  nama: { margin: 0, fontSize: tokens.fontSizeBase400 },
  kode: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  tombol: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface AksiFungsi {
  salin: (teks: string) => Promise<boolean>;
  sisipkan: (rumus: string) => Promise<HasilSisip>;
}

const AKSI_BAWAAN: AksiFungsi = { salin: salinTeks, sisipkan: (rumus) => sisipkanRumus(rumus) };

/** Kept as data, not text, so the message follows a later language switch. */
type IsiStatus =
  | { jenis: "disalin"; nama: string }
  | { jenis: "gagal-salin" }
  | { jenis: "sisip"; hasil: HasilSisip };
type Status = IsiStatus & { nomor: number };

function pesanStatus(
  status: IsiStatus,
  t: Teks["fungsi"],
): { intent: "success" | "error"; pesan: string } {
  switch (status.jenis) {
    case "disalin":
      return { intent: "success", pesan: t.disalin(status.nama) };
    case "gagal-salin":
      return { intent: "error", pesan: t.gagalSalin };
    case "sisip": {
      const h = status.hasil;
      if (h.ok) return { intent: "success", pesan: t.disisipkan(h.alamat) };
      if (h.alasan === "sel-terisi") return { intent: "error", pesan: t.selTerisi(h.alamat) };
      return { intent: "error", pesan: t.gagalSisip(h.detail) };
    }
  }
}

function ButirFungsi(props: {
  fungsi: InfoFungsi;
  bolehSisip: boolean;
  onSalin: (f: InfoFungsi, teks: string) => void;
  onSisip: (f: InfoFungsi) => void;
}): JSX.Element {
  const { bahasa, teks } = useBahasa();
  const t = teks.fungsi;
  const styles = useStyles();
  const { fungsi } = props;
  const nama = namaLengkap(fungsi);
  const pemisah = PEMISAH_ARGUMEN[bahasa];
  const teksSintaks = sintaks(fungsi, pemisah);
  return (
    <li className={styles.butir}>
      <h3 className={styles.nama}>{nama}</h3>
      <Text>{fungsi.keterangan[bahasa]}</Text>
      <Text>
        {t.sintaks}: <code className={styles.kode}>{teksSintaks}</code>
      </Text>
      <Text>
        {t.contoh}:{" "}
        <code className={styles.kode}>
          {rumusContoh(fungsi, pemisah, pemisah === ";" ? "," : ".")}
        </code>
      </Text>
      <div className={styles.tombol}>
        <Button size="small" onClick={() => props.onSalin(fungsi, teksSintaks)}>
          {t.salin(nama)}
        </Button>
        {props.bolehSisip && (
          <Button size="small" onClick={() => props.onSisip(fungsi)}>
            {t.sisipkan(nama)}
          </Button>
        )}
      </div>
    </li>
  );
}

export function ReferensiFungsi(props: { bolehSisip: boolean; aksi?: AksiFungsi }): JSX.Element {
  const { teks } = useBahasa();
  const t = teks.fungsi;
  const styles = useStyles();
  const aksi = props.aksi ?? AKSI_BAWAAN;
  const [status, setStatus] = useState<Status | undefined>();

  const tampilkan = (isi: IsiStatus) =>
    setStatus((lama) => ({ ...isi, nomor: (lama?.nomor ?? 0) + 1 }));

  const salin = async (fungsi: InfoFungsi, teksSintaks: string) => {
    const berhasil = await aksi.salin(teksSintaks);
    tampilkan(
      berhasil ? { jenis: "disalin", nama: namaLengkap(fungsi) } : { jenis: "gagal-salin" },
    );
  };
  const sisip = async (fungsi: InfoFungsi) => {
    // Range.formulas takes the invariant syntax; Excel shows it in the user's separators.
    tampilkan({ jenis: "sisip", hasil: await aksi.sisipkan(rumusContoh(fungsi)) });
  };
  const tampil = status && pesanStatus(status, t);

  return (
    <section className={styles.akar} aria-label={t.judul}>
      <Text as="p">{t.pemisah}</Text>
      {tampil && status && (
        // A new key per action remounts the bar, so Fluent announces every result.
        <MessageBar key={status.nomor} intent={tampil.intent} layout="multiline">
          <MessageBarBody>{tampil.pesan}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.daftar}>
        {DAFTAR_FUNGSI.map((f) => (
          <ButirFungsi
            key={f.nama}
            fungsi={f}
            bolehSisip={props.bolehSisip}
            onSalin={(fn, s) => void salin(fn, s)}
            onSisip={(fn) => void sisip(fn)}
          />
        ))}
      </ul>
    </section>
  );
}
