/**
 * Copies text to the clipboard. The async Clipboard API can be missing or refused inside Office
 * webviews, so the old selection-based copy is tried next; false means the user must copy by hand.
 */
export async function salinTeks(teks: string): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(teks);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): fall through to the selection-based copy.
  }
  return salinLewatSeleksi(teks);
}

function salinLewatSeleksi(teks: string): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const area = document.createElement("textarea");
  area.value = teks;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  // Keyboard users must land back on the button they pressed.
  const sebelumnya = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.appendChild(area);
  try {
    area.focus();
    area.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    sebelumnya?.focus();
  }
}
