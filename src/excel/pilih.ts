/** Takes the planner to a cell: activates its sheet and selects it, in one sync. */
export interface ExcelRangePilih {
  select(): void;
}

export interface ExcelLembarPilih {
  activate(): void;
  getRange(address: string): ExcelRangePilih;
}

export interface KonteksPilih {
  readonly workbook: {
    readonly worksheets: { getItem(key: string): ExcelLembarPilih };
  };
  sync(): Promise<unknown>;
}

/** `alamat` is an A1 address on `sheet` (`F12` or `D3:F3`). */
export async function pilihSel(
  context: KonteksPilih,
  sheet: string,
  alamat: string,
): Promise<void> {
  const lembar = context.workbook.worksheets.getItem(sheet);
  lembar.activate();
  lembar.getRange(alamat).select();
  await context.sync();
}
