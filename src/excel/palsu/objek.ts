/**
 * Proxy objects of the fake, with Office's semantics: creating one queues its resolution, `load`
 * queues a read whose values arrive only after `context.sync()`, setters queue writes, and reading
 * a property that was neither loaded nor set throws `PropertyNotLoaded`.
 */
import { a1, areaA1, colIndex, parseArea } from "../../core/a1";
import type { Area } from "../../core/workbook";
import {
  apiTidakAda,
  argumenTidakSah,
  GalatPalsu,
  itemTidakAda,
  objekTidakSah,
  propertiBelumDimuat,
} from "./galat";
import type { LembarPalsu, PropertiTulis } from "./lembar";
import type { KonteksInti, SesiSync } from "./jenis";
import { tafsirkanMasukan } from "./masukan";

export const MAKS_BARIS = 1048576;
export const MAKS_KOLOM = 16384;
/** Excel refuses `getMergedAreasOrNullObject` above this many areas. */
export const MAKS_AREA_GABUNG = 512;

export function panjangUtf8(teks: string): number {
  let n = 0;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of `nilai` as JSON: how the fake sizes a request or response, like Office roughly does. */
export function ukuranJson(nilai: unknown): number {
  return panjangUtf8(JSON.stringify(nilai) ?? "null");
}

export function alamatLembar(nama: string): string {
  const polos = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) && !/^[A-Za-z]{1,3}\d+$/.test(nama);
  return polos ? nama : `'${nama.replace(/'/g, "''")}'`;
}

export function alamatArea(nama: string, area: Area): string {
  const ref = area.r0 === area.r1 && area.c0 === area.c1 ? a1(area.r0, area.c0) : areaA1(area);
  return `${alamatLembar(nama)}!${ref}`;
}

function beririsan(a: Area, b: Area): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function namaProperti(arg: unknown): string[] {
  const pecah = (s: string): string[] =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
  if (typeof arg === "string") return pecah(arg);
  if (Array.isArray(arg)) return arg.flatMap((p) => (typeof p === "string" ? pecah(p) : []));
  if (typeof arg === "object" && arg !== null) {
    const select = (arg as { select?: unknown }).select;
    if (typeof select === "string") return pecah(select);
  }
  return [];
}

/** `A1`, `A1:C9`, `A:C`, `2:5`, optionally `$`-anchored and prefixed by this sheet's name. */
function areaDariAlamat(alamat: string, lembar: LembarPalsu): Area | undefined {
  let ref = alamat.trim();
  const seru = ref.lastIndexOf("!");
  if (seru >= 0) {
    const nama = ref
      .slice(0, seru)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (nama.toLowerCase() !== lembar.name.toLowerCase()) return undefined;
    ref = ref.slice(seru + 1);
  }
  ref = ref.replace(/\$/g, "");
  const kolom = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  if (kolom !== null) {
    const c0 = colIndex(kolom[1]);
    const c1 = colIndex(kolom[2]);
    if (c0 === undefined || c1 === undefined) return undefined;
    return { r0: 0, r1: MAKS_BARIS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  const baris = /^(\d+):(\d+)$/.exec(ref);
  if (baris !== null) {
    const r0 = Number(baris[1]) - 1;
    const r1 = Number(baris[2]) - 1;
    if (r0 < 0 || r1 < 0) return undefined;
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAKS_KOLOM - 1 };
  }
  const area = parseArea(ref);
  if (area === undefined || area.r1 >= MAKS_BARIS || area.c1 >= MAKS_KOLOM) return undefined;
  return area;
}

export abstract class ObjekPalsu<T> {
  protected readonly muatan = new Map<string, unknown>();
  protected readonly setelan = new Map<string, unknown>();
  private nullObjek: boolean | undefined;
  private hasil: T | null | undefined;
  protected abstract readonly propertiSkalar: readonly string[];

  constructor(
    readonly context: KonteksInti,
    protected readonly jenis: string,
    penyelesai: (() => T | null) | undefined,
    siap?: T,
  ) {
    if (siap !== undefined) {
      this.hasil = siap;
      this.nullObjek = false;
    } else if (penyelesai !== undefined) {
      context.antre({
        bytes: 0,
        jalankan: (sesi) => {
          const h = penyelesai();
          this.hasil = h;
          sesi.kiriman.push(() => {
            this.nullObjek = h === null;
          });
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullObjek === undefined) throw propertiBelumDimuat("isNullObject", this.jenis);
    return this.nullObjek;
  }

  /** During a sync: what the proxy stands for; a null or never-resolved proxy cannot be used. */
  target(): T {
    if (this.hasil === undefined || this.hasil === null) throw objekTidakSah(this.jenis);
    return this.hasil;
  }

  targetAtauNull(): T | null {
    if (this.hasil === undefined) throw objekTidakSah(this.jenis);
    return this.hasil;
  }

  protected baca(properti: string): unknown {
    if (this.setelan.has(properti)) return this.setelan.get(properti);
    if (this.muatan.has(properti)) return this.muatan.get(properti);
    throw propertiBelumDimuat(properti, this.jenis);
  }

  protected abstract ambil(target: T, properti: string): unknown;

  /** Reads `properti` now (during a sync), checking it exists; used by loads and collections. */
  nilaiProperti(target: T, properti: string): unknown {
    if (!this.propertiSkalar.includes(properti)) {
      throw argumenTidakSah(
        `The property '${properti}' doesn't exist on ${this.jenis}.`,
        `${this.jenis}.load`,
      );
    }
    return this.ambil(target, properti);
  }

  daftarMuat(arg: unknown): string[] {
    const diminta = namaProperti(arg).map((p) => p.replace(/^items\//, ""));
    return diminta.length === 0 ? [...this.propertiSkalar] : diminta;
  }

  /** Measures and captures `daftar` now; the values are handed over when the sync succeeds. */
  tangkap(sesi: SesiSync, target: T, daftar: string[]): void {
    const nilai = new Map<string, unknown>();
    for (const p of daftar) {
      const v = this.nilaiProperti(target, p);
      sesi.responsBytes += ukuranJson(v) + panjangUtf8(p) + 4;
      nilai.set(p, v);
    }
    sesi.kiriman.push(() => {
      nilai.forEach((v, p) => {
        this.muatan.set(p, v);
        this.setelan.delete(p);
      });
    });
  }

  load(propertyNames?: string | string[] | { select?: string }): this {
    const daftar = this.daftarMuat(propertyNames);
    this.context.antre({
      bytes: 0,
      jalankan: (sesi) => {
        const target = this.targetAtauNull();
        if (target !== null) this.tangkap(sesi, target, daftar);
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.muatan);
  }
}

export interface TargetRange {
  lembar: LembarPalsu;
  area: Area;
}

function isiGrid<T>(area: Area, isi: (r: number, c: number) => T): T[][] {
  const grid: T[][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const baris: T[] = [];
    for (let c = area.c0; c <= area.c1; c++) baris.push(isi(r, c));
    grid.push(baris);
  }
  return grid;
}

function masukanSah(properti: PropertiTulis, masukan: unknown): boolean {
  if (properti === "numberFormat") {
    return masukan === null || masukan === undefined || typeof masukan === "string";
  }
  return tafsirkanMasukan(masukan, undefined) !== undefined;
}

export class RangePalsu extends ObjekPalsu<TargetRange> {
  protected readonly propertiSkalar = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
  ] as const;

  constructor(context: KonteksInti, penyelesai?: () => TargetRange | null, siap?: TargetRange) {
    super(context, "Range", penyelesai, siap);
  }

  protected ambil({ lembar, area }: TargetRange, properti: string): unknown {
    switch (properti) {
      case "address":
        return alamatArea(lembar.name, area);
      case "rowIndex":
        return area.r0;
      case "columnIndex":
        return area.c0;
      case "rowCount":
        return area.r1 - area.r0 + 1;
      case "columnCount":
        return area.c1 - area.c0 + 1;
      case "cellCount":
        return (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
      case "values":
        return isiGrid(area, (r, c) => lembar.nilai(r, c));
      case "formulas":
        return isiGrid(area, (r, c) => lembar.rumus(r, c));
      case "numberFormat":
        return isiGrid(area, (r, c) => lembar.format(r, c));
      default:
        return isiGrid(area, (r, c) => lembar.jenisNilai(r, c));
    }
  }

  get address(): string {
    return this.baca("address") as string;
  }
  get rowIndex(): number {
    return this.baca("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.baca("columnIndex") as number;
  }
  get rowCount(): number {
    return this.baca("rowCount") as number;
  }
  get columnCount(): number {
    return this.baca("columnCount") as number;
  }
  get cellCount(): number {
    return this.baca("cellCount") as number;
  }
  get valueTypes(): string[][] {
    return this.baca("valueTypes") as string[][];
  }
  get values(): unknown[][] {
    return this.baca("values") as unknown[][];
  }
  set values(isi: unknown[][]) {
    this.antreTulis("values", isi);
  }
  get formulas(): unknown[][] {
    return this.baca("formulas") as unknown[][];
  }
  set formulas(isi: unknown[][]) {
    this.antreTulis("formulas", isi);
  }
  get numberFormat(): unknown[][] {
    return this.baca("numberFormat") as unknown[][];
  }
  set numberFormat(isi: unknown[][]) {
    this.antreTulis("numberFormat", isi);
  }

  private antreTulis(properti: PropertiTulis, isi: unknown): void {
    this.setelan.set(properti, isi);
    this.context.antre({
      bytes: ukuranJson(isi),
      jalankan: (sesi) => {
        const { lembar, area } = this.target();
        const tinggi = area.r1 - area.r0 + 1;
        const lebar = area.c1 - area.c0 + 1;
        const di = (i: number, j: number): unknown => {
          if (!Array.isArray(isi)) return isi;
          const baris: unknown = isi[i];
          return Array.isArray(baris) ? baris[j] : undefined;
        };
        const bentukPas =
          !Array.isArray(isi) ||
          (isi.length === tinggi && isi.every((b) => Array.isArray(b) && b.length === lebar));
        if (!bentukPas) {
          throw argumenTidakSah(
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            `Range.${properti}`,
          );
        }
        for (let i = 0; i < tinggi; i++) {
          for (let j = 0; j < lebar; j++) {
            if (!masukanSah(properti, di(i, j))) {
              throw argumenTidakSah("The argument is invalid or missing.", `Range.${properti}`);
            }
          }
        }
        const hitung = this.context.buku.hitungRumus;
        for (let i = 0; i < tinggi; i++) {
          for (let j = 0; j < lebar; j++) {
            lembar.tulis(area.r0 + i, area.c0 + j, properti, di(i, j), hitung);
          }
        }
        this.context.buku.catatTulis({
          sync: sesi.nomor,
          sheet: lembar.name,
          address: alamatArea(lembar.name, area),
          properti,
          dijeda: sesi.dijeda,
        });
      },
    });
  }

  getMergedAreasOrNullObject(): RangeAreasPalsu {
    return new RangeAreasPalsu(this.context, () => {
      if (!this.context.buku.mendukung(13)) {
        throw apiTidakAda("Range.getMergedAreasOrNullObject", 13);
      }
      const { lembar, area } = this.target();
      const areas = lembar.merges.filter((m) => beririsan(m, area)).map((m) => ({ ...m }));
      if (areas.length > MAKS_AREA_GABUNG) {
        throw new GalatPalsu(
          "GeneralException",
          `There are more than ${MAKS_AREA_GABUNG} merged areas in the range.`,
          "Range.getMergedAreasOrNullObject",
        );
      }
      return areas.length === 0 ? null : { lembar, areas };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangePalsu {
    return new RangePalsu(this.context, () => {
      if (!this.context.buku.mendukung(4)) throw apiTidakAda("Range.getUsedRangeOrNullObject", 4);
      const { lembar, area } = this.target();
      const terpakai = lembar.terpakai(valuesOnly, area);
      return terpakai === null ? null : { lembar, area: terpakai };
    });
  }

  /** 0-based, relative to this range's top-left cell. */
  getCell(row: number, column: number): RangePalsu {
    return new RangePalsu(this.context, () => {
      const { lembar, area } = this.target();
      const r = area.r0 + row;
      const c = area.c0 + column;
      if (row < 0 || column < 0 || r >= MAKS_BARIS || c >= MAKS_KOLOM) {
        throw argumenTidakSah("The argument is invalid or missing.", "Range.getCell");
      }
      return { lembar, area: { r0: r, c0: c, r1: r, c1: c } };
    });
  }

  select(): void {
    this.context.antre({
      bytes: 0,
      jalankan: () => {
        const { lembar, area } = this.target();
        this.context.buku.pilih(lembar, area);
      },
    });
  }
}

export interface TargetAreas {
  lembar: LembarPalsu;
  areas: Area[];
}

/** A collection proxy: `items` exist only after `load` and a sync. */
export class KoleksiRangePalsu {
  private daftar: RangePalsu[] | undefined;

  constructor(
    private readonly context: KonteksInti,
    private readonly sumber: () => TargetAreas | null,
  ) {}

  get items(): RangePalsu[] {
    if (this.daftar === undefined) throw propertiBelumDimuat("items", "RangeCollection");
    return this.daftar;
  }

  load(propertyNames?: string | string[] | { select?: string }): this {
    this.context.antre({
      bytes: 0,
      jalankan: (sesi) => {
        const t = this.sumber();
        const items =
          t === null
            ? []
            : t.areas.map(
                (area) => new RangePalsu(this.context, undefined, { lembar: t.lembar, area }),
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
}

export class RangeAreasPalsu extends ObjekPalsu<TargetAreas> {
  protected readonly propertiSkalar = ["address", "areaCount", "cellCount"] as const;
  private koleksi: KoleksiRangePalsu | undefined;

  constructor(context: KonteksInti, penyelesai: () => TargetAreas | null) {
    super(context, "RangeAreas", penyelesai);
  }

  protected ambil({ lembar, areas }: TargetAreas, properti: string): unknown {
    if (properti === "address") return areas.map((a) => alamatArea(lembar.name, a)).join(",");
    if (properti === "areaCount") return areas.length;
    return areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0);
  }

  get address(): string {
    return this.baca("address") as string;
  }
  get areaCount(): number {
    return this.baca("areaCount") as number;
  }
  get cellCount(): number {
    return this.baca("cellCount") as number;
  }

  get areas(): KoleksiRangePalsu {
    this.koleksi ??= new KoleksiRangePalsu(this.context, () => this.targetAtauNull());
    return this.koleksi;
  }
}

export class WorksheetPalsu extends ObjekPalsu<LembarPalsu> {
  protected readonly propertiSkalar = ["name", "visibility", "id", "position"] as const;

  constructor(context: KonteksInti, penyelesai?: () => LembarPalsu | null, siap?: LembarPalsu) {
    super(context, "Worksheet", penyelesai, siap);
  }

  protected ambil(lembar: LembarPalsu, properti: string): unknown {
    if (properti === "name") return lembar.name;
    if (properti === "visibility") return lembar.visibility;
    if (properti === "id") return `{${String(lembar.id).padStart(8, "0")}}`;
    return this.context.buku.lembar.indexOf(lembar);
  }

  get name(): string {
    return this.baca("name") as string;
  }
  get visibility(): string {
    return this.baca("visibility") as string;
  }
  get id(): string {
    return this.baca("id") as string;
  }
  get position(): number {
    return this.baca("position") as number;
  }

  /** Without an address: the whole sheet, as in Office. */
  getRange(address?: string): RangePalsu {
    return new RangePalsu(this.context, () => {
      const lembar = this.target();
      if (address === undefined || address === "") {
        return { lembar, area: { r0: 0, c0: 0, r1: MAKS_BARIS - 1, c1: MAKS_KOLOM - 1 } };
      }
      const area = areaDariAlamat(address, lembar);
      if (area === undefined) {
        throw argumenTidakSah("The argument is invalid or missing.", "Worksheet.getRange");
      }
      return { lembar, area };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangePalsu {
    return new RangePalsu(this.context, () => {
      if (!this.context.buku.mendukung(7)) throw apiTidakAda("Worksheet.getRangeByIndexes", 7);
      const lembar = this.target();
      const area = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      const sah =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        area.r1 < MAKS_BARIS &&
        area.c1 < MAKS_KOLOM;
      if (!sah) {
        throw argumenTidakSah("The argument is invalid or missing.", "Worksheet.getRangeByIndexes");
      }
      return { lembar, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangePalsu {
    return new RangePalsu(this.context, () => {
      if (!this.context.buku.mendukung(4)) {
        throw apiTidakAda("Worksheet.getUsedRangeOrNullObject", 4);
      }
      const lembar = this.target();
      const area = lembar.terpakai(valuesOnly);
      return area === null ? null : { lembar, area };
    });
  }

  /** Throws `ItemNotFound` on an empty sheet, as Office does. */
  getUsedRange(valuesOnly = false): RangePalsu {
    return new RangePalsu(this.context, () => {
      const lembar = this.target();
      const area = lembar.terpakai(valuesOnly);
      if (area === null) throw itemTidakAda("Worksheet.getUsedRange");
      return { lembar, area };
    });
  }

  activate(): void {
    this.context.antre({
      bytes: 0,
      jalankan: () => this.context.buku.aktifkan(this.target()),
    });
  }
}

export function cariLembar(context: KonteksInti, kunci: string): LembarPalsu | undefined {
  const k = kunci.toLowerCase();
  return context.buku.lembar.find(
    (l) => l.name.toLowerCase() === k || `{${String(l.id).padStart(8, "0")}}` === kunci,
  );
}

export class KoleksiLembarPalsu {
  private daftar: WorksheetPalsu[] | undefined;

  constructor(private readonly context: KonteksInti) {}

  get items(): WorksheetPalsu[] {
    if (this.daftar === undefined) throw propertiBelumDimuat("items", "WorksheetCollection");
    return this.daftar;
  }

  load(propertyNames?: string | string[] | { select?: string }): this {
    this.context.antre({
      bytes: 0,
      jalankan: (sesi) => {
        const items = this.context.buku.lembar.map(
          (lembar) => new WorksheetPalsu(this.context, undefined, lembar),
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

  getItem(key: string): WorksheetPalsu {
    return new WorksheetPalsu(this.context, () => {
      const lembar = cariLembar(this.context, key);
      if (lembar === undefined) throw itemTidakAda(`WorksheetCollection.getItem(${key})`);
      return lembar;
    });
  }

  getItemOrNullObject(key: string): WorksheetPalsu {
    return new WorksheetPalsu(this.context, () => cariLembar(this.context, key) ?? null);
  }

  getActiveWorksheet(): WorksheetPalsu {
    return new WorksheetPalsu(this.context, () => {
      const lembar = this.context.buku.lembarAktif();
      if (lembar === undefined) throw itemTidakAda("WorksheetCollection.getActiveWorksheet");
      return lembar;
    });
  }
}

export class AplikasiPalsu {
  constructor(private readonly context: KonteksInti) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.antre({
      bytes: 0,
      jeda: true,
      jalankan: () => {
        if (!this.context.buku.mendukung(6)) {
          throw apiTidakAda("Application.suspendApiCalculationUntilNextSync", 6);
        }
      },
    });
  }
}
