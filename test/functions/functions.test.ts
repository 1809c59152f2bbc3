import { ErrorPalsu, terdaftar } from "./runtime-palsu";
import { hitungCapaian } from "../../src/core/capaian";
import { hitungSerapan } from "../../src/core/anggaran";
import { kemajuanRenstra } from "../../src/core/agregat";
import { hitungEfisiensi } from "../../src/core/efisiensi";
import { bacaNilai } from "../../src/core/nilai";
import { skalaDariTabel } from "../../src/core/kategori";
import type { Result } from "../../src/core/result";
import {
  sakipCapaian,
  sakipCapaianRenstra,
  sakipEfisiensi,
  sakipKategori,
  sakipKategoriEfisiensi,
  sakipNilai,
  sakipSerapan,
  sakipSisa,
} from "../../src/functions/functions";
import { PESAN_UKURAN } from "../../src/functions/matriks";
import { aturPengaturanFungsi, pulihkanPengaturanFungsi } from "../../src/functions/settings";

const VALUE = (pesan: string): ErrorPalsu => new ErrorPalsu("#VALUE!", pesan);
const NA = (pesan: string): ErrorPalsu => new ErrorPalsu("#N/A", pesan);
const DIV0 = new ErrorPalsu("#DIV/0!");
const UKURAN = NA(PESAN_UKURAN);

/** The engine's own message for a failed computation (the functions pass it through). */
function pesan<T>(hasil: Result<T>): string {
  if (hasil.ok) throw new Error("expected a failure");
  expect(hasil.message.length).toBeGreaterThan(0);
  return hasil.message;
}

/** The single cell of a 1x1 result. */
function sel(m: unknown[][]): unknown {
  expect(m.length).toBe(1);
  expect(m[0].length).toBe(1);
  return m[0][0];
}

afterEach(() => pulihkanPengaturanFungsi());

test("nothing is registered by hand: associate calls come from the build", () => {
  expect(terdaftar.size).toBe(0);
});

describe("SAKIP.CAPAIAN", () => {
  test("one cell gives a 1x1 result", () => {
    expect(sakipCapaian([[80]], [[76]])).toStrictEqual([[95]]);
    expect(sel(sakipCapaian([[200]], [[910.4]]))).toBeCloseTo(455.2, 10);
  });

  test("planners' text: percents, Prosen, units", () => {
    expect(sel(sakipCapaian([["80%"]], [["76,50%"]]))).toBeCloseTo(95.625, 12);
    expect(sel(sakipCapaian([["80 Prosen"]], [["100 Prosen"]]))).toBe(125);
    expect(sakipCapaian([["20 dokumen"]], [["18 Dokumen"]])).toStrictEqual([[90]]);
  });

  test("grade targets compare on the ordinal scale", () => {
    expect(sakipCapaian([["A"]], [["A"]])).toStrictEqual([[100]]);
    const bb = sel(sakipCapaian([["A"]], [["BB"]]));
    expect(bb).toStrictEqual(dariEngine(hitungCapaian(bacaNilai("A"), bacaNilai("BB"))));
    expect(typeof bb === "number" && bb < 100).toBe(true);
  });

  test("lower is better: selisih by default, rasio and sisa on request", () => {
    expect(sakipCapaian([[10]], [[8]], [["-"]])).toStrictEqual([[120]]);
    expect(sakipCapaian([[10]], [[8]], [["Menurun"]])).toStrictEqual([[120]]);
    expect(sakipCapaian([[10]], [[8]], [["turun"]], [["rasio"]])).toStrictEqual([[125]]);
    expect(sakipCapaian([[10]], [[8]], [["negatif"]], [["SISA"]])).toStrictEqual([[20]]);
    expect(sakipCapaian([[10]], [[8]], [["+"]], [["rasio"]])).toStrictEqual([[80]]);
    expect(sakipCapaian([[10]], [[8]], [["Meningkat"]])).toStrictEqual([[80]]);
  });

  test("optional arguments omitted, null or empty", () => {
    expect(sakipCapaian([[50]], [[60]], undefined, undefined)).toStrictEqual([[120]]);
    expect(sakipCapaian([[50]], [[60]], [[null]], [[null]])).toStrictEqual([[120]]);
    expect(sakipCapaian([[50]], [[60]], [[""]], [[""]])).toStrictEqual([[120]]);
    expect(sakipCapaian([[10]], [[8]], [["-"]], [[""]])).toStrictEqual([[120]]);
  });

  test("the default negative method comes from the settings", () => {
    aturPengaturanFungsi({ metodeNegatif: "rasio" });
    expect(sakipCapaian([[10]], [[8]], [["-"]])).toStrictEqual([[125]]);
  });

  test("a column gives a same-shaped column in one call", () => {
    expect(sakipCapaian([[80], [100], [50]], [[76], [100], [60]])).toStrictEqual([
      [95],
      [100],
      [120],
    ]);
  });

  test("1x1 arguments apply to every cell; arah and metode may be ranges", () => {
    expect(sakipCapaian([[100]], [[90], [120]])).toStrictEqual([[90], [120]]);
    expect(
      sakipCapaian(
        [[10], [10], [10]],
        [[8], [8], [8]],
        [["+"], ["-"], ["-"]],
        [["rasio"], [""], ["rasio"]],
      ),
    ).toStrictEqual([[80], [120], [125]]);
    expect(sakipCapaian([[10, 20]], [[8, 30]], [["-"]])).toStrictEqual([[120, 50]]);
  });

  test("mismatched ranges: #N/A outside the overlap", () => {
    expect(sakipCapaian([[80], [100], [50]], [[76], [100]])).toStrictEqual([[95], [100], [UKURAN]]);
    expect(
      sakipCapaian(
        [
          [80, 100],
          [50, 10],
        ],
        [[76], [100], [5]],
      ),
    ).toStrictEqual([
      [95, UKURAN],
      [200, UKURAN],
      [UKURAN, UKURAN],
    ]);
  });

  test("target 0 gives #DIV/0! (Excel takes no message there)", () => {
    expect(sakipCapaian([[0]], [[5]])).toStrictEqual([[DIV0]]);
    expect(sakipCapaian([[4]], [[0]], [["-"]], [["rasio"]])).toStrictEqual([
      [sel([[dariEngine(hitungCapaian(4, 0, { polaritas: "-", metode: "rasio" }))]])],
    ]);
  });

  test("pending values give #N/A with the reason; empty cells are pending, not 0", () => {
    for (const t of ["-", "Menunggu Rilis PDRB oleh BPS 2024", "", null]) {
      const hasil = hitungCapaian(bacaNilai(t), 5);
      expect(sakipCapaian([[t]], [[5]])).toStrictEqual([[NA(pesan(hasil))]]);
    }
  });

  test("unreadable text gives #VALUE! with the engine's message", () => {
    const hasil = hitungCapaian(bacaNilai("71% 55%"), bacaNilai("80%"));
    expect(sakipCapaian([["71% 55%"]], [["80%"]])).toStrictEqual([[VALUE(pesan(hasil))]]);
  });

  test("an unknown arah or metode gives #VALUE! listing the accepted values", () => {
    expect(sakipCapaian([[10]], [[8]], [["ke atas"]])).toStrictEqual([
      [
        VALUE(
          'Arah "ke atas" tidak dikenal. Gunakan +, -, naik, turun, meningkat, menurun, positif atau negatif.',
        ),
      ],
    ]);
    expect(sakipCapaian([[10]], [[8]], [["-"]], [["persen"]])).toStrictEqual([
      [VALUE('Metode "persen" tidak dikenal. Gunakan selisih, rasio atau sisa.')],
    ]);
  });
});

/** Maps an engine result to what the function should place in the cell. */
function dariEngine(hasil: Result<number | string>): unknown {
  if (hasil.ok) return hasil.value;
  if (hasil.error === "div0") return DIV0;
  return new ErrorPalsu(hasil.error === "na" ? "#N/A" : "#VALUE!", hasil.message);
}

describe("SAKIP.KATEGORI", () => {
  test("default scale permendagri86, strict lower bounds", () => {
    expect(sakipKategori([[95], [90], [80], [75], [70], [60], [50], [20]])).toStrictEqual([
      ["Sangat Tinggi"],
      ["Tinggi"],
      ["Tinggi"],
      ["Sedang"],
      ["Sedang"],
      ["Rendah"],
      ["Sangat Rendah"],
      ["Sangat Rendah"],
    ]);
  });

  test("other presets, by id in any case", () => {
    expect(sakipKategori([[85], [84.99], [55], [54]], [["ATRIBUT"]])).toStrictEqual([
      ["Sangat Berhasil"],
      ["Berhasil"],
      ["Cukup Berhasil"],
      ["Tidak Berhasil"],
    ]);
    expect(sakipKategori([[90.5], [91], [150]], [["permendagri86-bulat"]])).toStrictEqual([
      ["Tinggi"],
      ["Sangat Tinggi"],
      ["Sangat Tinggi"],
    ]);
  });

  test("the default scale comes from the settings", () => {
    aturPengaturanFungsi({ skala: "atribut" });
    expect(sakipKategori([[85]])).toStrictEqual([["Sangat Berhasil"]]);
    expect(sakipKategori([[85]], [[""]])).toStrictEqual([["Sangat Berhasil"]]);
  });

  test("Indonesian text capaian", () => {
    expect(sakipKategori([["95,50%"], ["76 Prosen"]])).toStrictEqual([
      ["Sangat Tinggi"],
      ["Tinggi"],
    ]);
  });

  test("a user table: lower | label and lower | upper | label, spare empty rows ignored", () => {
    const dua = [
      [90, "Baik Sekali"],
      [70, "Baik"],
      [0, "Kurang"],
      ["", ""],
    ];
    expect(sakipKategori([[95], [75], [10]], dua)).toStrictEqual([
      ["Baik Sekali"],
      ["Baik"],
      ["Kurang"],
    ]);
    // Number bounds are inclusive, so adjacent bands state the strict side as text.
    const tiga = [
      [80, "", "A"],
      [60, "<80", "B"],
      [0, "<60", "C"],
    ];
    expect(sakipKategori([[90], [80], [79.9], [30]], tiga)).toStrictEqual([
      ["A"],
      ["A"],
      ["B"],
      ["C"],
    ]);
  });

  test("unknown preset, bad table shape or an unusable table: #VALUE! in every cell", () => {
    const tidakDikenal = VALUE(
      'Skala "permen" tidak dikenal. Gunakan permendagri86, permendagri86-bulat atau atribut, ' +
        "atau rujuk rentang tabel skala (batas bawah | label, atau batas bawah | batas atas | label).",
    );
    expect(sakipKategori([[95], [60]], [["permen"]])).toStrictEqual([
      [tidakDikenal],
      [tidakDikenal],
    ]);
    const bentuk = VALUE(
      "Tabel skala harus 2 atau 3 kolom: batas bawah | label, atau batas bawah | batas atas | label.",
    );
    expect(
      sakipKategori(
        [[95]],
        [
          [1, 2, 3, "a"],
          [0, 1, 2, "b"],
        ],
      ),
    ).toStrictEqual([[bentuk]]);
    const tumpang = sel(
      sakipKategori(
        [[95]],
        [
          [0, 80, "B"],
          [70, 100, "A"],
        ],
      ),
    );
    expect(tumpang).toBeInstanceOf(ErrorPalsu);
    expect((tumpang as ErrorPalsu).code).toBe("#VALUE!");
    expect((tumpang as ErrorPalsu).message).toMatch(/^Tabel skala tidak dapat dipakai: .+\.$/);
  });

  test("pending, grade and unreadable capaian", () => {
    expect(sakipKategori([["-"]])).toStrictEqual([
      [NA((bacaNilai("-") as { reason: string }).reason)],
    ]);
    expect(sakipKategori([["BB"]])).toStrictEqual([
      [VALUE('"BB" adalah predikat evaluasi SAKIP (urutan 5 dari 7, AA tertinggi), bukan angka.')],
    ]);
  });
});

describe("SAKIP.SERAPAN and SAKIP.SISA", () => {
  test("numbers and rupiah text", () => {
    expect(sakipSerapan([[1000000]], [[750000]])).toStrictEqual([[75]]);
    expect(sakipSerapan([["Rp 1.000.000,-"]], [["Rp. 750.000,00"]])).toStrictEqual([[75]]);
    expect(sakipSisa([["Rp 1.234.567,-"]], [[234567]])).toStrictEqual([[1000000]]);
    expect(sakipSisa([["3.952.453.098"]], [["3.952.453.000"]])).toStrictEqual([[98]]);
  });

  test("ranges, broadcast pagu, mismatch", () => {
    expect(sakipSerapan([[200], [400]], [[100], [100]])).toStrictEqual([[50], [25]]);
    expect(sakipSerapan([[400]], [[100], [300]])).toStrictEqual([[25], [75]]);
    expect(sakipSisa([[400], [300]], [[100]])).toStrictEqual([[300], [200]]);
    expect(sakipSisa([[400], [300]], [[100, 50]])).toStrictEqual([
      [300, UKURAN],
      [UKURAN, UKURAN],
    ]);
  });

  test("pagu 0 gives #DIV/0!; pending gives #N/A", () => {
    expect(sakipSerapan([[0]], [[10]])).toStrictEqual([[DIV0]]);
    expect(sakipSerapan([["-"]], [[10]])).toStrictEqual([
      [dariEngine(hitungSerapan(bacaNilai("-"), 10))],
    ]);
    expect((sel(sakipSerapan([["-"]], [[10]])) as ErrorPalsu).code).toBe("#N/A");
  });
});

describe("SAKIP.EFISIENSI", () => {
  test("selisih by default, rasio, indeks", () => {
    expect(sakipEfisiensi([[95]], [[80]])).toStrictEqual([[15]]);
    expect(sakipEfisiensi([[95]], [[80]], [["rasio"]])).toStrictEqual([[1.1875]]);
    expect(sakipEfisiensi([[95]], [[80]], [["Indeks"]])).toStrictEqual([[118.75]]);
    expect(sakipEfisiensi([["95%"]], [["80,00%"]])).toStrictEqual([[15]]);
  });

  test("the default method comes from the settings", () => {
    aturPengaturanFungsi({ metodeEfisiensi: "indeks" });
    expect(sakipEfisiensi([[95]], [[80]])).toStrictEqual([[118.75]]);
  });

  test("ranges and per-row methods", () => {
    expect(sakipEfisiensi([[95], [60]], [[80]], [["selisih"], ["rasio"]])).toStrictEqual([
      [15],
      [0.75],
    ]);
  });

  test("errors", () => {
    expect(sakipEfisiensi([[95]], [[80]], [["persen"]])).toStrictEqual([
      [VALUE('Metode efisiensi "persen" tidak dikenal. Gunakan selisih, rasio atau indeks.')],
    ]);
    expect(sakipEfisiensi([[95]], [[0]], [["rasio"]])).toStrictEqual([
      [dariEngine(hitungEfisiensi(95, 0, "rasio"))],
    ]);
    expect(sakipEfisiensi([[""]], [[80]])).toStrictEqual([
      [NA((bacaNilai("") as { reason: string }).reason)],
    ]);
  });
});

describe("SAKIP.KATEGORI.EFISIENSI", () => {
  test("thresholds of each method", () => {
    expect(sakipKategoriEfisiensi([[15], [0], [-3]])).toStrictEqual([
      ["Efisien"],
      ["Tidak Efisien"],
      ["Tidak Efisien"],
    ]);
    expect(sakipKategoriEfisiensi([[1], [0.9]], [["rasio"]])).toStrictEqual([
      ["Efisien"],
      ["Tidak Efisien"],
    ]);
    expect(sakipKategoriEfisiensi([[100], [99.9]], [["indeks"]])).toStrictEqual([
      ["Efisien"],
      ["Tidak Efisien"],
    ]);
  });

  test("office bands for indeks", () => {
    const pita = [
      [120, "Sangat Efisien"],
      [100, "Efisien"],
      [80, "Cukup Efisien"],
      [0, "Kurang Efisien"],
    ];
    expect(sakipKategoriEfisiensi([[130], [118.75], [85], [10]], [["indeks"]], pita)).toStrictEqual(
      [["Sangat Efisien"], ["Efisien"], ["Cukup Efisien"], ["Kurang Efisien"]],
    );
    expect(sakipKategoriEfisiensi([[15]], [["selisih"]], pita)).toStrictEqual([
      [VALUE("Pita kategori hanya berlaku untuk metode indeks, bukan selisih.")],
    ]);
    expect(sakipKategoriEfisiensi([[15]], undefined, pita)).toStrictEqual([
      [VALUE("Pita kategori hanya berlaku untuk metode indeks, bukan selisih.")],
    ]);
  });

  test("the workbook's bands apply to indeks only", () => {
    const pitaEfisiensi = skalaDariTabel([
      [100, "Efisien"],
      [0, "Kurang Efisien"],
    ]).skala;
    aturPengaturanFungsi({ pitaEfisiensi });
    expect(sakipKategoriEfisiensi([[110], [50]], [["indeks"]])).toStrictEqual([
      ["Efisien"],
      ["Kurang Efisien"],
    ]);
    expect(sakipKategoriEfisiensi([[5], [-5]])).toStrictEqual([["Efisien"], ["Tidak Efisien"]]);
  });

  test("unknown method", () => {
    expect(sakipKategoriEfisiensi([[15]], [["x"]])).toStrictEqual([
      [VALUE('Metode efisiensi "x" tidak dikenal. Gunakan selisih, rasio atau indeks.')],
    ]);
  });
});

describe("SAKIP.NILAI", () => {
  test("Indonesian-formatted values become numbers; percents in percent points", () => {
    expect(
      sakipNilai([
        ["76,50%"],
        ["80 Prosen"],
        ["Rp 1.234.567,-"],
        ["18 dokumen"],
        ["92 poin"],
        [42],
      ]),
    ).toStrictEqual([[76.5], [80], [1234567], [18], [92], [42]]);
    expect(sakipNilai([["3.952.453.098"]])).toStrictEqual([[3952453098]]);
    expect(sakipNilai([["12.44"]])).toStrictEqual([[12.44]]);
  });

  test("a column is read together: its other cells settle an ambiguous separator", () => {
    expect(sakipNilai([["1.500"], ["2.250,75"]])).toStrictEqual([[1500], [2250.75]]);
  });

  test("grade, pending and unreadable", () => {
    expect(sakipNilai([["BB"], ["-"], ["71% 55%"]])).toStrictEqual([
      [VALUE('"BB" adalah predikat evaluasi SAKIP (urutan 5 dari 7, AA tertinggi), bukan angka.')],
      [NA((bacaNilai("-") as { reason: string }).reason)],
      [VALUE((bacaNilai("71% 55%") as { reason: string }).reason)],
    ]);
  });
});

describe("SAKIP.CAPAIAN.RENSTRA", () => {
  test("realisasi over the end target", () => {
    expect(sakipCapaianRenstra([[60]], [[80]])).toStrictEqual([[75]]);
    expect(sakipCapaianRenstra([[60], ["45 Dok"]], [["80 Dok"]])).toStrictEqual([[75], [56.25]]);
  });

  test("target 0 and pending", () => {
    expect(sakipCapaianRenstra([[60]], [[0]])).toStrictEqual([
      [dariEngine(kemajuanRenstra(60, 0))],
    ]);
    expect(sakipCapaianRenstra([["-"]], [[80]])).toStrictEqual([
      [NA((bacaNilai("-") as { reason: string }).reason)],
    ]);
  });
});
