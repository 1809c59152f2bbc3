/** Engine failures as Excel errors. */
import type { ErrorKind, Result } from "../core/result";

/**
 * Excel shows a custom message only with #VALUE! and #N/A (CustomFunctions.ErrorCode docs);
 * #DIV/0! is returned bare, as a message there would be rejected or dropped.
 */
export function galatExcel(jenis: ErrorKind, pesan: string): CustomFunctions.Error {
  switch (jenis) {
    case "value":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, pesan);
    case "na":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, pesan);
    case "div0":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
}

/** The value of a Result, or its Excel error; notes cannot travel in a cell and are dropped. */
export function dariHasil<T extends number | string>(hasil: Result<T>): T | CustomFunctions.Error {
  return hasil.ok ? hasil.value : galatExcel(hasil.error, hasil.message);
}

/** `a, b atau c`, for messages that list the accepted values. */
export function daftarPilihan(pilihan: readonly string[]): string {
  if (pilihan.length <= 1) return pilihan.join("");
  return `${pilihan.slice(0, -1).join(", ")} atau ${pilihan[pilihan.length - 1]}`;
}
