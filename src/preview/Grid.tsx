/**
 * A plain grid of the fake workbook's sheets, so the planner sees what the pane does: the
 * current selection outlined, cells written by a fill shaded. Large sheets show a window of rows
 * around the selection rather than every row.
 */
import { useEffect, useRef } from "react";
import { a1, colLetters } from "../core/a1";
import type { Area, Cell } from "../core/workbook";
import type { BukuKerjaPalsu } from "../excel/palsu";
import { dalamArea } from "./alamat";

export const MAKS_BARIS = 300;
export const MAKS_KOLOM = 40;

export interface GridProps {
  buku: BukuKerjaPalsu;
  lembar: string;
  onPilihLembar: (nama: string) => void;
  /** Areas written by fills since the workbook was loaded, per sheet. */
  ditulis: ReadonlyMap<string, readonly Area[]>;
  tampilRumus: boolean;
  /** A click on a cell selects it, as a click in Excel would. */
  onPilihSel: (lembar: string, r: number, c: number) => void;
}

function teksSel(sel: Cell | undefined, rumus: boolean): string {
  if (sel === undefined) return "";
  if (rumus && sel.f !== undefined) return `=${sel.f}`;
  const v = sel.v;
  // The fake does not calculate: a formula just written has no value yet, so show the formula.
  if ((v === null || v === undefined) && sel.f !== undefined) return `=${sel.f}`;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
  return String(v);
}

const gaya = {
  bungkus: { display: "flex", flexDirection: "column", minHeight: 0, flex: 1 },
  tab: { display: "flex", gap: 2, borderBottom: "1px solid #c8c6c4", flexWrap: "wrap" },
  gulir: { overflow: "auto", flex: 1, border: "1px solid #c8c6c4" },
  tabel: { borderCollapse: "collapse", fontSize: 12, fontFamily: "Segoe UI, Arial, sans-serif" },
  kepala: {
    position: "sticky",
    top: 0,
    background: "#f3f2f1",
    border: "1px solid #e1dfdd",
    padding: "2px 6px",
    fontWeight: 600,
  },
  nomor: {
    position: "sticky",
    left: 0,
    background: "#f3f2f1",
    border: "1px solid #e1dfdd",
    padding: "2px 6px",
    textAlign: "right",
    color: "#605e5c",
  },
} as const;

function gayaSel(dipilih: boolean, ditulis: boolean): React.CSSProperties {
  return {
    border: "1px solid #e1dfdd",
    padding: "2px 6px",
    maxWidth: 220,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    background: ditulis ? "#dff6dd" : undefined,
    outline: dipilih ? "2px solid #107c10" : undefined,
    outlineOffset: -2,
  };
}

export function Grid(props: GridProps): JSX.Element {
  const { buku } = props;
  const lembar = buku.lembar.find((l) => l.name === props.lembar) ?? buku.lembar[0];
  const pilihan = buku.selection?.sheet === lembar?.name ? buku.selection.area : undefined;
  const ditulis = props.ditulis.get(lembar?.name ?? "") ?? [];
  const gulirRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = gulirRef.current?.querySelector('[data-pilih="ya"]');
    if (el instanceof HTMLElement) el.scrollIntoView({ block: "center", inline: "center" });
  });

  if (lembar === undefined) return <p>Buku kerja ini tidak memiliki lembar.</p>;
  const cells = lembar.cells;
  const lebar = Math.min(
    MAKS_KOLOM,
    Math.max(1, ...cells.map((row) => row.length), (pilihan?.c1 ?? 0) + 1),
  );
  const tinggi = Math.max(cells.length, (pilihan?.r1 ?? 0) + 1);
  const awal = pilihan && pilihan.r0 >= MAKS_BARIS ? Math.max(0, pilihan.r0 - 20) : 0;
  const akhir = Math.min(tinggi, awal + MAKS_BARIS);
  const kolom = Array.from({ length: lebar }, (_, c) => c);

  return (
    <section style={gaya.bungkus} aria-label="Isi lembar kerja">
      <div role="tablist" aria-label="Lembar kerja" style={gaya.tab}>
        {buku.lembar.map((l) => (
          <button
            key={l.name}
            role="tab"
            type="button"
            aria-selected={l.name === lembar.name}
            data-lembar={l.name}
            onClick={() => props.onPilihLembar(l.name)}
            style={{
              border: "none",
              padding: "4px 10px",
              cursor: "pointer",
              background: l.name === lembar.name ? "#ffffff" : "#edebe9",
              fontWeight: l.name === lembar.name ? 600 : 400,
              borderBottom: l.name === lembar.name ? "2px solid #107c10" : "2px solid transparent",
            }}
          >
            {l.name}
            {l.visibility === "Visible" ? "" : " (tersembunyi)"}
          </button>
        ))}
      </div>
      <div ref={gulirRef} style={gaya.gulir} data-testid="grid">
        <table style={gaya.tabel}>
          <thead>
            <tr>
              <th style={gaya.kepala} />
              {kolom.map((c) => (
                <th key={c} style={gaya.kepala}>
                  {colLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: akhir - awal }, (_, i) => awal + i).map((r) => (
              <tr key={r}>
                <th style={gaya.nomor}>{r + 1}</th>
                {kolom.map((c) => {
                  const sel = cells[r]?.[c];
                  const dipilih = pilihan !== undefined && dalamArea(pilihan, r, c);
                  const tertulis = ditulis.some((a) => dalamArea(a, r, c));
                  return (
                    <td
                      key={c}
                      data-alamat={a1(r, c)}
                      data-pilih={dipilih ? "ya" : undefined}
                      data-tulis={tertulis ? "ya" : undefined}
                      title={sel?.f !== undefined ? `=${sel.f}` : undefined}
                      style={gayaSel(dipilih, tertulis)}
                      onClick={() => props.onPilihSel(lembar.name, r, c)}
                    >
                      {teksSel(sel, props.tampilRumus)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {akhir < tinggi && (
          <p style={{ fontSize: 12, padding: 4 }}>
            Menampilkan baris {awal + 1}–{akhir} dari {tinggi}.
          </p>
        )}
      </div>
    </section>
  );
}
