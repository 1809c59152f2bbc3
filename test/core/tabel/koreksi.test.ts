/** A planner's corrections are inputs the recogniser respects. */
import { buku, kenali, lembar, peran, t } from "./bantu";
import { recognize } from "../../../src/core/tabel";

const baris = [
  t("No", "Sasaran", "Indikator", "Target", "Realisasi", "Nilai"),
  t("1", "Sasaran A", "Indikator A", "80", "70", "87,5"),
  "",
  "",
  t("No", "Sasaran", "Indikator", "Target"),
  t("1", "Sasaran A", "Indikator A", "80"),
];

describe("koreksi pengguna", () => {
  it("tanpa koreksi", () => {
    const [a, b] = kenali(baris);
    expect([a.kind, b.kind]).toEqual(["pengukuran", "pk"]);
    expect(peran(a)).toEqual(["A:no", "B:sasaran", "C:indikator", "D:target", "E:realisasi"]);
  });

  it("koreksi jenis menimpa jenis, hanya pada tabel yang memuat sel koreksi", () => {
    const [a, b] = kenali(baris, [], {
      corrections: [{ sheet: "Lembar1", at: "B5", kind: "renstra" }],
    });
    expect(a.kind).toBe("pengukuran");
    expect(b.kind).toBe("renstra");
    expect(b.kindReason).toBe(
      "jenis renstra ditetapkan oleh koreksi pengguna (pengenalan otomatis: jenis PK: target satu tahun tanpa realisasi (kolom 'Target' (D)) di baris judul 5)",
    );
  });

  it("koreksi 'bukan' membuang tabel; lembar lain tidak terpengaruh", () => {
    const hasil = recognize(buku(lembar("Lembar1", baris), lembar("Lain", baris)), {
      corrections: [{ sheet: "Lembar1", at: "A1:F2", kind: "bukan" }],
    });
    expect(hasil.map((x) => [x.sheet, x.range.r0])).toEqual([
      ["Lembar1", 4],
      ["Lain", 0],
      ["Lain", 4],
    ]);
  });

  it("koreksi kolom menetapkan dan menghapus peran, dengan sumber koreksi", () => {
    const [a] = kenali(baris, [], {
      corrections: [
        {
          sheet: "Lembar1",
          at: "A1",
          columns: [
            { col: "F", role: "capaian", year: 2023 },
            { col: "D", role: "target", year: 2023 },
            { col: "A", role: "abaikan" },
          ],
        },
      ],
    });
    expect(peran(a)).toEqual([
      "B:sasaran",
      "C:indikator",
      "D:target:2023",
      "E:realisasi",
      "F:capaian:2023",
    ]);
    const f = a.columns.find((c) => c.col === 5);
    expect(f).toEqual({
      role: "capaian",
      col: 5,
      year: 2023,
      header: "Nilai",
      reason: "dikoreksi pengguna: kolom F ditetapkan sebagai capaian",
      source: "koreksi",
    });
    expect(a.columns.find((c) => c.col === 4)?.source).toBe("header");
    // Without the `no` column the row has no number any more.
    expect(a.rows[0].kode).toBeUndefined();
  });

  it("koreksi jenis menghidupkan tabel yang ditolak", () => {
    const lines = [t("No", "Sasaran", "Indikator"), t("1", "Sasaran A", "Indikator A")];
    expect(kenali(lines)).toEqual([]);
    const [a] = kenali(lines, [], { corrections: [{ sheet: "Lembar1", at: "A1", kind: "iku" }] });
    expect(a.kind).toBe("iku");
    expect(a.rows).toHaveLength(1);
  });
});
