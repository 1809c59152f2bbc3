/** Small workbooks for the command's tests, written with exceljs as a planner's file would be. */
import ExcelJS from "exceljs";

export interface OpsiBuku {
  /** A digit slip in a printed capaian (an error finding). */
  salahKetik?: boolean;
}

/**
 * A PK table and a pengukuran table of the same three indicators, with merged headers, percent
 * and money formats, text cells and a second sheet holding a staff list (not ours).
 */
export async function bukuUji(opsi: OpsiBuku = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));

  const pk = wb.addWorksheet("PK 2023");
  pk.addRow(["Perjanjian Kinerja Tahun 2023"]);
  pk.addRow([]);
  pk.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  pk.addRow([1, "Meningkatnya kualitas SDM", "Indeks Pembangunan Manusia", "poin", 80]);
  pk.addRow([2, "Meningkatnya pelayanan publik", "Indeks Kepuasan Masyarakat", "poin", 85]);
  pk.addRow([3, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 10]);
  pk.getRow(3).font = { bold: true };

  const ws = wb.addWorksheet("Pengukuran");
  ws.addRow(["Tabel 3.1 Pengukuran Kinerja Tahun 2023"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Kategori",
  ]);
  ws.addRow([
    1,
    "Meningkatnya kualitas SDM",
    "Indeks Pembangunan Manusia",
    "poin",
    80,
    76,
    95,
    "Sangat Tinggi",
  ]);
  ws.addRow([
    2,
    "Meningkatnya pelayanan publik",
    "Indeks Kepuasan Masyarakat",
    "poin",
    85,
    "90,1",
    opsi.salahKetik === true ? 160 : 106,
    "Sangat Tinggi",
  ]);
  ws.addRow([3, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 10, 8, null, null]);
  ws.getRow(3).font = { bold: true };
  ws.getCell("G4").numFmt = "0.00";
  ws.getColumn(3).width = 40;

  const staf = wb.addWorksheet("Pegawai");
  staf.addRow(["No", "Golongan", "Jumlah Pegawai"]);
  staf.addRow([1, "IV", 12]);
  staf.addRow([2, "III", 40]);
  staf.mergeCells("A5:C5");
  staf.getCell("A5").value = "Sumber: BKPSDM";

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A workbook for `fill`: a pengukuran table with an arah column (a Menurun indicator), target 0,
 * a pending realisasi, text values and a percent-formatted capaian column; a budget table with
 * serapan, SILPA and its percentage; an efficiency table beside the printed capaian.
 */
export async function bukuIsi(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));

  const ws = wb.addWorksheet("Pengukuran 2023");
  ws.addRow(["Tabel 3.1 Pengukuran Kinerja Tahun 2023"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Indikator Kinerja",
    "Satuan",
    "Arah",
    "Target",
    "Realisasi",
    "Capaian",
    "Kategori",
  ]);
  const data: (string | number | null)[][] = [
    [1, "Indeks Pembangunan Manusia", "poin", "Meningkat", 80, 76, 0.95, "Sangat Tinggi"],
    [2, "Angka kemiskinan", "%", "Menurun", 10, 8, 1.2, "Sangat Tinggi"],
    [3, "Jumlah koperasi baru", "unit", "Meningkat", 0, 5, null, null],
    [4, "Pertumbuhan ekonomi", "%", "Meningkat", 5.5, "Menunggu Rilis BPS", null, null],
    [5, "Indeks kepuasan masyarakat", "poin", "Meningkat", "76,50%", 80, null, null],
    [6, "Angka pengangguran terbuka", "%", "Menurun", 6, 6.3, null, null],
    [7, "Nilai SAKIP", "predikat", "Meningkat", "A", "BB", null, null],
    [8, "Persentase desa mandiri", "%", "Meningkat", 40, null, null, null],
  ];
  for (const r of data) ws.addRow(r);
  for (let r = 4; r <= 3 + data.length; r++) ws.getCell(`G${r}`).numFmt = "0.00%";
  ws.getRow(3).font = { bold: true };

  const ag = wb.addWorksheet("Anggaran");
  ag.addRow(["Tabel 3.9 Realisasi Anggaran"]);
  ag.addRow([]);
  ag.addRow([
    "Kode",
    "Program/Kegiatan",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Serapan (%)",
    "SILPA (Rp)",
    "Persentase SILPA (%)",
  ]);
  ag.addRow(["2.17.01", "Program Penunjang Urusan", 1500000000, 1425000000, 95, 75000000, 5]);
  ag.addRow(["2.17.02", "Program Pengawasan Koperasi", 250000000, 0, null, null, null]);
  ag.addRow(["2.17.03", "Program Pemberdayaan UMKM", 0, 0, null, null, null]);
  ag.addRow(["2.17.04", "Program Pengembangan UMKM", "Rp 1.234.567,-", 1000000, null, null, null]);
  for (let r = 4; r <= 7; r++) {
    for (const c of ["C", "D", "F"]) ag.getCell(`${c}${r}`).numFmt = "#,##0";
  }
  ag.mergeCells("A9:C9");
  ag.getCell("A9").value = "Sumber: BPKAD";

  const ef = wb.addWorksheet("Efisiensi");
  ef.addRow(["Tabel 3.10 Tingkat Efisiensi"]);
  ef.addRow([]);
  ef.addRow(["No", "Sasaran", "Capaian Kinerja (%)", "Serapan Anggaran (%)", "Tingkat Efisiensi"]);
  ef.addRow([1, "Meningkatnya kualitas SDM", 95, 88.25, null]);
  ef.addRow([2, "Menurunnya kemiskinan", "120,00%", 100, null]);
  ef.addRow([3, "Meningkatnya pelayanan", 104.58, 0, null]);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
