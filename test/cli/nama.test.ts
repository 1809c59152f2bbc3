/**
 * `kinerja names` and `fill --names`: the names as stored in workbook.xml, read back with
 * fast-xml-parser (independent of exceljs and of the writer's own XML code), and every other
 * part of the file byte for byte as it was.
 */
import { XMLParser } from "fast-xml-parser";
import { unzipSync, strFromU8, zipSync, strToU8 } from "fflate";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { fungsiBukuKerja, NAMA_FUNGSI, PENANDA_KOMENTAR } from "../../src/core/nama-fungsi";
import { PENGATURAN_BAWAAN } from "../../src/core/pengaturan";
import { pasangNamaXml } from "../../src/cli/xlsx/nama-xml";
import { jalankan } from "./jalankan";

const KAYA = path.join(__dirname, "..", "fixtures", "xlsx", "rich.xlsx");
const BERAWALAN = path.join(__dirname, "..", "fixtures", "xlsx", "prefixed.xlsx");
const SEED = path.join(__dirname, "..", "fixtures", "seed-000-cirebon-pk-2024.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-nama-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Nama {
  name: string;
  comment?: string;
  localSheetId?: string;
  teks: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  textNodeName: "teks",
  isArray: (n) => n === "definedName",
});

function namaDari(workbookXml: string): Nama[] {
  const doc = parser.parse(workbookXml) as {
    workbook: { definedNames?: { definedName?: (Nama | string)[] } };
  };
  return (doc.workbook.definedNames?.definedName ?? []).map((d) =>
    typeof d === "string" ? { name: "", teks: d } : { ...d, teks: String(d.teks ?? "") },
  );
}

function urutanAnak(workbookXml: string): string[] {
  const akar =
    /<(?:\w+:)?workbook\b[^>]*>([\s\S]*)<\/(?:\w+:)?workbook>/.exec(workbookXml)?.[1] ?? "";
  const anak: string[] = [];
  let kedalaman = 0;
  for (const m of akar.matchAll(/<(\/?)(?:\w+:)?(\w+)[^>]*?(\/?)>/g)) {
    if (m[1] === "/") kedalaman--;
    else {
      if (kedalaman === 0) anak.push(m[2]);
      if (m[3] !== "/") kedalaman++;
    }
  }
  return anak;
}

/** Parameters appear only as `_xlpm.x` outside text literals; functions newer than 2007 with `_xlfn.`. */
function periksaBentuk(teks: string, parameter: readonly string[]): void {
  expect(teks.startsWith("_xlfn.LAMBDA(")).toBe(true);
  const luar = teks.replace(/"(?:[^"]|"")*"/g, '""');
  for (const p of parameter) {
    expect(luar).toContain(`_xlpm.${p}`);
    expect(luar.replace(new RegExp(`_xlpm\\.${p}\\b`, "g"), "")).not.toMatch(
      new RegExp(`\\b${p}\\b`),
    );
  }
  for (const f of ["LAMBDA", "ISOMITTED", "LET", "IFS"]) {
    expect(luar.replace(new RegExp(`_xlfn\\.${f}\\(`, "g"), "")).not.toMatch(
      new RegExp(`\\b${f}\\(`),
    );
  }
  // Functions Excel 2007 knows carry no prefix.
  expect(luar).not.toMatch(/_xlfn\.(IF|OR|AND|ISBLANK|NA)\(/);
}

function entri(data: Uint8Array) {
  return unzipSync(data);
}

describe("kinerja names", () => {
  it("writes the five names into the rich fixture, touching only workbook.xml", async () => {
    const keluar = path.join(dir, "kaya.xlsx");
    const r = await jalankan(["names", KAYA, "-o", keluar]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(0);
    expect(r.stdout).toContain("dipasang: CAPAIAN, KATEGORI, SERAPAN, SISA, EFISIENSI");
    const asli = entri(await fs.readFile(KAYA));
    const baru = entri(await fs.readFile(keluar));
    expect(Object.keys(baru)).toEqual(Object.keys(asli));
    for (const k of Object.keys(asli)) {
      if (k === "xl/workbook.xml") continue;
      expect(Buffer.compare(Buffer.from(baru[k]), Buffer.from(asli[k]))).toBe(0);
    }
    const xmlAsli = strFromU8(asli["xl/workbook.xml"]);
    const xml = strFromU8(baru["xl/workbook.xml"]);
    const lama = namaDari(xmlAsli);
    expect(lama.map((n) => n.name)).toEqual(["_xlnm.Print_Area", "TARIF", "Total"]);
    const semua = namaDari(xml);
    // The names already there, formula names included, are exactly as they were.
    expect(semua.slice(0, 3)).toEqual(lama);
    expect(semua[2]).toEqual({ name: "Total", teks: "SUM(Pengukuran!$C$3:$C$6)" });
    const defs = fungsiBukuKerja(PENGATURAN_BAWAAN);
    expect(semua.slice(3)).toEqual(
      defs.map((d) => ({ name: d.nama, comment: d.komentar, teks: d.rumusXml })),
    );
    for (const d of defs) periksaBentuk(d.rumusXml, d.parameter);
    const capaian = semua[3].teks;
    expect(capaian).toContain("[_xlpm.arah]");
    expect(capaian).toContain("_xlfn.ISOMITTED(_xlpm.arah)");
    // Only the definedNames element changed.
    expect(xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, "")).toBe(
      xmlAsli.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""),
    );
  });

  it("updates its own names on a second run and leaves the file otherwise as it was", async () => {
    const satu = path.join(dir, "satu.xlsx");
    const dua = path.join(dir, "dua.xlsx");
    expect((await jalankan(["names", KAYA, "-o", satu])).kode).toBe(0);
    const r = await jalankan(["names", satu, "-o", dua]);
    expect(r.kode).toBe(0);
    expect(r.stdout).toContain("diperbarui: CAPAIAN, KATEGORI, SERAPAN, SISA, EFISIENSI");
    expect(r.stdout).not.toContain("dipasang:");
    const a = entri(await fs.readFile(satu));
    const b = entri(await fs.readFile(dua));
    expect(strFromU8(b["xl/workbook.xml"])).toBe(strFromU8(a["xl/workbook.xml"]));
  });

  it("follows the settings: a config with another scale changes KATEGORI", async () => {
    const cfg = path.join(dir, "atribut.json");
    await fs.writeFile(cfg, JSON.stringify({ skala: "atribut", metodeEfisiensi: "indeks" }));
    const keluar = path.join(dir, "atribut.xlsx");
    const r = await jalankan(["names", KAYA, "-o", keluar, "--config", cfg]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(0);
    const nama = namaDari(strFromU8(entri(await fs.readFile(keluar))["xl/workbook.xml"]));
    const kategori = nama.find((n) => n.name === "KATEGORI");
    expect(kategori?.teks).toContain('"Sangat Berhasil"');
    expect(kategori?.comment).toContain("Atribut Capaian");
    expect(nama.find((n) => n.name === "EFISIENSI")?.comment).toContain("metode indeks");
  });

  it("creates definedNames after sheets and before calcPr when the workbook has none", async () => {
    const keluar = path.join(dir, "seed.xlsx");
    expect((await jalankan(["names", SEED, "-o", keluar])).kode).toBe(0);
    const xml = strFromU8(entri(await fs.readFile(keluar))["xl/workbook.xml"]);
    const urut = urutanAnak(xml);
    expect(urut.indexOf("definedNames")).toBe(urut.indexOf("sheets") + 1);
    expect(urut.indexOf("calcPr")).toBe(urut.indexOf("definedNames") + 1);
    expect(namaDari(xml).map((n) => n.name)).toEqual([...NAMA_FUNGSI]);
  });

  it("keeps the namespace prefix of a prefixed workbook", async () => {
    const keluar = path.join(dir, "berawalan.xlsx");
    expect((await jalankan(["names", BERAWALAN, "-o", keluar])).kode).toBe(0);
    const xml = strFromU8(entri(await fs.readFile(keluar))["xl/workbook.xml"]);
    expect(xml).toContain('<x:definedNames><x:definedName name="CAPAIAN"');
    expect(namaDari(xml)).toHaveLength(5);
  });

  it("never overwrites a name the workbook uses for something else, unless --timpa", async () => {
    const asli = entri(await fs.readFile(KAYA));
    const xml = strFromU8(asli["xl/workbook.xml"]).replace(
      "</definedNames>",
      '<definedName name="Kategori">Pengukuran!$F$3:$F$6</definedName>' +
        '<definedName name="SISA" localSheetId="1">Anggaran!$D$2</definedName></definedNames>',
    );
    const bentrok = path.join(dir, "bentrok.xlsx");
    await fs.writeFile(bentrok, zipSync({ ...asli, "xl/workbook.xml": strToU8(xml) }));

    const keluar = path.join(dir, "bentrok-keluar.xlsx");
    const r = await jalankan(["names", bentrok, "-o", keluar]);
    expect(r.kode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("  - Kategori = Pengukuran!$F$3:$F$6");
    expect(r.stderr).toContain("--timpa");
    expect(r.stderr).not.toContain("SISA");
    expect(existsSync(keluar)).toBe(false);

    const t = await jalankan(["names", bentrok, "-o", keluar, "--timpa"]);
    expect(t.kode).toBe(0);
    expect(t.stdout).toContain("menimpa nama lama (--timpa): KATEGORI");
    const nama = namaDari(strFromU8(entri(await fs.readFile(keluar))["xl/workbook.xml"]));
    expect(nama.filter((n) => n.name.toUpperCase() === "KATEGORI")).toHaveLength(1);
    expect(nama.find((n) => n.name === "KATEGORI")?.comment?.startsWith(PENANDA_KOMENTAR)).toBe(
      true,
    );
    // The sheet-level SISA is another name and stays.
    expect(nama.filter((n) => n.name === "SISA").map((n) => n.localSheetId)).toEqual([
      "1",
      undefined,
    ]);
  });

  it("rejects options that do not belong to names", async () => {
    expect(
      (await jalankan(["names", KAYA, "-o", path.join(dir, "x.xlsx"), "--mode", "values"])).kode,
    ).toBe(2);
    expect((await jalankan(["names", KAYA])).kode).toBe(2);
    expect((await jalankan(["check", KAYA, "--timpa"])).kode).toBe(2);
    expect((await jalankan(["check", KAYA, "--names"])).kode).toBe(2);
  });
});

describe("kinerja fill --names", () => {
  it("fills and writes the names in one copy", async () => {
    const biasa = path.join(dir, "isi.xlsx");
    const dengan = path.join(dir, "isi-nama.xlsx");
    expect((await jalankan(["fill", SEED, "-o", biasa])).kode).toBe(0);
    const r = await jalankan(["fill", SEED, "-o", dengan, "--names"]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(0);
    expect(r.stdout).toContain("dipasang: CAPAIAN");
    const a = entri(await fs.readFile(biasa));
    const b = entri(await fs.readFile(dengan));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) {
      if (k === "xl/workbook.xml") continue;
      expect(Buffer.compare(Buffer.from(b[k]), Buffer.from(a[k]))).toBe(0);
    }
    const xml = strFromU8(b["xl/workbook.xml"]);
    expect(namaDari(xml).map((n) => n.name)).toEqual([...NAMA_FUNGSI]);
    // The fill's own workbook edits (if any) stay; only the names were added.
    expect(xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, "")).toBe(
      strFromU8(a["xl/workbook.xml"]),
    );
  });
});

describe("pasangNamaXml", () => {
  const def = {
    nama: "CAPAIAN",
    rumusXml: '_xlfn.LAMBDA(_xlpm.a,IF(_xlpm.a>1,"<&>",0))',
    komentar: 'Kinerja: "uji" & <x>',
  };

  it("escapes the formula and the comment", () => {
    const h = pasangNamaXml(
      '<workbook xmlns="m"><sheets><sheet name="A"/></sheets><definedNames/></workbook>',
      [def],
      "Kinerja:",
      false,
    );
    expect(h.xml).toBe(
      '<workbook xmlns="m"><sheets><sheet name="A"/></sheets><definedNames>' +
        '<definedName name="CAPAIAN" comment="Kinerja: &quot;uji&quot; &amp; &lt;x&gt;">' +
        '_xlfn.LAMBDA(_xlpm.a,IF(_xlpm.a&gt;1,"&lt;&amp;&gt;",0))</definedName></definedNames></workbook>',
    );
    expect(namaDari(h.xml)[0]).toEqual({
      name: "CAPAIAN",
      comment: def.komentar,
      teks: def.rumusXml,
    });
  });

  it("puts definedNames after externalReferences", () => {
    const h = pasangNamaXml(
      '<workbook><sheets/><externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr/></workbook>',
      [def],
      "Kinerja:",
      false,
    );
    expect(urutanAnak(h.xml)).toEqual(["sheets", "externalReferences", "definedNames", "calcPr"]);
  });
});
