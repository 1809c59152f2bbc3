/** The in-memory Excel: build it from a model, run the adapter against it, read the model back. */
export {
  BATAS_MUATAN_BYTES,
  BukuKerjaPalsu,
  bukuKerjaPalsu,
  modelDari,
  officePalsu,
  type CatatanSync,
  type OpsiPalsu,
} from "./buku";
export { GalatPalsu } from "./galat";
export type { PenulisanPalsu, Pilihan } from "./jenis";
export { KonteksPalsu } from "./konteks";
export type { HitungRumus, Visibilitas } from "./lembar";
export { alamatArea, panjangUtf8, ukuranJson } from "./objek";
export { KoleksiSettingPalsu, SettingPalsu } from "./setelan";
