/**
 * Capaian (achievement) per SAKIP.md section 5.
 * CONTRACT FILE: types are final; bodies are implemented by the formulas work package.
 */
import type { Nilai } from "./nilai";
import type { Result } from "./result";

/** `+`: higher is better; `-`: lower is better. */
export type Polaritas = "+" | "-";

/** The three conventions for lower-is-better indicators; `selisih` is the default. */
export type MetodeNegatif = "selisih" | "rasio" | "sisa";

export const METODE_NEGATIF: readonly MetodeNegatif[] = ["selisih", "rasio", "sisa"];

export interface CapaianOptions {
  polaritas?: Polaritas;
  metode?: MetodeNegatif;
}

/**
 * Reads a direction as planners write it: `+`, `-`, `naik`, `turun`, `meningkat`, `menurun`,
 * `positif`, `negatif` in any case and spacing. Undefined when it cannot be read.
 */
export function bacaArah(_text: unknown): Polaritas | undefined {
  throw new Error("not implemented yet");
}

/** Reads a negative-indicator method id (any case); undefined when unknown. */
export function bacaMetodeNegatif(_text: unknown): MetodeNegatif | undefined {
  throw new Error("not implemented yet");
}

/**
 * The numeric kernel for the hot path: NaN when there is no number (target 0, rasio with R = 0).
 * No allocation.
 */
export function capaianAngka(
  _target: number,
  _realisasi: number,
  _polaritas: Polaritas,
  _metode: MetodeNegatif,
): number {
  throw new Error("not implemented yet");
}

/**
 * Capaian from two readings (or plain numbers): grade targets on the ordinal scale, pending ->
 * `na`, target 0 -> `div0`, unreadable or mixed scales -> `value`, each with a message.
 */
export function hitungCapaian(
  _target: Nilai | number,
  _realisasi: Nilai | number,
  _options?: CapaianOptions,
): Result<number> {
  throw new Error("not implemented yet");
}
