import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import { METODE_NEGATIF, type MetodeNegatif, type Polaritas } from "../../../core/capaian";
import { PRESET_SKALA_IDS, type PresetSkalaId } from "../../../core/kategori";
import { useBahasa } from "../../i18n/bahasa";
import { HasilKalkulator } from "./HasilKalkulator";
import {
  ARAH,
  hitungKalkulator,
  type HasilKalkulator as Hasil,
  type MasukanKalkulator,
} from "./hitung";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hasil: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  tombol: { alignSelf: "flex-start" },
});

const MASUKAN_AWAL: MasukanKalkulator = {
  target: "",
  realisasi: "",
  arah: "+",
  metode: "selisih",
  skala: "permendagri86",
};

/** Narrows a <select> value to one of the allowed ids without a cast. */
function pilih<T extends string>(daftar: readonly T[], value: string): T | undefined {
  return daftar.find((x) => x === value);
}

type Terhitung = { hasil: Hasil } | { gagal: true };

function hitungAman(masukan: MasukanKalkulator): Terhitung {
  try {
    return { hasil: hitungKalkulator(masukan) };
  } catch {
    // The core promises not to throw; if it does anyway, the pane must stay usable.
    return { gagal: true };
  }
}

export function Kalkulator(): JSX.Element {
  const { teks } = useBahasa();
  const t = teks.kalkulator;
  const styles = useStyles();
  const [masukan, setMasukan] = useState<MasukanKalkulator>(MASUKAN_AWAL);
  // After the first Hitung/Enter the result follows the inputs, so it is never stale.
  const [sudahHitung, setSudahHitung] = useState(false);
  const terhitung = useMemo(
    () => (sudahHitung ? hitungAman(masukan) : undefined),
    [sudahHitung, masukan],
  );

  const ubah = <K extends keyof MasukanKalkulator>(kunci: K, nilai: MasukanKalkulator[K]) =>
    setMasukan((lama) => ({ ...lama, [kunci]: nilai }));

  const kirim = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSudahHitung(true);
  };

  return (
    <form className={styles.form} onSubmit={kirim} aria-label={t.judul} noValidate>
      <Field label={t.target} hint={t.targetPetunjuk}>
        <Input
          value={masukan.target}
          onChange={(_, data) => ubah("target", data.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={t.realisasi} hint={t.realisasiPetunjuk}>
        <Input
          value={masukan.realisasi}
          onChange={(_, data) => ubah("realisasi", data.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={t.arah}>
        <Select
          value={masukan.arah}
          onChange={(_, data) => {
            const arah: Polaritas | undefined = pilih(ARAH, data.value);
            if (arah) ubah("arah", arah);
          }}
        >
          {ARAH.map((a) => (
            <option key={a} value={a}>
              {t.arahPilihan[a]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.metode} hint={t.metodePetunjuk}>
        <Select
          value={masukan.metode}
          disabled={masukan.arah !== "-"}
          onChange={(_, data) => {
            const metode: MetodeNegatif | undefined = pilih(METODE_NEGATIF, data.value);
            if (metode) ubah("metode", metode);
          }}
        >
          {METODE_NEGATIF.map((m) => (
            <option key={m} value={m}>
              {t.metodePilihan[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.skala}>
        <Select
          value={masukan.skala}
          onChange={(_, data) => {
            const skala: PresetSkalaId | undefined = pilih(PRESET_SKALA_IDS, data.value);
            if (skala) ubah("skala", skala);
          }}
        >
          {PRESET_SKALA_IDS.map((s) => (
            <option key={s} value={s}>
              {t.skalaPilihan[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" className={styles.tombol}>
        {t.hitung}
      </Button>
      <section className={styles.hasil} aria-label={t.hasil} aria-live="polite">
        {terhitung &&
          ("hasil" in terhitung ? (
            <HasilKalkulator hasil={terhitung.hasil} />
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t.galatInternal}</MessageBarBody>
            </MessageBar>
          ))}
      </section>
    </form>
  );
}
