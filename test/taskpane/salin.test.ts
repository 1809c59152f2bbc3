/** @jest-environment jsdom */
import { salinTeks } from "../../src/taskpane/components/fungsi/salin";

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, "clipboard", { value, configurable: true });
}

function setExecCommand(value: unknown): void {
  Object.defineProperty(document, "execCommand", { value, configurable: true, writable: true });
}

afterEach(() => {
  setClipboard(undefined);
  setExecCommand(undefined);
});

describe("salinTeks", () => {
  test("uses the Clipboard API when present", async () => {
    const written: string[] = [];
    setClipboard({ writeText: async (t: string) => void written.push(t) });
    await expect(salinTeks("=SAKIP.SISA(pagu; realisasi)")).resolves.toBe(true);
    expect(written).toEqual(["=SAKIP.SISA(pagu; realisasi)"]);
  });

  test("falls back to a selection copy when the API refuses", async () => {
    setClipboard({
      writeText: async () => {
        throw new Error("NotAllowedError");
      },
    });
    const copied: string[] = [];
    setExecCommand((command: string) => {
      const area = document.activeElement;
      copied.push(`${command}:${area instanceof HTMLTextAreaElement ? area.value : ""}`);
      return true;
    });
    const button = document.createElement("button");
    document.body.appendChild(button);
    button.focus();
    await expect(salinTeks("=SAKIP.NILAI(teks)")).resolves.toBe(true);
    expect(document.activeElement).toBe(button);
    button.remove();
    expect(copied).toEqual(["copy:=SAKIP.NILAI(teks)"]);
    expect(document.querySelector("textarea")).toBeNull();
  });

  test("false when nothing can copy", async () => {
    setClipboard(undefined);
    await expect(salinTeks("x")).resolves.toBe(false);
  });
});
