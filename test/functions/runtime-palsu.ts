/**
 * A stand-in for the CustomFunctions global that Excel provides: errors record their code and
 * message, associate records what was registered. Import it before the functions.
 */

/** Values as in @types/custom-functions-runtime. */
export const ErrorCodePalsu = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class ErrorPalsu {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const terdaftar = new Map<string, unknown>();

export function buatRuntimePalsu(catat: Map<string, unknown>): Record<string, unknown> {
  return {
    Error: ErrorPalsu,
    ErrorCode: ErrorCodePalsu,
    associate: (id: unknown, fn?: unknown): void => {
      if (typeof id === "string") catat.set(id, fn);
      else if (typeof id === "object" && id !== null) {
        for (const [k, v] of Object.entries(id)) catat.set(k, v);
      }
    },
  };
}

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = buatRuntimePalsu(terdaftar);
