import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CellRef, Finding, RuleId, Severity } from "../../core/periksa/types";
import { aturan } from "../../core/periksa/aturan";
import { pilihSel } from "../../excel/pilih";
import { useBahasa } from "../i18n/bahasa";
import { useTeksKerja } from "../i18n/teks-kerja";
import { pesanGalat } from "./excel";
import { useKerja } from "./keadaan";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // Rule titles are long: the list keeps the pane's width instead of widening it.
  pilih: { maxWidth: "100%", minWidth: 0 },
  baris: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  daftar: { listStyleType: "none", paddingLeft: 0, margin: 0 },
  temuan: { textAlign: "left", justifyContent: "flex-start", width: "100%" },
});

/** Findings listed per sheet before the rest is only counted: a huge list would freeze the pane. */
const TAMPIL_MAKS = 200;

const TINGKAT: readonly Severity[] = ["error", "warning", "info"];
const WARNA: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

function alamat(ref: CellRef): string {
  return `'${ref.sheet}'!${ref.cell}`;
}

export function Periksa(): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.periksa;
  const { bahasa } = useBahasa();
  const styles = useStyles();
  const kerja = useKerja();
  const [aturanDipilih, setAturan] = useState<RuleId | "">("");
  const [terpilih, setTerpilih] = useState<Finding | undefined>();
  const [galat, setGalat] = useState<string | undefined>();
  const hasil = kerja.hasil;
  if (hasil === undefined) return <p role="status">{tk.perluPindai}</p>;

  const semua = hasil.findings;
  const aturanAda = [...new Set(semua.map((f) => f.rule))];
  const tampil = aturanDipilih === "" ? semua : semua.filter((f) => f.rule === aturanDipilih);

  const pilih = (ref: CellRef, f?: Finding) => {
    const excel = kerja.excel;
    if (excel === undefined) return;
    setGalat(undefined);
    excel
      .run((ctx) => pilihSel(ctx, ref.sheet, ref.cell))
      .then(
        () => {
          if (f !== undefined) setTerpilih(f);
        },
        (e: unknown) => setGalat(tk.galat(pesanGalat(e))),
      );
  };

  return (
    <div className={styles.akar}>
      <h2>{t.judul}</h2>
      <div className={styles.baris} role="status">
        {TINGKAT.map((s) => (
          <Badge key={s} color={WARNA[s]} appearance="tint">
            {t.jumlah[s](semua.filter((f) => f.severity === s).length)}
          </Badge>
        ))}
      </div>
      <Field label={t.aturan}>
        <Select
          className={styles.pilih}
          value={aturanDipilih}
          onChange={(_, d) => setAturan(aturanAda.find((r) => r === d.value) ?? "")}
        >
          <option value="">{t.semuaAturan}</option>
          {aturanAda.map((r) => (
            <option key={r} value={r}>
              {`${r}: ${bahasa === "en" ? aturan(r).title : aturan(r).judul}`}
            </option>
          ))}
        </Select>
      </Field>
      {terpilih !== undefined && (
        <div role="status" aria-live="polite">
          <div>{t.terpilih(alamat(terpilih))}</div>
          {terpilih.related !== undefined && (
            <div className={styles.baris}>
              <span>{t.terkait(alamat(terpilih.related))}</span>
              <Button size="small" onClick={() => terpilih.related && pilih(terpilih.related)}>
                {t.pilihTerkait}
              </Button>
            </div>
          )}
        </div>
      )}
      {galat !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{galat}</MessageBarBody>
        </MessageBar>
      )}
      {tampil.length === 0 && <p>{t.tanpaTemuan}</p>}
      {TINGKAT.map((s) => {
        const di = tampil.filter((f) => f.severity === s);
        if (di.length === 0) return null;
        const lembar = [...new Set(di.map((f) => f.sheet))];
        return (
          <section key={s} aria-label={t.tingkat[s]}>
            <h3>
              {t.tingkat[s]} ({di.length})
            </h3>
            {lembar.map((l) => {
              const diLembar = di.filter((f) => f.sheet === l);
              return (
                <div key={l}>
                  <h4>{t.lembar(l)}</h4>
                  <ul className={styles.daftar}>
                    {diLembar.slice(0, TAMPIL_MAKS).map((f, i) => (
                      <li key={`${f.rule}-${f.cell}-${i}`}>
                        <Button
                          appearance="subtle"
                          className={styles.temuan}
                          aria-pressed={terpilih === f}
                          onClick={() => pilih(f, f)}
                        >
                          {`${f.cell}: ${bahasa === "en" ? f.messageEn : f.message}`}
                        </Button>
                      </li>
                    ))}
                    {diLembar.length > TAMPIL_MAKS && (
                      <li>{t.lainnya(diLembar.length - TAMPIL_MAKS)}</li>
                    )}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
