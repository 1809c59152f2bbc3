import {
  bacaKode,
  gayaKode,
  induKode,
  tingkatKode,
  type Kode,
  type KonteksKode,
} from "../../../src/core/tabel/kode";

const k = (s: string): Kode => {
  const h = bacaKode(s);
  if (h === undefined) throw new Error(s);
  return h;
};

describe("bacaKode", () => {
  it.each([
    ["2.17.01", "2.17.01"],
    ["2.17.01.2.01.", "2.17.01.2.01"],
    ["2.17.05.2. 01.", "2.17.05.2.01"],
    [" 1.1 ", "1.1"],
    ["1.", "1"],
    ["01", "01"],
    ["2.6.01.01.2.01.00", "2.6.01.01.2.01.00"],
  ])("%p -> %p", (raw, norm) => {
    expect(bacaKode(raw)?.norm).toBe(norm);
    expect(bacaKode(raw)?.raw).toBe(raw.trim());
  });

  it.each(["", "PROGRAM", "1.1a", "..1", "12345", "1..2", "Rp. 1.000"])("%p bukan kode", (raw) => {
    expect(bacaKode(raw)).toBeUndefined();
  });
});

describe("gayaKode", () => {
  it("nomenklatur, penomoran perangkat daerah, nomor urut", () => {
    expect(gayaKode([k("2.17.01"), k("2.01"), k("01")])).toBe("nomenklatur");
    expect(gayaKode([k("2.3."), k("2.3.01."), k("2.3.01.03.")])).toBe("kantor");
    expect(gayaKode([k("1."), k("1.1"), k("2")])).toBe("urut");
  });
});

describe("tingkatKode", () => {
  it("nomenklatur penuh", () => {
    const ktx: KonteksKode = {};
    expect(tingkatKode(k("2.17.01"), "nomenklatur", ktx)).toMatchObject({
      level: "program",
      penuh: "2.17.01",
      alasan: "kode 2.17.01 berpola program",
    });
    expect(tingkatKode(k("2.17.01.2.01"), "nomenklatur", ktx).level).toBe("kegiatan");
    expect(tingkatKode(k("2.17.01.2.01.0001"), "nomenklatur", ktx).level).toBe("subkegiatan");
    expect(tingkatKode(k("2.17.01.2.01.01"), "nomenklatur", ktx).level).toBe("subkegiatan");
  });

  it("kode relatif di bawah kode di atasnya", () => {
    const ktx: KonteksKode = {};
    tingkatKode(k("2.17.01"), "nomenklatur", ktx);
    expect(tingkatKode(k("2.01"), "nomenklatur", ktx)).toEqual({
      level: "kegiatan",
      penuh: "2.17.01.2.01",
      alasan: "kode relatif 2.01 di bawah program 2.17.01: kegiatan",
      relatif: true,
    });
    expect(tingkatKode(k("03"), "nomenklatur", ktx)).toMatchObject({
      level: "subkegiatan",
      penuh: "2.17.01.2.01.03",
    });
    tingkatKode(k("2.17.02"), "nomenklatur", ktx);
    expect(tingkatKode(k("2.01"), "nomenklatur", ktx).penuh).toBe("2.17.02.2.01");
  });

  it("awalan penomoran perangkat daerah", () => {
    const ktx: KonteksKode = {};
    expect(tingkatKode(k("2.3."), "kantor", ktx).level).toBe("tujuan");
    expect(tingkatKode(k("2.3.01."), "kantor", ktx).level).toBe("sasaran");
    expect(tingkatKode(k("2.3.01.03."), "kantor", ktx).level).toBe("program");
    expect(tingkatKode(k("2.6.01.01.2.06."), "kantor", ktx).level).toBe("kegiatan");
    expect(tingkatKode(k("2.6.01.01.2.06.00"), "kantor", ktx)).toMatchObject({
      level: "subkegiatan",
      alasan: "kode 2.6.01.01.2.06.00 berpola sub kegiatan (penomoran perangkat daerah)",
    });
  });
});

describe("induKode", () => {
  it("awalan terdekat yang ada", () => {
    const peta = new Map([
      ["2.17.01", 3],
      ["2.17.01.2.01", 4],
    ]);
    expect(induKode("2.17.01.2.01.0001", peta)).toBe("2.17.01.2.01");
    expect(induKode("2.17.01.2.02", peta)).toBe("2.17.01");
    expect(induKode("2.17.02", peta)).toBeUndefined();
  });
});
