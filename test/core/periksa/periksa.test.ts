import { ATURAN, aturan, periksa, periksaRinci } from "../../../src/core/periksa";
import { KumpulanTemuan, urutkanTemuan, angkaEn } from "../../../src/core/periksa/temuan";
import type { Finding } from "../../../src/core/periksa/types";
import { buku, pengaturan } from "./pembuat";

describe("KumpulanTemuan and urutkanTemuan", () => {
  it("one finding per (rule, sheet, cell), the first wins; severity from ATURAN", () => {
    const k = new KumpulanTemuan();
    k.tambah({ rule: "orphan", sheet: "A", cell: "B2", message: "pertama", messageEn: "first" });
    k.tambah({ rule: "orphan", sheet: "A", cell: "B2", message: "kedua", messageEn: "second" });
    k.tambah({
      rule: "code-invalid",
      sheet: "A",
      cell: "B2",
      message: "m",
      messageEn: "m",
      actual: "x",
    });
    expect(k.semua()).toEqual([
      {
        rule: "orphan",
        severity: "warning",
        sheet: "A",
        cell: "B2",
        message: "pertama",
        messageEn: "first",
      },
      {
        rule: "code-invalid",
        severity: "warning",
        sheet: "A",
        cell: "B2",
        message: "m",
        messageEn: "m",
        actual: "x",
      },
    ]);
  });

  it("sheet order of the workbook, then row, column (AA after Z) and rule id", () => {
    const f = (sheet: string, cell: string, rule: Finding["rule"]): Finding => ({
      rule,
      severity: aturan(rule).severity,
      sheet,
      cell,
      message: "",
      messageEn: "",
    });
    const urut = urutkanTemuan(
      [
        f("B", "A1", "orphan"),
        f("A", "AA2", "orphan"),
        f("A", "Z2", "unit-mismatch"),
        f("A", "Z2", "code-invalid"),
        f("A", "C10", "orphan"),
        f("A", "C9", "orphan"),
      ],
      ["A", "B"],
    );
    expect(urut.map((x) => `${x.sheet}!${x.cell} ${x.rule}`)).toEqual([
      "A!Z2 code-invalid",
      "A!Z2 unit-mismatch",
      "A!AA2 orphan",
      "A!C9 orphan",
      "A!C10 orphan",
      "B!A1 orphan",
    ]);
  });

  it("English numbers are plain", () => {
    expect(angkaEn(1234567.891)).toBe("1234567.891");
    expect(angkaEn(2885)).toBe("2885");
  });
});

describe("periksa", () => {
  const { wb, tables } = buku(
    {
      name: "Ukur",
      tables: [
        {
          kind: "pengukuran",
          kolom: [
            { role: "indikator" },
            { role: "target" },
            { role: "realisasi" },
            { role: "capaian" },
            { role: "kategori" },
          ],
          baris: [
            { level: "sasaran", isi: ["Indeks A", 80, 90, 121.5, "Tinggi"] },
            { level: "sasaran", isi: ["Indeks B", 0.8, 77, "96,25", "Sangat Tinggi"] },
            { level: "sasaran", isi: ["Indeks C", 5, "5.6.7", 100, "Sangat Tinggi"] },
          ],
        },
      ],
    },
    {
      name: "Anggaran",
      tables: [
        {
          kind: "anggaran",
          kolom: [
            { role: "uraian" },
            { role: "pagu" },
            { role: "realisasi_anggaran" },
            { role: "serapan" },
            { role: "sisa" },
          ],
          baris: [{ level: "program", isi: ["Program A", 100, 120, 100, 0] }],
        },
      ],
    },
  );
  const r = periksa(wb, tables, pengaturan());

  it("every finding carries its rule's severity and both languages", () => {
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.severity).toBe(aturan(f.rule).severity);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.messageEn.length).toBeGreaterThan(10);
    }
    expect(r.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "Ukur!D2 capaian-mismatch",
      "Ukur!E2 kategori-mismatch",
      "Ukur!C3 scale-mismatch",
      "Ukur!C4 value-unreadable",
      "Anggaran!C2 realisasi-exceeds-pagu",
      "Anggaran!D2 serapan-mismatch",
      "Anggaran!E2 sisa-mismatch",
    ]);
  });

  it("reports tables in workbook order with the computed rows", () => {
    expect(r.tables.map((t) => [t.sheet, t.range, t.rows.length])).toEqual([
      ["Ukur", "A1:E4", 3],
      ["Anggaran", "A1:E2", 1],
    ]);
    expect(r.tables[1].rows[0]).toEqual({
      row: 2,
      level: "program",
      pagu: 100,
      realisasi_anggaran: 120,
      serapan: 120,
      sisa: -20,
    });
  });

  it("periksaRinci keeps the cascade and the report year", () => {
    const rinci = periksaRinci(wb, tables, pengaturan({ tahun: 2024 }));
    expect(rinci.tahun).toBe(2024);
    expect(rinci.kaskade.indikator.map((i) => i.nama)).toEqual([
      "Indeks A",
      "Indeks B",
      "Indeks C",
    ]);
  });

  it("a table of a sheet the workbook does not have is left out", () => {
    const lain = periksa({ sheets: [] }, tables, pengaturan());
    expect(lain).toEqual({ tables: [], findings: [] });
  });

  it("ATURAN lists the 21 rules", () => {
    expect(ATURAN).toHaveLength(21);
  });
});
