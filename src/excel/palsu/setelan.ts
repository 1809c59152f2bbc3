/**
 * The fake's `workbook.settings` (ExcelApi 1.4): key/value pairs saved inside the file, which the
 * task pane uses for its settings, corrections and undo record. Values are kept as JSON copies,
 * as Office serialises them.
 */
import { apiTidakAda, itemTidakAda } from "./galat";
import type { KonteksInti } from "./jenis";
import { ObjekPalsu, ukuranJson } from "./objek";

const MINOR_SETELAN = 4;

function salin(nilai: unknown): unknown {
  return nilai === undefined ? null : (JSON.parse(JSON.stringify(nilai)) as unknown);
}

function perluDukungan(context: KonteksInti, api: string): void {
  if (!context.buku.mendukung(MINOR_SETELAN)) throw apiTidakAda(api, MINOR_SETELAN);
}

export class SettingPalsu extends ObjekPalsu<string> {
  protected readonly propertiSkalar = ["key", "value"] as const;

  constructor(context: KonteksInti, penyelesai: () => string | null) {
    super(context, "Setting", penyelesai);
  }

  protected ambil(kunci: string, properti: string): unknown {
    return properti === "key" ? kunci : salin(this.context.buku.settings.get(kunci));
  }

  get key(): string {
    return this.baca("key") as string;
  }
  get value(): unknown {
    return this.baca("value");
  }

  delete(): void {
    this.context.antre({
      bytes: 0,
      jalankan: () => {
        this.context.buku.settings.delete(this.target());
      },
    });
  }
}

export class KoleksiSettingPalsu {
  constructor(private readonly context: KonteksInti) {}

  add(key: string, value: unknown): SettingPalsu {
    const simpan = salin(value);
    this.context.antre({
      bytes: ukuranJson(simpan) + ukuranJson(key),
      jalankan: () => {
        perluDukungan(this.context, "SettingCollection.add");
        this.context.buku.settings.set(key, simpan);
      },
    });
    return this.getItem(key);
  }

  getItem(key: string): SettingPalsu {
    return new SettingPalsu(this.context, () => {
      perluDukungan(this.context, "SettingCollection.getItem");
      if (!this.context.buku.settings.has(key))
        throw itemTidakAda(`SettingCollection.getItem(${key})`);
      return key;
    });
  }

  getItemOrNullObject(key: string): SettingPalsu {
    return new SettingPalsu(this.context, () => {
      perluDukungan(this.context, "SettingCollection.getItemOrNullObject");
      return this.context.buku.settings.has(key) ? key : null;
    });
  }
}
