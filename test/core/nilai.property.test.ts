import fc from "fast-check";
import { angkaDari, bacaKolom, bacaNilai, type Nilai } from "../../src/core/nilai";

const JENIS = new Set(["number", "percent", "grade", "pending", "unreadable"]);

/** Checks the shape every reading must have, candidates included. */
function bentukSah(n: Nilai): void {
  expect(JENIS.has(n.kind)).toBe(true);
  expect(typeof n.raw).toBe("string");
  switch (n.kind) {
    case "number":
    case "percent":
      expect(Number.isFinite(n.value)).toBe(true);
      break;
    case "grade":
      expect(["AA", "A", "BB", "B", "CC", "C", "D"]).toContain(n.grade);
      break;
    case "pending":
      expect(n.reason.length).toBeGreaterThan(0);
      break;
    case "unreadable":
      expect(n.reason.length).toBeGreaterThan(0);
      for (const c of n.candidates ?? []) bentukSah(c);
      break;
  }
}

const POTONGAN = [
  ..."0123456789",
  ".",
  ",",
  "%",
  " ",
  "\u00a0",
  "-",
  "+",
  "(",
  ")",
  "/",
  ",-",
  "Rp",
  "Rp.",
  "Prosen",
  "persen",
  "Dok",
  "dokumen",
  "Unit Usaha",
  "orang/bulan",
  "poin",
  "A",
  "BB",
  "NA",
  "Menunggu",
  "$",
  "\\leq",
  "e",
];
const teksAngka = fc
  .array(fc.constantFrom(...POTONGAN), { maxLength: 12 })
  .map((xs) => xs.join(""));

/** Long runs of digits and separators: values past 2^53 and past Number.MAX_VALUE. */
const digitPanjang = fc.string({ unit: fc.constantFrom(..."0123456789.,"), maxLength: 400 });

const sembarang = fc.oneof(
  fc.string(),
  digitPanjang,
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  teksAngka,
);

/** Small magnitudes too: `1.500` (one dot, three digits) is the case most easily misread. */
const bulatCampur = fc.oneof(
  fc.bigInt({ min: -9999n, max: 9999n }),
  fc.bigInt({ min: -999_999n, max: 999_999n }),
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
);

/** Indonesian format: thousands dots, decimal comma. */
function ribuan(n: bigint): string {
  const tanda = n < 0n ? "-" : "";
  const digit = (n < 0n ? -n : n).toString();
  let keluar = "";
  for (let i = 0; i < digit.length; i++) {
    if (i > 0 && (digit.length - i) % 3 === 0) keluar += ".";
    keluar += digit[i];
  }
  return tanda + keluar;
}

describe("bacaNilai properties", () => {
  test("never throws, always one of the five kinds, raw is the input", () => {
    fc.assert(
      fc.property(sembarang, (s) => {
        const n = bacaNilai(s);
        bentukSah(n);
        expect(n.raw).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  test("also with options set", () => {
    fc.assert(
      fc.property(
        sembarang,
        fc.boolean(),
        fc.constantFrom(",", ".", undefined),
        (s, percentFormat, decimal) => {
          const n = bacaNilai(s, { percentFormat, decimal });
          bentukSah(n);
          expect(n.raw).toBe(s);
        },
      ),
    );
  });

  test("any JS number: finite ones read back exactly, others are unreadable", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const n = bacaNilai(x);
        bentukSah(n);
        if (Number.isFinite(x)) expect(angkaDari(n)).toBe(x);
        else expect(n.kind).toBe("unreadable");
      }),
    );
  });

  test("surrounding whitespace changes nothing but raw", () => {
    fc.assert(
      fc.property(teksAngka, fc.constantFrom(" ", "\u00a0", "\t", "  \u202f"), (s, w) => {
        const dibungkus = w + s + w;
        expect(bacaNilai(dibungkus)).toEqual({ ...bacaNilai(s), raw: dibungkus });
      }),
    );
  });

  test("an integer written with Indonesian thousands dots reads back to itself", () => {
    fc.assert(
      fc.property(bulatCampur, (n) => {
        const teks = ribuan(n);
        const hasil = bacaNilai(teks);
        expect(hasil.kind).toBe("number");
        expect(angkaDari(hasil)).toBe(Number(n));
      }),
      { numRuns: 2000 },
    );
  });

  test("a 2-decimal number with decimal comma (and optional %) reads back", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -99_999n, max: 99_999n }),
          fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        ),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("%", " %", " Prosen", ""),
        (sen, titikRibuan, spasi, akhiran) => {
          const mutlak = sen < 0n ? -sen : sen;
          const bulat = mutlak / 100n;
          const pecahan = (mutlak % 100n).toString().padStart(2, "0");
          const depan = titikRibuan ? ribuan(bulat) : bulat.toString();
          const teks = `${sen < 0n ? "-" : ""}${spasi ? " " : ""}${depan},${pecahan}${akhiran}`;
          const hasil = bacaNilai(teks);
          expect(hasil.kind).toBe(akhiran === "" ? "number" : "percent");
          const nilai = angkaDari(hasil);
          expect(nilai).toBeDefined();
          expect(Math.abs((nilai as number) - Number(sen) / 100)).toBeLessThanOrEqual(1e-9);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("bacaKolom: same length, never throws, only ambiguous cells differ from bacaNilai", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(teksAngka, fc.string()), { maxLength: 30 }), (sel) => {
        const kolom = bacaKolom(sel);
        expect(kolom.length).toBe(sel.length);
        kolom.forEach((n, i) => {
          bentukSah(n);
          expect(n.raw).toBe(sel[i]);
          const sendiri = bacaNilai(sel[i]);
          const ambigu =
            (sendiri.kind === "number" || sendiri.kind === "percent") &&
            sendiri.ambiguous?.includes("bisa dibaca") === true;
          if (!ambigu) expect(n).toEqual(sendiri);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
