import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { METODE_NEGATIF, type MetodeNegatif, type Polaritas } from "../../core/capaian";
import { METODE_EFISIENSI, type MetodeEfisiensi } from "../../core/efisiensi";
import { PRESET_SKALA_IDS, skalaDariTabel, type PresetSkalaId } from "../../core/kategori";
import type { CaraBulat } from "../../core/pembulatan";
import type { PengaturanTersimpan } from "../../excel/pengaturan";
import { useTeksKerja } from "../i18n/teks-kerja";
import { pesanGalat } from "./excel";
import { FungsiBukuKerja } from "./FungsiBukuKerja";
import { useKerja } from "./keadaan";

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  baris: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  tombol: { alignSelf: "flex-start" },
});

const ARAH: readonly Polaritas[] = ["+", "-"];
const BULAT: readonly CaraBulat[] = ["half-up", "truncate"];
type PilihanSkala = PresetSkalaId | "sendiri";
const PILIHAN_SKALA: readonly PilihanSkala[] = [...PRESET_SKALA_IDS, "sendiri"];

interface BarisSkala {
  batas: string;
  label: string;
}

interface Formulir {
  skala: PilihanSkala;
  barisSkala: BarisSkala[];
  metodeNegatif: MetodeNegatif;
  metodeEfisiensi: MetodeEfisiensi;
  barisPita: BarisSkala[];
  pembulatan: CaraBulat;
  polaritasBawaan: Polaritas;
  tahun: string;
}

function pilih<T extends string>(daftar: readonly T[], nilai: unknown): T | undefined {
  return daftar.find((x) => x === nilai);
}

function barisDari(nilai: unknown): BarisSkala[] {
  if (!Array.isArray(nilai)) return [{ batas: "", label: "" }];
  return nilai.map((r: unknown) => {
    const sel: unknown[] = Array.isArray(r) ? r : [];
    return { batas: String(sel[0] ?? ""), label: String(sel[sel.length - 1] ?? "") };
  });
}

function formulirDari(m: PengaturanTersimpan): Formulir {
  return {
    skala: Array.isArray(m.skala)
      ? "sendiri"
      : (pilih(PRESET_SKALA_IDS, m.skala) ?? "permendagri86"),
    barisSkala: barisDari(m.skala),
    metodeNegatif: pilih(METODE_NEGATIF, m.metodeNegatif) ?? "selisih",
    metodeEfisiensi: pilih(METODE_EFISIENSI, m.metodeEfisiensi) ?? "selisih",
    barisPita: barisDari(m.pitaEfisiensi),
    pembulatan: pilih(BULAT, m.pembulatan) ?? "half-up",
    polaritasBawaan: pilih(ARAH, m.polaritasBawaan) ?? "+",
    tahun: typeof m.tahun === "number" ? String(m.tahun) : "",
  };
}

/** A bound typed with a decimal comma is stored as the number it means. */
function tabelDari(baris: readonly BarisSkala[]): (number | string)[][] {
  return baris
    .filter((b) => b.batas.trim() !== "" || b.label.trim() !== "")
    .map((b) => {
      const n = Number(b.batas.trim().replace(",", "."));
      return [b.batas.trim() !== "" && Number.isFinite(n) ? n : b.batas.trim(), b.label.trim()];
    });
}

function mentahDari(f: Formulir, lama: PengaturanTersimpan): PengaturanTersimpan {
  const m: PengaturanTersimpan = {
    ...lama,
    skala: f.skala === "sendiri" ? tabelDari(f.barisSkala) : f.skala,
    metodeNegatif: f.metodeNegatif,
    metodeEfisiensi: f.metodeEfisiensi,
    pembulatan: f.pembulatan,
    polaritasBawaan: f.polaritasBawaan,
  };
  delete m.pitaEfisiensi;
  delete m.tahun;
  if (f.metodeEfisiensi === "indeks") m.pitaEfisiensi = tabelDari(f.barisPita);
  if (f.tahun.trim() !== "") {
    const n = Number(f.tahun.trim());
    m.tahun = Number.isFinite(n) ? n : f.tahun.trim();
  }
  return m;
}

function EditorTabel(props: {
  judul: string;
  baris: BarisSkala[];
  ubah: (baris: BarisSkala[]) => void;
}): JSX.Element {
  const t = useTeksKerja().pengaturan;
  const styles = useStyles();
  const { baris, ubah } = props;
  const masalah = useMemo(
    () => skalaDariTabel(tabelDari(baris)).masalah.map((m) => m.pesan),
    [baris],
  );
  const set = (i: number, b: Partial<BarisSkala>) =>
    ubah(baris.map((x, j) => (j === i ? { ...x, ...b } : x)));
  return (
    <fieldset>
      <legend>{props.judul}</legend>
      {baris.map((b, i) => (
        <div key={i} className={styles.baris}>
          <Field label={`${t.batasBawah} ${i + 1}`}>
            <Input value={b.batas} onChange={(_, d) => set(i, { batas: d.value })} />
          </Field>
          <Field label={`${t.label} ${i + 1}`}>
            <Input value={b.label} onChange={(_, d) => set(i, { label: d.value })} />
          </Field>
          <Button onClick={() => ubah(baris.filter((_, j) => j !== i))}>
            {t.hapusBaris(i + 1)}
          </Button>
        </div>
      ))}
      <Button className={styles.tombol} onClick={() => ubah([...baris, { batas: "", label: "" }])}>
        {t.tambahBaris}
      </Button>
      {masalah.length > 0 && (
        <ul role="alert">
          {masalah.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

export function Pengaturan(): JSX.Element {
  const tk = useTeksKerja();
  const t = tk.pengaturan;
  const styles = useStyles();
  const kerja = useKerja();
  const [f, setF] = useState<Formulir>(() => formulirDari(kerja.mentah));
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string[] } | undefined>();
  const [simpanan, setSimpanan] = useState(0);
  const ubah = <K extends keyof Formulir>(k: K, v: Formulir[K]) => {
    setF((lama) => ({ ...lama, [k]: v }));
    setPesan(undefined);
  };

  const simpan = () => {
    kerja.simpanPengaturan(mentahDari(f, kerja.mentah)).then(
      (masalah) => {
        setPesan(
          masalah.length === 0 ? { ok: true, teks: [t.tersimpan] } : { ok: false, teks: masalah },
        );
        setSimpanan((n) => n + 1);
      },
      (galat: unknown) => setPesan({ ok: false, teks: [tk.galat(pesanGalat(galat))] }),
    );
  };

  return (
    <form
      className={styles.akar}
      aria-label={t.judul}
      onSubmit={(e) => {
        e.preventDefault();
        simpan();
      }}
    >
      <h2>{t.judul}</h2>
      <Field label={t.skala}>
        <Select
          value={f.skala}
          onChange={(_, d) => ubah("skala", pilih(PILIHAN_SKALA, d.value) ?? "permendagri86")}
        >
          {PRESET_SKALA_IDS.map((id) => (
            <option key={id} value={id}>
              {tk.skalaPreset[id]}
            </option>
          ))}
          <option value="sendiri">{t.skalaSendiri}</option>
        </Select>
      </Field>
      {f.skala === "sendiri" && (
        <EditorTabel
          judul={t.tabelSkala}
          baris={f.barisSkala}
          ubah={(b) => ubah("barisSkala", b)}
        />
      )}
      <Field label={t.metodeNegatif}>
        <Select
          value={f.metodeNegatif}
          onChange={(_, d) => ubah("metodeNegatif", pilih(METODE_NEGATIF, d.value) ?? "selisih")}
        >
          {METODE_NEGATIF.map((m) => (
            <option key={m} value={m}>
              {t.metodeNegatifPilihan[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.metodeEfisiensi}>
        <Select
          value={f.metodeEfisiensi}
          onChange={(_, d) =>
            ubah("metodeEfisiensi", pilih(METODE_EFISIENSI, d.value) ?? "selisih")
          }
        >
          {METODE_EFISIENSI.map((m) => (
            <option key={m} value={m}>
              {t.metodeEfisiensiPilihan[m]}
            </option>
          ))}
        </Select>
      </Field>
      {f.metodeEfisiensi === "indeks" && (
        <EditorTabel judul={t.pitaIndeks} baris={f.barisPita} ubah={(b) => ubah("barisPita", b)} />
      )}
      <Field label={t.pembulatan}>
        <Select
          value={f.pembulatan}
          onChange={(_, d) => ubah("pembulatan", pilih(BULAT, d.value) ?? "half-up")}
        >
          {BULAT.map((m) => (
            <option key={m} value={m}>
              {t.pembulatanPilihan[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.polaritas}>
        <Select
          value={f.polaritasBawaan}
          onChange={(_, d) => ubah("polaritasBawaan", pilih(ARAH, d.value) ?? "+")}
        >
          {ARAH.map((m) => (
            <option key={m} value={m}>
              {t.polaritasPilihan[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.tahun} hint={t.tahunPetunjuk}>
        <Input value={f.tahun} inputMode="numeric" onChange={(_, d) => ubah("tahun", d.value)} />
      </Field>
      <Button type="submit" appearance="primary" className={styles.tombol}>
        {t.simpan}
      </Button>
      {pesan !== undefined && (
        <MessageBar intent={pesan.ok ? "success" : "warning"} layout="multiline" role="status">
          <MessageBarBody>
            {!pesan.ok && <MessageBarTitle>{t.masalah}</MessageBarTitle>}
            <ul>
              {pesan.teks.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <FungsiBukuKerja simpanan={simpanan} />
    </form>
  );
}
