/** Renders the pane against the in-memory Excel, the way the preview does. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { WorkbookModel } from "../../src/core/workbook";
import type { HostInfo } from "../../src/excel/host";
import { bukuKerjaPalsu, type BukuKerjaPalsu, type OpsiPalsu } from "../../src/excel/palsu";
import { App } from "../../src/taskpane/App";
import type { AksesExcel } from "../../src/taskpane/kerja/excel";
import type { Bahasa } from "../../src/taskpane/i18n/teks";

export const M365: HostInfo = {
  inExcel: true,
  customFunctions: true,
  sharedRuntime: true,
  excelApi: "1.17",
};

export function aksesPalsu(buku: BukuKerjaPalsu): AksesExcel {
  return { run: (batch) => buku.run((ctx) => batch(ctx)) };
}

/** Lets every pending promise (syncs are microtasks) settle inside act. */
export async function tunggu(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function bukaPane(
  model: WorkbookModel,
  opsi: { palsu?: OpsiPalsu; host?: HostInfo; bahasa?: Bahasa; buku?: BukuKerjaPalsu } = {},
): Promise<BukuKerjaPalsu> {
  const buku = opsi.buku ?? bukuKerjaPalsu(model, opsi.palsu);
  render(<App host={opsi.host ?? M365} bahasa={opsi.bahasa ?? "id"} excel={aksesPalsu(buku)} />);
  await tunggu();
  return buku;
}

export function bukaTab(nama: string): void {
  fireEvent.click(screen.getByRole("tab", { name: nama }));
}

export async function pindai(): Promise<void> {
  bukaTab("Pindai");
  fireEvent.click(screen.getByRole("button", { name: "Pindai buku kerja" }));
  await tunggu();
}
