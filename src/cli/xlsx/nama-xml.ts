/**
 * Workbook-level `<definedName>` entries written into `xl/workbook.xml` as text edits, so that
 * every other name (ranges, constants, formula names, print areas) and every other part of the
 * file stays byte for byte as it was.
 */
import { BukuKerjaError } from "./errors";
import { openPackage, packageInfo } from "./opc";
import {
  attrs,
  decodeXml,
  elementEnd,
  escapeAttr,
  escapeText,
  findTag,
  isUtf16,
  rootTag,
  unescapeXml,
  type Tag,
} from "./xml";
import { entryData, findEntry, writeZip, type ZipOutput } from "./zip";

export interface NamaTulis {
  nama: string;
  /** Storage form, without `=`. */
  rumusXml: string;
  komentar: string;
}

/** A workbook-level name already in the file, defined by someone else. */
export interface Bentrok {
  nama: string;
  /** Its definition as stored. */
  isi: string;
}

export interface HasilNama {
  xml: string;
  dipasang: string[];
  diperbarui: string[];
  ditimpa: string[];
  /** Names left as they were because the workbook uses them for something else. */
  bentrok: Bentrok[];
}

interface NamaAda {
  tag: Tag;
  end: number;
  nama: string;
  komentar: string;
  isi: string;
}

/** Workbook-level names (no `localSheetId`): a sheet-level name of the same text is another name. */
function namaAda(xml: string, p: string, wadah: Tag): NamaAda[] {
  const akhir = elementEnd(xml, wadah);
  const hasil: NamaAda[] = [];
  for (let t = findTag(xml, p, "definedName", wadah.end, akhir); t !== undefined;) {
    const end = elementEnd(xml, t);
    if (end < 0) break;
    const a = attrs(t.attrText);
    if (!a.has("localSheetId")) {
      const isi = t.selfClosing ? "" : xml.slice(t.end, end - `</${p}definedName>`.length);
      hasil.push({
        tag: t,
        end,
        nama: a.get("name") ?? "",
        komentar: a.get("comment") ?? "",
        isi: unescapeXml(isi),
      });
    }
    t = findTag(xml, p, "definedName", end, akhir);
  }
  return hasil;
}

function elemen(p: string, d: NamaTulis): string {
  return (
    `<${p}definedName name="${escapeAttr(d.nama)}" comment="${escapeAttr(d.komentar)}">` +
    `${escapeText(d.rumusXml)}</${p}definedName>`
  );
}

/**
 * Writes the names into the workbook part's text. A name already there is replaced when its
 * comment starts with `penanda` (ours) or when `timpa`; otherwise it is reported in `bentrok` and
 * left alone. Names compare without regard to case, as Excel does.
 */
export function pasangNamaXml(
  xml: string,
  defs: readonly NamaTulis[],
  penanda: string,
  timpa: boolean,
): HasilNama {
  const hasil: HasilNama = { xml, dipasang: [], diperbarui: [], ditimpa: [], bentrok: [] };
  const root = rootTag(xml);
  if (root === undefined) throw new BukuKerjaError("rusak", "Bagian buku kerja tidak terbaca.");
  const p = root.prefix;
  let teks = xml;
  let wadah = findTag(teks, p, "definedNames", root.end);
  if (wadah === undefined) {
    // [ECMA-376] CT_Workbook: definedNames follows sheets, functionGroups, externalReferences.
    let at = -1;
    for (const local of ["sheets", "functionGroups", "externalReferences"]) {
      const t = findTag(teks, p, local, root.end);
      if (t !== undefined) at = Math.max(at, elementEnd(teks, t));
    }
    if (at < 0) throw new BukuKerjaError("rusak", "Daftar lembar buku kerja tidak ditemukan.");
    teks = `${teks.slice(0, at)}<${p}definedNames></${p}definedNames>${teks.slice(at)}`;
    wadah = findTag(teks, p, "definedNames", root.end);
  } else if (wadah.selfClosing) {
    teks = `${teks.slice(0, wadah.start)}<${p}definedNames></${p}definedNames>${teks.slice(wadah.end)}`;
    wadah = findTag(teks, p, "definedNames", root.end);
  }
  if (wadah === undefined) throw new BukuKerjaError("rusak", "Bagian buku kerja tidak terbaca.");

  const tambahan: string[] = [];
  for (const d of defs) {
    const ada = namaAda(teks, p, wadah).find((n) => n.nama.toUpperCase() === d.nama.toUpperCase());
    if (ada === undefined) {
      tambahan.push(elemen(p, d));
      hasil.dipasang.push(d.nama);
      continue;
    }
    const milikKita = ada.komentar.startsWith(penanda);
    if (!milikKita && !timpa) {
      hasil.bentrok.push({ nama: ada.nama, isi: ada.isi });
      continue;
    }
    teks = teks.slice(0, ada.tag.start) + elemen(p, d) + teks.slice(ada.end);
    (milikKita ? hasil.diperbarui : hasil.ditimpa).push(d.nama);
    wadah = findTag(teks, p, "definedNames", root.end) ?? wadah;
  }
  if (tambahan.length > 0) {
    const tutup = elementEnd(teks, wadah) - `</${p}definedNames>`.length;
    teks = teks.slice(0, tutup) + tambahan.join("") + teks.slice(tutup);
  }
  hasil.xml = teks;
  return hasil;
}

export interface HasilPasang extends Omit<HasilNama, "xml"> {
  /** The new file; undefined when nothing was written because of `bentrok`. */
  data?: Uint8Array;
}

/**
 * The names written into a copy of the workbook, changing only its workbook part. With a
 * conflict and without `timpa` nothing is written, so the user decides before anything changes.
 */
export function pasangNama(
  asli: Uint8Array,
  defs: readonly NamaTulis[],
  penanda: string,
  timpa: boolean,
): HasilPasang {
  const zip = openPackage(asli);
  const info = packageInfo(zip);
  const entry = findEntry(zip, info.workbookPath);
  if (entry === undefined) throw new BukuKerjaError("rusak", "Bagian buku kerja tidak ditemukan.");
  const mentah = entryData(entry);
  let xml = decodeXml(mentah, true);
  // Written back as UTF-8: the declaration must say so.
  if (isUtf16(mentah))
    xml = xml.replace(/(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");
  const h = pasangNamaXml(xml, defs, penanda, timpa);
  const { xml: baru, ...ringkas } = h;
  if (h.bentrok.length > 0) return ringkas;
  const data = new TextEncoder().encode(baru);
  const out: ZipOutput[] = zip.entries.map((e) =>
    e === entry ? { kind: "new", name: e.name, data, like: e } : { kind: "copy", entry: e },
  );
  return { ...ringkas, data: writeZip(out) };
}
