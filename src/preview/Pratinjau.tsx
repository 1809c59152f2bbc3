/**
 * The preview page: the task pane, unchanged, beside a grid of the in-memory workbook. A new
 * workbook (the sample, a picked or a dropped file) gets a new fake and a freshly mounted pane, as
 * opening another file in Excel would.
 */
import { useCallback, useEffect, useState, type DragEvent } from "react";
import type { Area } from "../core/workbook";
import { detectHost, type HostInfo } from "../excel/host";
import { bukuKerjaPalsu, officePalsu, type BukuKerjaPalsu } from "../excel/palsu";
import { App } from "../taskpane/App";
import type { AksesExcel } from "../taskpane/kerja/excel";
import { pisahAlamat } from "./alamat";
import { bacaXlsx } from "./baca-xlsx";
import { Grid } from "./Grid";
import { pasangPalsu } from "./lingkungan";

export const URL_CONTOH = "assets/contoh-sakip.xlsx";
const NAMA_CONTOH = "contoh-sakip.xlsx";

interface Muatan {
  buku: BukuKerjaPalsu;
  excel: AksesExcel;
  host: HostInfo;
  nama: string;
  nomor: number;
}

type Status = { jenis: "memuat" } | { jenis: "siap" } | { jenis: "galat"; pesan: string };

function lembarAwal(buku: BukuKerjaPalsu): string {
  return (buku.lembar.find((l) => l.visibility === "Visible") ?? buku.lembar[0])?.name ?? "";
}

/** Areas written with `formulas` or `values` since loading; formats alone are not a fill. */
function areaDitulis(buku: BukuKerjaPalsu): Map<string, Area[]> {
  const hasil = new Map<string, Area[]>();
  for (const w of buku.writes) {
    if (w.properti !== "formulas" && w.properti !== "values") continue;
    const a = pisahAlamat(w.address);
    if (a === undefined) continue;
    hasil.set(a.sheet, [...(hasil.get(a.sheet) ?? []), a.area]);
  }
  return hasil;
}

const gaya = {
  halaman: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    margin: 0,
    fontFamily: "Segoe UI, Arial, sans-serif",
  },
  bilah: {
    display: "flex",
    alignItems: "center",
    gap: 12,
    padding: "6px 12px",
    background: "#107c10",
    color: "#ffffff",
    flexWrap: "wrap",
  },
  isi: { display: "flex", flex: 1, minHeight: 0 },
  panel: { width: 380, borderRight: "1px solid #c8c6c4", overflow: "auto", flexShrink: 0 },
  kanan: { flex: 1, display: "flex", flexDirection: "column", minWidth: 0, padding: 8 },
} as const;

export function Pratinjau(): JSX.Element {
  const [muatan, setMuatan] = useState<Muatan | undefined>();
  const [status, setStatus] = useState<Status>({ jenis: "memuat" });
  const [lembar, setLembar] = useState("");
  const [, setVersi] = useState(0);
  const [tampilRumus, setTampilRumus] = useState(false);
  const [seret, setSeret] = useState(false);

  const muat = useCallback((data: Uint8Array, nama: string) => {
    const hasil = bacaXlsx(data, nama);
    if (!hasil.ok) {
      setStatus({ jenis: "galat", pesan: `${nama}: ${hasil.pesan}` });
      return;
    }
    const buku = bukuKerjaPalsu(hasil.model);
    pasangPalsu(buku);
    setLembar(lembarAwal(buku));
    const excel: AksesExcel = { run: (batch) => buku.run((context) => batch(context)) };
    const host = detectHost(officePalsu(buku));
    setMuatan((lama) => ({ buku, excel, host, nama, nomor: (lama?.nomor ?? 0) + 1 }));
    setStatus({ jenis: "siap" });
  }, []);

  useEffect(() => {
    let batal = false;
    fetch(URL_CONTOH)
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        const data = new Uint8Array(await r.arrayBuffer());
        if (!batal) muat(data, NAMA_CONTOH);
      })
      .catch(() => {
        if (!batal) {
          setStatus({
            jenis: "galat",
            pesan: "Contoh buku kerja tidak dapat dimuat. Buka berkas .xlsx sendiri.",
          });
        }
      });
    return () => {
      batal = true;
    };
  }, [muat]);

  useEffect(() => {
    if (muatan === undefined) return undefined;
    return muatan.buku.onChange(() => {
      const pilihan = muatan.buku.selection;
      if (pilihan !== undefined) setLembar(pilihan.sheet);
      setVersi((v) => v + 1);
    });
  }, [muatan]);

  const bukaBerkas = (berkas: File | undefined): void => {
    if (berkas === undefined) return;
    setStatus({ jenis: "memuat" });
    void berkas.arrayBuffer().then(
      (b) => muat(new Uint8Array(b), berkas.name),
      () => setStatus({ jenis: "galat", pesan: `${berkas.name}: berkas tidak dapat dibuka.` }),
    );
  };

  const jatuh = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setSeret(false);
    bukaBerkas(e.dataTransfer.files[0]);
  };

  return (
    <div
      style={{ ...gaya.halaman, outline: seret ? "4px dashed #107c10" : undefined }}
      onDragOver={(e) => {
        e.preventDefault();
        setSeret(true);
      }}
      onDragLeave={() => setSeret(false)}
      onDrop={jatuh}
      data-testid="pratinjau"
    >
      <header style={gaya.bilah}>
        <strong>Pratinjau Kinerja (tanpa Excel)</strong>
        <label>
          Buka berkas .xlsx:{" "}
          <input
            type="file"
            accept=".xlsx,.xlsm,.xltx"
            aria-label="Buka berkas .xlsx"
            onChange={(e) => bukaBerkas(e.target.files?.[0])}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={tampilRumus}
            onChange={(e) => setTampilRumus(e.target.checked)}
          />{" "}
          Tampilkan rumus
        </label>
        <span role="status" data-testid="status-buku">
          {status.jenis === "memuat" && "Memuat buku kerja…"}
          {status.jenis === "galat" && status.pesan}
          {status.jenis === "siap" &&
            muatan !== undefined &&
            `Buku kerja: ${muatan.nama} (${muatan.buku.lembar.length} lembar). Seret berkas lain ke halaman ini untuk menggantinya.`}
        </span>
      </header>
      <div style={gaya.isi}>
        <aside style={gaya.panel} aria-label="Panel tugas">
          {muatan !== undefined && (
            <App key={muatan.nomor} excel={muatan.excel} host={muatan.host} />
          )}
        </aside>
        <div style={gaya.kanan}>
          {muatan !== undefined && (
            <Grid
              buku={muatan.buku}
              lembar={lembar}
              onPilihLembar={setLembar}
              ditulis={areaDitulis(muatan.buku)}
              tampilRumus={tampilRumus}
              onPilihSel={(nama, r, c) => {
                const l = muatan.buku.lembar.find((x) => x.name === nama);
                if (l === undefined) return;
                muatan.buku.pilih(l, { r0: r, c0: c, r1: r, c1: c });
                setVersi((v) => v + 1);
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
