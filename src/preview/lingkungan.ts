/**
 * The pane gets the in-memory Excel through its `excel` and `host` props; the globals `Office`
 * and `Excel` are set as well for the code that still reads them (`detectHost()` defaults,
 * inserting an example formula), so the pane behaves as inside Excel.
 */
import { officePalsu, type BukuKerjaPalsu } from "../excel/palsu";

type Batch = (context: unknown) => Promise<unknown>;

/** `Excel.run(batch)` and `Excel.run(objek, batch)`: the batch is always the last argument. */
function excelPalsu(buku: BukuKerjaPalsu): { run: (...args: unknown[]) => Promise<unknown> } {
  return {
    run: (...args: unknown[]) => {
      const batch = args[args.length - 1];
      if (typeof batch !== "function") {
        return Promise.reject(new TypeError("Excel.run memerlukan fungsi batch."));
      }
      return buku.run((context) => (batch as Batch)(context));
    },
  };
}

export function pasangPalsu(buku: BukuKerjaPalsu): void {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Office = officePalsu(buku);
  g.Excel = excelPalsu(buku);
}
