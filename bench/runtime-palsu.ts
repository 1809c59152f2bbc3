/**
 * Excel's CustomFunctions global, reduced to what the functions touch, so that the range form can
 * be timed in Node. Imported before the functions.
 */
class GalatPalsu {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
  Error: GalatPalsu,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  associate: (): void => undefined,
};

export {};
