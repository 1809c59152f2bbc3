import { angkaDari, bacaKolom, bacaNilai, type Nilai, type RawCell } from "../../src/core/nilai";

type TanpaRaw<T> = T extends unknown ? Omit<T, "raw"> : never;
type Harapan = TanpaRaw<Nilai>;

const angka = (value: number, unit?: string): Harapan =>
  unit === undefined ? { kind: "number", value } : { kind: "number", value, unit };
const persen = (value: number, unit = "%"): Harapan => ({ kind: "percent", value, unit });
const nilai = (grade: string, rank: number): Harapan => ({ kind: "grade", grade, rank });
const tunda = (reason: string): Harapan => ({ kind: "pending", reason });

describe("bacaNilai: exact readings", () => {
  const kasus: [string, Harapan][] = [
    // decimal comma and decimal point
    ["76,50", angka(76.5)],
    ["76,5", angka(76.5)],
    ["14,8", angka(14.8)],
    ["0,64", angka(0.64)],
    ["12.44", angka(12.44)],
    ["1.5", angka(1.5)],
    ["0.2", angka(0.2)],
    ["13.00", angka(13)],
    ["1.50", angka(1.5)],
    [".5", angka(0.5)],
    ["0.500", angka(0.5)],
    ["0,500", angka(0.5)],
    ["1234.567", angka(1234.567)],
    ["1234,567", angka(1234.567)],
    ["0", angka(0)],
    ["100", angka(100)],
    ["455,2", angka(455.2)],
    // thousands
    ["3.952.453.098", angka(3952453098)],
    ["12.649.363.995", angka(12649363995)],
    ["267,066,500", angka(267066500)],
    ["1,234.56", angka(1234.56)],
    ["1.234,56", angka(1234.56)],
    ["1.756.343.000,00", angka(1756343000)],
    ["138.209.852,00", angka(138209852)],
    ["1000,00", angka(1000)],
    ["11.674.610.355,-", angka(11674610355)],
    ["976.183.907,-", angka(976183907)],
    ["1.500,-", angka(1500)],
    ["1,234,567.-", angka(1234567)],
    ["5.000,\u2013", angka(5000)],
    ["1.000.000.000.000.000.000", angka(1e18)],
    // currency
    ["Rp 1.234.567,-", angka(1234567, "Rp")],
    ["Rp. 27.910.420.344", angka(27910420344, "Rp")],
    ["Rp.10.717.987.308,-", angka(10717987308, "Rp")],
    ["RP 5.000", angka(5000, "Rp")],
    ["Rp 1.500", angka(1500, "Rp")],
    ["Rp 1,500", angka(1500, "Rp")],
    ["1.500 rupiah", angka(1500, "rupiah")],
    ["-Rp 5.000", angka(-5000, "Rp")],
    // signs
    ["-5", angka(-5)],
    ["- 5", angka(-5)],
    ["+7", angka(7)],
    ["-0,25", angka(-0.25)],
    ["\u22123", angka(-3)],
    ["-0", angka(0)],
    // percent
    ["5.6%", persen(5.6)],
    ["0.5%", persen(0.5)],
    ["6.1%", persen(6.1)],
    ["14,8%", persen(14.8)],
    ["76,50 %", persen(76.5)],
    ["100 %", persen(100)],
    ["232%", persen(232)],
    ["100 Prosen", persen(100, "Prosen")],
    ["12.44 Prosen", persen(12.44, "Prosen")],
    ["80 persen", persen(80, "persen")],
    ["80 Persen", persen(80, "Persen")],
    ["80 PROSEN", persen(80, "PROSEN")],
    ["80prosen", persen(80, "prosen")],
    ["100\u00a0%", persen(100)],
    ["\u00a0 12,5% \u00a0", persen(12.5)],
    ["7\uff05", persen(7)],
    ["5 % per tahun", persen(5, "% per tahun")],
    // units
    ["18 dokumen", angka(18, "dokumen")],
    ["12Laporan", angka(12, "Laporan")],
    ["2Kali", angka(2, "Kali")],
    ["1 Dok", angka(1, "Dok")],
    ["200orang", angka(200, "orang")],
    ["87 orang/bulan", angka(87, "orang/bulan")],
    ["1500 Unit", angka(1500, "Unit")],
    ["2 pelaku usaha", angka(2, "pelaku usaha")],
    ["2 Jasa\u00a0\u00a0layanan", angka(2, "Jasa layanan")],
    ["92 poin", angka(92, "poin")],
    ["100 Unit Usaha", angka(100, "Unit Usaha")],
    ["10 m2", angka(10, "m2")],
    ["5 x", angka(5, "x")],
    ["1E+05", angka(100000)],
    // grades
    ["A", nilai("A", 6)],
    ["AA", nilai("AA", 7)],
    ["aa", nilai("AA", 7)],
    ["BB", nilai("BB", 5)],
    ["B", nilai("B", 4)],
    ["CC", nilai("CC", 3)],
    ["C", nilai("C", 2)],
    ["D", nilai("D", 1)],
    [" b ", nilai("B", 4)],
    ["B B", nilai("BB", 5)],
    ["Nilai BB", nilai("BB", 5)],
    ["Predikat A", nilai("A", 6)],
    ["Nilai SAKIP: CC", nilai("CC", 3)],
    // pending
    ["", tunda("sel kosong")],
    ["   ", tunda("sel kosong")],
    ["\u00a0\t", tunda("sel kosong")],
    ["-", tunda("belum ada data (-)")],
    ["\u2013", tunda("belum ada data (\u2013)")],
    ["\u2014", tunda("belum ada data (\u2014)")],
    ["NA", tunda("belum ada data (NA)")],
    ["N/A", tunda("belum ada data (N/A)")],
    ["n.a", tunda("belum ada data (n.a)")],
    ["#N/A", tunda("belum ada data (#N/A)")],
    ["belum ada data", tunda("belum ada data")],
    ["Belum Ada Data", tunda("belum ada data")],
    ["Rp.", tunda("sel kosong (hanya 'Rp.')")],
    ["Rp", tunda("sel kosong (hanya 'Rp')")],
    [
      "Menunggu Rilis PDRB oleh BPS 2024",
      tunda("menunggu rilis data: Menunggu Rilis PDRB oleh BPS 2024"),
    ],
    ["Menunggu Rilis resmi BPS 2024", tunda("menunggu rilis data: Menunggu Rilis resmi BPS 2024")],
    ["5,20% (menunggu rilis)", tunda("menunggu rilis data: 5,20% (menunggu rilis)")],
    ["Meningkat", tunda("target berupa teks, bukan angka: 'Meningkat'")],
    ["Menurun", tunda("target berupa teks, bukan angka: 'Menurun'")],
    ["naik", tunda("target berupa teks, bukan angka: 'naik'")],
    ["Turun", tunda("target berupa teks, bukan angka: 'Turun'")],
    ["Tercapai", tunda("target berupa teks, bukan angka: 'Tercapai'")],
    ["Ada", tunda("target berupa teks, bukan angka: 'Ada'")],
    ["Tersedia", tunda("target berupa teks, bukan angka: 'Tersedia'")],
    ["Opini WTP", tunda("target berupa teks, bukan angka: 'Opini WTP'")],
  ];

  test("covers at least 80 formats", () => {
    expect(kasus.length).toBeGreaterThanOrEqual(80);
  });

  test.each(kasus)("%j", (input, harapan) => {
    expect(bacaNilai(input)).toEqual({ raw: input, ...harapan });
  });
});

describe("bacaNilai: unreadable, with a reason", () => {
  const kasus: [string, string][] = [
    ["56.751.3042,00", "kelompok '3042' harus 3 angka"],
    ["10.711482.609", "kelompok '711482' harus 3 angka"],
    ["Rp 10.711482.609,-", "kelompok '711482' harus 3 angka"],
    ["15.93451165948,-", "kelompok '93451165948' harus 3 angka"],
    ["2.17.05", "kelompok '17' harus 3 angka"],
    ["1234.567.890", "kelompok '1234' harus 3 angka"],
    ["1.234.5", "kelompok '5' harus 3 angka"],
    ["1.234,567.89", "susunan titik dan koma pada '1.234,567.89' tidak teratur"],
    ["6.174.187. 520", "angka terpotong spasi: '6.174.187. 520'"],
    ["Persentase (%)", "tidak dapat dibaca sebagai angka: 'Persentase (%)'"],
    ["$91 \\leq 100$", "sisa format LaTeX/HTML di dalam sel"],
    ["91 \\leq 100", "sisa format LaTeX/HTML di dalam sel"],
    ["<u>Nilai PDRB Tahun N-1</u>", "sisa format LaTeX/HTML di dalam sel"],
    ["$\\frac{a}{b}$", "sisa format LaTeX/HTML di dalam sel"],
    ["≥ 80%", "target berupa batas atau kisaran, bukan satu angka: '≥ 80%'"],
    ["#DIV/0!", "galat Excel di dalam sel: '#DIV/0!'"],
    ["asal ketik", "tidak dapat dibaca sebagai angka: 'asal ketik'"],
    ["Dokumen", "tidak dapat dibaca sebagai angka: 'Dokumen'"],
    ["5 ?", "tidak dapat dibaca sebagai angka: '5 ?'"],
    ["(5", "tidak dapat dibaca sebagai angka: '(5'"],
    ["5)", "tidak dapat dibaca sebagai angka: '5)'"],
    ["1..5", "tidak dapat dibaca sebagai angka: '1..5'"],
    ["Rp 5%", "tidak dapat dibaca sebagai angka: 'Rp 5%'"],
    ["6e700", "angka di luar jangkauan: '6e700'"],
    ["9".repeat(400), "angka di luar jangkauan"],
  ];
  test.each(kasus)("%j", (input, alasan) => {
    const n = bacaNilai(input);
    expect(n.kind).toBe("unreadable");
    expect(n.raw).toBe(input);
    if (n.kind === "unreadable") {
      expect(n.reason).toContain(alasan);
      expect(n.candidates).toBeUndefined();
    }
    expect(angkaDari(n)).toBeUndefined();
  });
});

describe("bacaNilai: two values in one cell", () => {
  const kasus: [string, Nilai[]][] = [
    [
      "71% 55%",
      [
        { raw: "71%", kind: "percent", value: 71, unit: "%" },
        { raw: "55%", kind: "percent", value: 55, unit: "%" },
      ],
    ],
    [
      "3 Dok 100 %",
      [
        { raw: "3 Dok", kind: "number", value: 3, unit: "Dok" },
        { raw: "100 %", kind: "percent", value: 100, unit: "%" },
      ],
    ],
    [
      "80% / 85%",
      [
        { raw: "80%", kind: "percent", value: 80, unit: "%" },
        { raw: "85%", kind: "percent", value: 85, unit: "%" },
      ],
    ],
    [
      "80 dan 90 Prosen",
      [
        { raw: "80", kind: "number", value: 80 },
        { raw: "90 Prosen", kind: "percent", value: 90, unit: "Prosen" },
      ],
    ],
  ];
  test.each(kasus)("%j", (input, calon) => {
    expect(bacaNilai(input)).toEqual({
      raw: input,
      kind: "unreadable",
      reason: "dua nilai dalam satu sel",
      candidates: calon,
    });
  });

  test("three values are all kept", () => {
    const n = bacaNilai("10% 20% 30%");
    expect(n.kind).toBe("unreadable");
    if (n.kind === "unreadable") {
      expect(n.reason).toBe("3 nilai dalam satu sel");
      expect(n.candidates?.map(angkaDari)).toEqual([10, 20, 30]);
    }
  });
});

describe("bacaNilai: separators the text alone cannot settle", () => {
  test.each([
    ["1.500", 1500, "dibaca 1500, menurut kebiasaan Indonesia"],
    ["1,500", 1.5, "dibaca 1,5, menurut kebiasaan Indonesia"],
    ["246.250", 246250, "dibaca 246250, menurut kebiasaan Indonesia"],
    ["12,050", 12.05, "dibaca 12,05, menurut kebiasaan Indonesia"],
  ])("%j reads as %d by Indonesian custom and says so", (input, value, catatan) => {
    const n = bacaNilai(input);
    expect(n).toMatchObject({ raw: input, kind: "number", value });
    expect(n.kind === "number" && n.ambiguous).toContain(catatan);
  });

  test("percent unit keeps the same rule but is marked", () => {
    const n = bacaNilai("1.500%");
    expect(n).toMatchObject({ kind: "percent", value: 1500, unit: "%" });
    expect(n.kind === "percent" && n.ambiguous).toContain("bisa dibaca 1500");
  });

  test.each([
    ["1.500", ".", 1.5, "karena pemisah desimal ditetapkan titik"],
    ["1.500", ",", 1500, "karena pemisah desimal ditetapkan koma"],
    ["1,500", ".", 1500, "karena pemisah desimal ditetapkan titik"],
    ["1,500", ",", 1.5, "karena pemisah desimal ditetapkan koma"],
  ] as const)("%j with options.decimal %j reads %d", (input, decimal, value, catatan) => {
    const n = bacaNilai(input, { decimal });
    expect(angkaDari(n)).toBe(value);
    expect(n.kind === "number" && n.ambiguous).toContain(catatan);
  });

  test("options.decimal does not override unambiguous text", () => {
    expect(bacaNilai("3.952.453.098", { decimal: "." })).toEqual({
      raw: "3.952.453.098",
      kind: "number",
      value: 3952453098,
    });
    expect(bacaNilai("12,44", { decimal: "." })).toEqual({
      raw: "12,44",
      kind: "number",
      value: 12.44,
    });
  });

  test("brackets read negative, accounting style, and say so", () => {
    const n = bacaNilai("(5)");
    expect(n).toMatchObject({ raw: "(5)", kind: "number", value: -5 });
    expect(n.kind === "number" && n.ambiguous).toBe(
      "angka dalam kurung '(5)' dibaca negatif (kebiasaan akuntansi)",
    );
    expect(bacaNilai("(1.234.567)")).toMatchObject({ kind: "number", value: -1234567 });
    expect(bacaNilai("(81,99%)")).toMatchObject({ kind: "percent", value: -81.99 });
  });
});

describe("bacaNilai: non-text inputs", () => {
  const kasus: [RawCell, boolean, Nilai][] = [
    [76.5, false, { raw: "76.5", kind: "number", value: 76.5 }],
    [0, false, { raw: "0", kind: "number", value: 0 }],
    [-3, false, { raw: "-3", kind: "number", value: -3 }],
    [0.7704, true, { raw: "0.7704", kind: "percent", value: 77.04, unit: "%", fromFormat: true }],
    [0.765, true, { raw: "0.765", kind: "percent", value: 76.5, unit: "%", fromFormat: true }],
    [1.1, true, { raw: "1.1", kind: "percent", value: 110, unit: "%", fromFormat: true }],
    [NaN, false, { raw: "NaN", kind: "unreadable", reason: "bukan angka yang sah (NaN)" }],
    [
      Infinity,
      false,
      { raw: "Infinity", kind: "unreadable", reason: "angka tak hingga (Infinity)" },
    ],
    [
      -Infinity,
      true,
      { raw: "-Infinity", kind: "unreadable", reason: "angka tak hingga (-Infinity)" },
    ],
    [true, false, { raw: "true", kind: "unreadable", reason: "nilai logika (TRUE), bukan angka" }],
    [
      false,
      false,
      { raw: "false", kind: "unreadable", reason: "nilai logika (FALSE), bukan angka" },
    ],
    [null, false, { raw: "", kind: "pending", reason: "sel kosong" }],
    [undefined, false, { raw: "", kind: "pending", reason: "sel kosong" }],
  ];
  test.each(kasus)("%p (percentFormat %p)", (input, percentFormat, harapan) => {
    expect(bacaNilai(input, { percentFormat })).toEqual(harapan);
  });

  test("percentFormat does not rescale text", () => {
    expect(bacaNilai("76,50%", { percentFormat: true })).toEqual({
      raw: "76,50%",
      kind: "percent",
      value: 76.5,
      unit: "%",
    });
  });

  test("an object that slipped through the types is unreadable, not a crash", () => {
    const aneh = { richText: [] } as unknown as RawCell;
    expect(bacaNilai(aneh)).toMatchObject({ kind: "unreadable" });
  });
});

describe("bacaKolom", () => {
  test("a decimal point elsewhere in the column settles 1.500 as 1,5", () => {
    const [a, b, c] = bacaKolom(["12.44", "1.500", "1,500"]);
    expect(a).toEqual({ raw: "12.44", kind: "number", value: 12.44 });
    expect(b).toMatchObject({ raw: "1.500", kind: "number", value: 1.5 });
    expect(b.kind === "number" && b.ambiguous).toContain(
      "karena sel lain di kolom ini memakai titik sebagai pemisah desimal",
    );
    expect(c).toMatchObject({ raw: "1,500", kind: "number", value: 1500 });
  });

  test("thousands dots elsewhere confirm 1.500 as 1500 and say the column settled it", () => {
    const [, b] = bacaKolom(["3.952.453", "1.500"]);
    expect(b).toMatchObject({ kind: "number", value: 1500 });
    expect(b.kind === "number" && b.ambiguous).toContain(
      "karena sel lain di kolom ini memakai koma sebagai pemisah desimal",
    );
  });

  test("thousands commas elsewhere read 1,500 as 1500", () => {
    const [, b] = bacaKolom(["267,066,500", "1,500"]);
    expect(angkaDari(b)).toBe(1500);
  });

  test("both conventions in one column: each cell keeps its own reading", () => {
    const hasil = bacaKolom(["6.1%", "14,8%", "1.500"]);
    expect(hasil.map(angkaDari)).toEqual([6.1, 14.8, 1500]);
    const c = hasil[2];
    expect(c.kind === "number" && c.ambiguous).toContain("menurut kebiasaan Indonesia");
  });

  test("no evidence: Indonesian custom, same as bacaNilai", () => {
    expect(bacaKolom(["1.500", "-", "A"])).toEqual([
      bacaNilai("1.500"),
      bacaNilai("-"),
      bacaNilai("A"),
    ]);
  });

  test("percent formats apply per cell", () => {
    const hasil = bacaKolom([0.765, 0.765, "80%"], [true, false, true]);
    expect(hasil).toEqual([
      { raw: "0.765", kind: "percent", value: 76.5, unit: "%", fromFormat: true },
      { raw: "0.765", kind: "number", value: 0.765 },
      { raw: "80%", kind: "percent", value: 80, unit: "%" },
    ]);
  });

  test("empty column", () => {
    expect(bacaKolom([])).toEqual([]);
  });

  test("large column stays linear (200k cells)", () => {
    const sel: string[] = [];
    for (let i = 0; i < 200_000; i++) sel.push(i % 2 === 0 ? "1.500" : "12.5");
    const hasil = bacaKolom(sel);
    expect(hasil.length).toBe(200_000);
    expect(angkaDari(hasil[0])).toBe(1.5);
    expect(angkaDari(hasil[1])).toBe(12.5);
  });
});

describe("angkaDari", () => {
  test("value only for number and percent", () => {
    expect(angkaDari(bacaNilai("18 dokumen"))).toBe(18);
    expect(angkaDari(bacaNilai("76,50%"))).toBe(76.5);
    expect(angkaDari(bacaNilai("AA"))).toBeUndefined();
    expect(angkaDari(bacaNilai("-"))).toBeUndefined();
    expect(angkaDari(bacaNilai("71% 55%"))).toBeUndefined();
  });
});
