import { makeStyles, tokens } from "@fluentui/react-components";
import { skalaPreset, type Skala } from "../../core/kategori";
import type { RowReport, TableReport } from "../../core/laporan";
import type { Pengaturan } from "../../core/pengaturan";
import { useBahasa } from "../i18n/bahasa";
import { useTeksKerja } from "../i18n/teks-kerja";
import { useKerja } from "./keadaan";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  daftar: { listStyleType: "none", paddingLeft: 0, margin: 0 },
  butir: { marginBottom: tokens.spacingVerticalS },
  label: { fontSize: tokens.fontSizeBase200 },
  jalur: {
    position: "relative",
    height: "16px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  batang: { height: "100%" },
  garis100: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  kunci: { display: "inline-block", width: "12px", height: "12px", marginRight: "6px" },
  grid: { borderCollapse: "collapse" },
});

/** Highest band first: green down to red, whatever the number of bands. */
const WARNA = ["#107c10", "#498205", "#c19c00", "#ca5010", "#d13438", "#a4262c", "#750b1c"];
const WARNA_TANPA = "#8a8886";
/** The axis ends here at least, so 100 % sits at a fixed place for a typical report. */
const SUMBU_MIN = 120;
/** Beyond this a bar is cut: an outlier must not squash every other bar. */
const SUMBU_MAKS = 200;

function skalaDari(p: Pengaturan): Skala {
  return typeof p.skala === "string" ? skalaPreset(p.skala) : p.skala;
}

interface Batang {
  kunci: string;
  label: string;
  capaian: number;
  kategori?: string;
}

function batangDari(tabel: TableReport): Batang[] {
  return tabel.rows
    .filter((r): r is RowReport & { capaian: number } => r.capaian !== undefined)
    .map((r) => {
      const b: Batang = {
        kunci: `${tabel.sheet}-${tabel.range}-${r.row}`,
        label: r.indikator ?? r.kode ?? String(r.row),
        capaian: r.capaian,
      };
      if (r.kategori !== undefined) b.kategori = r.kategori;
      return b;
    });
}

/** Measurement tables when they carry capaian; otherwise every table that does. */
function tabelRingkasan(tables: readonly TableReport[]): TableReport[] {
  const ada = tables.filter((t) => t.rows.some((r) => r.capaian !== undefined));
  const ukur = ada.filter((t) => t.kind === "pengukuran");
  return ukur.length > 0 ? ukur : ada;
}

export function Ringkasan(): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.ringkasan;
  const { bahasa } = useBahasa();
  const styles = useStyles();
  const kerja = useKerja();
  const hasil = kerja.hasil;
  if (hasil === undefined) return <p role="status">{tk.perluPindai}</p>;

  const skala = skalaDari(kerja.pengaturan);
  const warna = (k: string | undefined) => {
    const i = skala.bands.findIndex((b) => b.label === k);
    return i < 0 ? WARNA_TANPA : WARNA[Math.min(i, WARNA.length - 1)];
  };
  const angka = new Intl.NumberFormat(bahasa === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: 2,
  });
  const tabel = tabelRingkasan(hasil.tables);
  const semua = tabel.flatMap(batangDari);
  if (semua.length === 0) return <p role="status">{t.tanpaCapaian}</p>;

  const sumbu = Math.min(SUMBU_MAKS, Math.max(SUMBU_MIN, ...semua.map((b) => b.capaian)));
  const hitung = new Map<string, number>();
  for (const b of semua) {
    const k = b.kategori ?? t.tanpaKategori;
    hitung.set(k, (hitung.get(k) ?? 0) + 1);
  }
  const urutan = [...skala.bands.map((b) => b.label), t.tanpaKategori].filter((k) => hitung.has(k));
  for (const k of hitung.keys()) if (!urutan.includes(k)) urutan.push(k);

  return (
    <div className={styles.akar}>
      <h2>{t.judul}</h2>
      <section aria-label={t.perKategori}>
        <h3>{t.perKategori}</h3>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th scope="col">{t.kategori}</th>
              <th scope="col">{t.jumlah}</th>
            </tr>
          </thead>
          <tbody>
            {urutan.map((k) => (
              <tr key={k}>
                <td>
                  <span
                    className={styles.kunci}
                    style={{ backgroundColor: warna(k === t.tanpaKategori ? undefined : k) }}
                    aria-hidden="true"
                  />
                  {k}
                </td>
                <td>{hitung.get(k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {tabel.map((tb) => (
        <section key={`${tb.sheet}-${tb.range}`} aria-label={t.grafik}>
          <h3>{t.grafik}</h3>
          <div className={styles.label}>{t.tabel(tb.sheet, tb.range)}</div>
          <ul className={styles.daftar}>
            {batangDari(tb).map((b) => {
              const teks = t.batang(
                b.label,
                `${angka.format(b.capaian)}%`,
                b.kategori ?? t.tanpaKategori,
              );
              const lebar = (Math.max(0, Math.min(b.capaian, sumbu)) / sumbu) * 100;
              return (
                <li key={b.kunci} className={styles.butir}>
                  <div className={styles.label}>{teks}</div>
                  <div className={styles.jalur} role="img" aria-label={teks}>
                    <div
                      className={styles.batang}
                      data-kategori={b.kategori ?? ""}
                      style={{ width: `${lebar.toFixed(1)}%`, backgroundColor: warna(b.kategori) }}
                    />
                    <div
                      className={styles.garis100}
                      style={{ left: `${((100 / sumbu) * 100).toFixed(1)}%` }}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
