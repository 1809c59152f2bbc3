/**
 * The fake's `workbook.names` (workbook-scoped defined names): what the task pane installs as the
 * `=CAPAIAN()` LAMBDA functions. The names live beside the workbook object, keyed by it, so the
 * fake's workbook model stays as it is; tests read and seed them with `namaDari`/`aturNama`.
 */
import {
  apiTidakAda,
  argumenTidakSah,
  GalatPalsu,
  itemTidakAda,
  propertiBelumDimuat,
} from "./galat";
import type { BukuInti, KonteksInti } from "./jenis";
import { ObjekPalsu, ukuranJson } from "./objek";

/** One defined name as the file keeps it. */
export interface NamaPalsu {
  name: string;
  /** Starts with `=`, in English (what `NamedItem.formula` returns). */
  formula: string;
  comment: string;
  visible: boolean;
}

const simpanan = new WeakMap<BukuInti, NamaPalsu[]>();

function daftarNama(buku: BukuInti): NamaPalsu[] {
  let daftar = simpanan.get(buku);
  if (daftar === undefined) {
    daftar = [];
    simpanan.set(buku, daftar);
  }
  return daftar;
}

/** The workbook's defined names now, as copies (the way `modelDari` hands out cells). */
export function namaDari(buku: BukuInti): NamaPalsu[] {
  return daftarNama(buku).map((n) => ({ ...n }));
}

/** Seeds names, as if the file already had them (e.g. a user's own `CAPAIAN`). */
export function aturNama(
  buku: BukuInti,
  nama: readonly (Pick<NamaPalsu, "name" | "formula"> & Partial<NamaPalsu>)[],
): void {
  const daftar = daftarNama(buku);
  daftar.length = 0;
  for (const n of nama) daftar.push({ comment: "", visible: true, ...n });
}

function cari(buku: BukuInti, nama: string): NamaPalsu | undefined {
  const k = nama.toLowerCase();
  return daftarNama(buku).find((n) => n.name.toLowerCase() === k);
}

/** Excel's rules for a defined name: no cell reference look-alikes, no spaces, at most 255. */
export function namaSah(nama: string): boolean {
  if (nama.length === 0 || nama.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(nama)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(nama)) return false;
  if (/^[RrCc]$/.test(nama) || /^[Rr]\d*[Cc]\d*$/.test(nama)) return false;
  return true;
}

/** What Excel reports as `NamedItem.type`: a LAMBDA alone evaluates to an error (#CALC!). */
function jenisNama(rumus: string): string {
  const isi = rumus.replace(/^=/, "").trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(isi)) return Number.isInteger(Number(isi)) ? "Integer" : "Double";
  if (/^(TRUE|FALSE)$/i.test(isi)) return "Boolean";
  if (/^"([^"]|"")*"$/.test(isi)) return "String";
  if (/^('[^']+'|[\w.]+)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(isi)) return "Range";
  return "Error";
}

function perlu(context: KonteksInti, minor: number, api: string): void {
  if (!context.buku.mendukung(minor)) throw apiTidakAda(api, minor);
}

function rumusSah(rumus: unknown, lokasi: string): string {
  if (typeof rumus !== "string" || rumus.trim() === "") {
    throw argumenTidakSah("The argument is invalid or missing.", lokasi);
  }
  return rumus.startsWith("=") ? rumus : `=${rumus}`;
}

export class NamedItemPalsu extends ObjekPalsu<NamaPalsu> {
  protected readonly propertiSkalar = [
    "name",
    "formula",
    "comment",
    "type",
    "visible",
    "scope",
  ] as const;

  constructor(context: KonteksInti, penyelesai?: () => NamaPalsu | null, siap?: NamaPalsu) {
    super(context, "NamedItem", penyelesai, siap);
  }

  /** A record deleted earlier no longer stands for anything. */
  private hidup(): NamaPalsu {
    const n = this.target();
    if (!daftarNama(this.context.buku).includes(n)) throw itemTidakAda("NamedItem");
    return n;
  }

  protected ambil(n: NamaPalsu, properti: string): unknown {
    switch (properti) {
      case "name":
        return n.name;
      case "formula":
        return n.formula;
      case "comment":
        return n.comment;
      case "visible":
        return n.visible;
      case "scope":
        return "Workbook";
      default:
        return jenisNama(n.formula);
    }
  }

  get name(): string {
    return this.baca("name") as string;
  }
  get type(): string {
    return this.baca("type") as string;
  }
  get visible(): boolean {
    return this.baca("visible") as boolean;
  }
  get scope(): string {
    return this.baca("scope") as string;
  }
  get formula(): unknown {
    return this.baca("formula");
  }
  set formula(rumus: unknown) {
    this.setelan.set("formula", rumus);
    this.context.antre({
      bytes: ukuranJson(rumus),
      jalankan: () => {
        perlu(this.context, 7, "NamedItem.formula");
        this.hidup().formula = rumusSah(rumus, "NamedItem.formula");
      },
    });
  }
  get comment(): string {
    return this.baca("comment") as string;
  }
  set comment(komentar: string) {
    this.setelan.set("comment", komentar);
    this.context.antre({
      bytes: ukuranJson(komentar),
      jalankan: () => {
        perlu(this.context, 4, "NamedItem.comment");
        this.hidup().comment = String(komentar);
      },
    });
  }

  delete(): void {
    this.context.antre({
      bytes: 0,
      jalankan: () => {
        perlu(this.context, 4, "NamedItem.delete");
        const daftar = daftarNama(this.context.buku);
        daftar.splice(daftar.indexOf(this.hidup()), 1);
      },
    });
  }
}

export class KoleksiNamaPalsu {
  private daftar: NamedItemPalsu[] | undefined;

  constructor(private readonly context: KonteksInti) {}

  get items(): NamedItemPalsu[] {
    if (this.daftar === undefined) throw propertiBelumDimuat("items", "NamedItemCollection");
    return this.daftar;
  }

  load(propertyNames?: string | string[] | { select?: string }): this {
    this.context.antre({
      bytes: 0,
      jalankan: (sesi) => {
        const items = daftarNama(this.context.buku).map(
          (n) => new NamedItemPalsu(this.context, undefined, n),
        );
        for (const item of items) {
          item.tangkap(sesi, item.target(), item.daftarMuat(propertyNames));
        }
        sesi.kiriman.push(() => {
          this.daftar = items;
        });
      },
    });
    return this;
  }

  /** `reference` is a formula (`=LAMBDA(...)`) or an address; a taken name fails the batch. */
  add(name: string, reference: string, comment?: string): NamedItemPalsu {
    const lokasi = "NamedItemCollection.add";
    let dibuat: NamaPalsu | undefined;
    this.context.antre({
      bytes: ukuranJson([name, reference, comment ?? null]),
      jalankan: () => {
        perlu(this.context, 4, lokasi);
        if (!namaSah(name)) throw argumenTidakSah("The argument is invalid or missing.", lokasi);
        if (cari(this.context.buku, name) !== undefined) {
          throw new GalatPalsu("ItemAlreadyExists", "The resource already exists.", lokasi);
        }
        dibuat = {
          name,
          formula: rumusSah(reference, lokasi),
          comment: comment ?? "",
          visible: true,
        };
        daftarNama(this.context.buku).push(dibuat);
      },
    });
    return new NamedItemPalsu(this.context, () => dibuat ?? null);
  }

  getItem(name: string): NamedItemPalsu {
    return new NamedItemPalsu(this.context, () => {
      const n = cari(this.context.buku, name);
      if (n === undefined) throw itemTidakAda(`NamedItemCollection.getItem(${name})`);
      return n;
    });
  }

  getItemOrNullObject(name: string): NamedItemPalsu {
    return new NamedItemPalsu(this.context, () => {
      perlu(this.context, 4, "NamedItemCollection.getItemOrNullObject");
      return cari(this.context.buku, name) ?? null;
    });
  }
}
