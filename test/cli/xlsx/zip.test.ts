import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { crc32, crc32Table, entryData, readZip, writeZip } from "../../../src/cli/xlsx/zip";
import { isEncryptedPackage, isOle, oleEntryNames } from "../../../src/cli/xlsx/ole";
import { isoToSerial } from "../../../src/cli/xlsx/sheet-xml";
import { fixture } from "./helpers";

describe("zip", () => {
  const sample = zipSync(
    { "a.xml": strToU8("<a>halo</a>".repeat(50)), "dir/b.bin": Uint8Array.from([1, 2, 3]) },
    { level: 9 },
  );

  test("reads names and contents; copies keep the compressed bytes", () => {
    const z = readZip(sample);
    expect(z.entries.map((e) => e.name)).toEqual(["a.xml", "dir/b.bin"]);
    expect(new TextDecoder().decode(entryData(z.entries[0]))).toBe("<a>halo</a>".repeat(50));
    const out = writeZip([
      { kind: "copy", entry: z.entries[0] },
      { kind: "new", name: "dir/b.bin", data: Uint8Array.from([9, 9]), like: z.entries[1] },
    ]);
    const back = readZip(out);
    expect(Buffer.compare(Buffer.from(back.entries[0].raw), Buffer.from(z.entries[0].raw))).toBe(0);
    expect(unzipSync(out)).toEqual({
      "a.xml": strToU8("<a>halo</a>".repeat(50)),
      "dir/b.bin": Uint8Array.from([9, 9]),
    });
  });

  test("entries written with data descriptors (streaming zips) are read from the central directory", () => {
    const chunks: Uint8Array[] = [];
    const z = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    const f = new ZipDeflate("x.xml", { level: 6 });
    z.add(f);
    f.push(strToU8("<x>satu</x>"), true);
    z.end();
    const data = Uint8Array.from(Buffer.concat(chunks));
    const e = readZip(data).entries[0];
    expect(e.flags & 8).toBe(8);
    expect(new TextDecoder().decode(entryData(e))).toBe("<x>satu</x>");
    // Copied, the entry is readable by another unzipper.
    expect(unzipSync(writeZip([{ kind: "copy", entry: e }]))["x.xml"]).toEqual(
      strToU8("<x>satu</x>"),
    );
  });

  test("crc32: native and table implementations agree with the zip's own", () => {
    const data = strToU8("Capaian kinerja 105,00%");
    expect(crc32(data)).toBe(crc32Table(data));
    expect(crc32Table(strToU8("123456789"))).toBe(0xcbf43926);
    const z = readZip(sample);
    expect(crc32Table(entryData(z.entries[0]))).toBe(z.entries[0].crc);
  });
});

describe("OLE compound files", () => {
  test("directory names of the encrypted stub and the .xls stub", () => {
    expect(oleEntryNames(fixture("encrypted.xlsx"))).toEqual([
      "Root Entry",
      "EncryptionInfo",
      "EncryptedPackage",
    ]);
    expect(oleEntryNames(fixture("old.xls"))).toEqual(["Root Entry", "Workbook"]);
    expect(isEncryptedPackage(fixture("encrypted.xlsx"))).toBe(true);
    expect(isEncryptedPackage(fixture("old.xls"))).toBe(false);
    expect(isOle(fixture("rich.xlsx"))).toBe(false);
  });

  test("a directory that cannot be walked: the stream name is looked for in the bytes", () => {
    const broken = Uint8Array.from(fixture("encrypted.xlsx"));
    new DataView(broken.buffer).setUint32(48, 4000, true); // first directory sector past the end
    expect(oleEntryNames(broken)).toBeUndefined();
    expect(isEncryptedPackage(broken)).toBe(true);
  });
});

describe("isoToSerial", () => {
  test.each([
    ["2023-12-31", false, 45291],
    ["2023-12-31T00:00:00", false, 45291],
    ["2024-01-01T12:00:00Z", false, 45292.5],
    ["2024-01-01T06:00", false, 45292.25],
    ["2024-01-01", true, 43830],
  ])("%s (1904: %s)", (iso, d1904, want) => {
    expect(isoToSerial(iso, d1904)).toBe(want);
  });
  test("not a date", () => {
    expect(isoToSerial("31/12/2023", false)).toBeUndefined();
  });
});
