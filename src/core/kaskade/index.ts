/** The cascade model of a workbook (SAKIP.md section 1). */
export { bangunKaskade } from "./bangun";
export { kunciKode, kunciNama, segmenKode } from "./normal";
export { capaianKemunculan, nilaiAnggaran, nilaiKinerja } from "./nilai";
export type * from "./types";
