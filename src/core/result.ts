/**
 * Every computation in the engine returns a Result instead of throwing, so that a bad cell
 * becomes a clear message (and, in a cell, the matching Excel error) rather than a crash.
 */

/** Which Excel error a failure maps to: #VALUE!, #DIV/0! or #N/A. */
export type ErrorKind = "value" | "div0" | "na";

export interface Ok<T> {
  ok: true;
  value: T;
  /** Warnings in Bahasa Indonesia that do not stop the computation (e.g. the `sisa` convention). */
  notes?: string[];
}

export interface Err {
  ok: false;
  error: ErrorKind;
  /** What is wrong, in Bahasa Indonesia, for a planner. */
  message: string;
}

export type Result<T = number> = Ok<T> | Err;

export function ok<T>(value: T, notes?: string[]): Ok<T> {
  return notes && notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}

export function err(error: ErrorKind, message: string): Err {
  return { ok: false, error, message };
}
