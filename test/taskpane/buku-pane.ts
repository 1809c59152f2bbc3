/** A small measurement table for the pane's tests: one capaian printed wrong, kategori empty. */
import type { Cell, WorkbookModel } from "../../src/core/workbook";

function baris(...sel: (string | number | null)[]): (Cell | undefined)[] {
  return sel.map((v) => (v === null ? undefined : { v }));
}

export function bukuPengukuran(): WorkbookModel {
  return {
    sheets: [
      {
        name: "Pengukuran",
        cells: [
          baris("PENGUKURAN KINERJA TAHUN 2023"),
          [],
          baris(
            "No",
            "Sasaran",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian",
            "Kategori",
          ),
          baris(
            1,
            "Meningkatnya kualitas layanan",
            "Indeks kepuasan masyarakat",
            "%",
            80,
            90,
            112.5,
            null,
          ),
          baris(2, "Meningkatnya kualitas jalan", "Persentase jalan mantap", "%", 75, 60, 70, null),
          baris(3, "Meningkatnya kesehatan", "Cakupan imunisasi", "%", 90, 45, null, null),
        ],
        merges: [],
      },
    ],
  };
}

/** The measurement table plus a PK whose target for the first indicator differs (85 vs 80). */
export function bukuDenganPk(): WorkbookModel {
  const wb = bukuPengukuran();
  wb.sheets.unshift({
    name: "PK",
    cells: [
      baris("PERJANJIAN KINERJA TAHUN 2023"),
      [],
      baris("No", "Sasaran", "Indikator", "Satuan", "Target"),
      baris(1, "Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", "%", 85),
      baris(2, "Meningkatnya kualitas jalan", "Persentase jalan mantap", "%", 75),
      baris(3, "Meningkatnya kesehatan", "Cakupan imunisasi", "%", 90),
    ],
    merges: [],
  });
  return wb;
}
