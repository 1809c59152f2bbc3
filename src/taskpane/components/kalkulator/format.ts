import { bulatkan } from "../../../core/pembulatan";

// Reports are Indonesian documents: the number keeps Indonesian separators in both pane languages.
const FORMAT_ID = new Intl.NumberFormat("id-ID", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * Two decimals, decimal comma, thousands dots (`112,50`, `1.234,57`). Rounded half-up by the
 * core first, because Intl rounds the binary value (1.005 would print as 1,00).
 */
export function formatPersen(nilai: number): string {
  return FORMAT_ID.format(bulatkan(nilai, 2, "half-up"));
}
