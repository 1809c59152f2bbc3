/**
 * The preview in Debian's Chromium, as a planner without Excel uses it: the sample workbook
 * loads into the grid; the pane scans it, fills, undoes, checks and selects a finding's cell in
 * the grid; other workbooks come in by drag and drop and by the file picker. A screenshot of each step lands in test-output/e2e/.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { PESAN_TEKS } from "../../src/cli/xlsx/errors";
import { AKAR, KELUARAN, bangun, bukaChromium, layani, type Peramban, type Server } from "./bantu";

jest.setTimeout(240_000);

const DIST = path.join(KELUARAN, "dist");
let server: Server | undefined;
let peramban: Peramban | undefined;
let page: Page;
const galatHalaman: string[] = [];
const permintaanLuar: string[] = [];

async function foto(nama: string): Promise<void> {
  await page.screenshot({ path: path.join(KELUARAN, `${nama}.png`), fullPage: true });
}

function pane(): ReturnType<Page["locator"]> {
  return page.locator('aside[aria-label="Panel tugas"]');
}

function sel(alamat: string): ReturnType<Page["locator"]> {
  return page.locator(`[data-testid="grid"] td[data-alamat="${alamat}"]`);
}

beforeAll(async () => {
  fs.mkdirSync(KELUARAN, { recursive: true });
  bangun(DIST);
  server = await layani(DIST);
  peramban = await bukaChromium();
  page = peramban.konteks.pages()[0] ?? (await peramban.konteks.newPage());
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (e) => galatHalaman.push(e.message));
  const asal = server.url;
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(asal) && !/^(data|blob):/.test(url)) permintaanLuar.push(url);
  });
  await page.goto(`${server.url}/preview.html`);
});

afterAll(async () => {
  await peramban?.tutup();
  await server?.tutup();
});

test("1. the sample workbook loads into the grid and the pane", async () => {
  await page.getByText("Buku kerja: contoh-sakip.xlsx (16 lembar)", { exact: false }).waitFor();
  await page.getByRole("heading", { name: "Kinerja" }).waitFor();
  expect(await page.locator('[role="tab"][data-lembar]').count()).toBe(16);
  expect(await page.locator('[data-lembar][aria-selected="true"]').textContent()).toBe(
    "T2.1 Renstra",
  );
  expect(await sel("A1").textContent()).toBe("Tabel 2.1");
  expect(await sel("E6").textContent()).toBe("INDIKATOR KINERJA");
  await foto("01-contoh-dimuat");
});

test("2. another sheet of the grid opens from its tab; a click selects a cell", async () => {
  await page.locator('[data-lembar="T3.2 Capaian IKU"]').click();
  expect(await page.locator('[data-lembar][aria-selected="true"]').textContent()).toBe(
    "T3.2 Capaian IKU",
  );
  expect(await sel("A1").textContent()).not.toBe("Tabel 2.1");
  await sel("B6").click();
  const dipilih = page.locator('[data-testid="grid"] td[data-pilih="ya"]');
  expect(await dipilih.count()).toBe(1);
  expect(await dipilih.getAttribute("data-alamat")).toBe("B6");
  await foto("02-lembar-lain");
});

test("3. the pane's calculator computes a capaian", async () => {
  await page.getByLabel("Target", { exact: true }).fill("80");
  await page.getByLabel("Realisasi", { exact: true }).fill("90");
  await page.getByRole("button", { name: "Hitung" }).click();
  const hasil = page.getByRole("region", { name: "Hasil" });
  await hasil.getByText("112,5", { exact: false }).first().waitFor();
  await foto("03-kalkulator");
});

test("4. the language switch turns the pane to English and back", async () => {
  await page.getByRole("button", { name: "English", exact: true }).click();
  await page.getByRole("tab", { name: "Calculator" }).waitFor();
  await foto("04-english");
  await page.getByRole("button", { name: "Bahasa Indonesia", exact: true }).click();
  await page.getByRole("tab", { name: "Kalkulator" }).waitFor();
});

test("5. Pindai: the sample's SAKIP tables are recognised", async () => {
  await pane().getByRole("tab", { name: "Pindai", exact: true }).click();
  await page.getByRole("button", { name: "Pindai buku kerja" }).click();
  const ringkas = page.getByText(/^\d+ tabel SAKIP dikenali di \d+ lembar\.$/);
  await ringkas.waitFor();
  const [tabel, lembar] = ((await ringkas.textContent()) ?? "").match(/\d+/g) ?? [];
  expect(Number(tabel)).toBeGreaterThanOrEqual(10);
  expect(Number(lembar)).toBeGreaterThanOrEqual(10);
  expect(await page.getByLabel("Jenis tabel").count()).toBe(Number(tabel));
  await foto("05-pindai");
});

/** Every sheet's cells as the grid shows them, sheet by sheet (opens each tab). */
async function isiSemuaLembar(): Promise<Record<string, string[]>> {
  const hasil: Record<string, string[]> = {};
  const tab = page.locator('[role="tab"][data-lembar]');
  for (let i = 0; i < (await tab.count()); i++) {
    await tab.nth(i).click();
    const nama = (await tab.nth(i).getAttribute("data-lembar")) ?? String(i);
    hasil[nama] = await page.locator('[data-testid="grid"] td').allTextContents();
  }
  return hasil;
}

let sebelumIsi: Record<string, string[]> = {};

test("6. Isi: the fill writes formulas the grid shows, and one click undoes it", async () => {
  await page.getByLabel("Tampilkan rumus").check();
  sebelumIsi = await isiSemuaLembar();
  await pane().getByRole("tab", { name: "Isi", exact: true }).click();
  const tombol = page.getByRole("button", { name: /^Isi \d+ sel$/ });
  await tombol.waitFor();
  const jumlah = Number(((await tombol.textContent()) ?? "").replace(/\D/g, ""));
  expect(jumlah).toBeGreaterThan(0);
  await tombol.click();
  await page.getByText(new RegExp(`^${jumlah} sel ditulis`)).waitFor();

  // The grid shades what was written: find a sheet that got cells and look at one.
  const tab = page.locator('[role="tab"][data-lembar]');
  let tertulis = 0;
  let contoh = "";
  for (let i = 0; i < (await tab.count()) && tertulis === 0; i++) {
    await tab.nth(i).click();
    const sel = page.locator('[data-testid="grid"] td[data-tulis="ya"]');
    tertulis = await sel.count();
    if (tertulis > 0) {
      contoh = (await sel.first().textContent()) ?? "";
      await sel.first().scrollIntoViewIfNeeded();
    }
  }
  expect(tertulis).toBeGreaterThan(0);
  expect(contoh.startsWith("=")).toBe(true);
  await foto("06-isi");

  await page.getByRole("button", { name: "Batalkan isian" }).click();
  await page.getByText("Isian dibatalkan: sel kembali seperti semula.").waitFor();
  await foto("06-batal");
  expect(await isiSemuaLembar()).toEqual(sebelumIsi);
  await page.getByLabel("Tampilkan rumus").uncheck();
});

test("7. Periksa: clicking a finding selects its cell in the grid", async () => {
  await pane().getByRole("tab", { name: "Periksa", exact: true }).click();
  const panel = pane();
  const temuan = panel.getByRole("button", { name: /^[A-Z]{1,3}\d+: / }).first();
  await temuan.waitFor();
  const alamat = ((await temuan.textContent()) ?? "").split(":")[0];
  await temuan.click();
  const terpilih = panel.getByText(/^Sel terpilih: /);
  await terpilih.waitFor();
  const teks = (await terpilih.textContent()) ?? "";
  const m = /^Sel terpilih: '?(.+?)'?!([A-Z]+\d+)/.exec(teks);
  expect(m).not.toBeNull();
  const [, lembar, sel] = m ?? [];
  expect(sel).toBe(alamat);
  expect(
    await page.locator('[data-lembar][aria-selected="true"]').getAttribute("data-lembar"),
  ).toBe(lembar.replace(/''/g, "'"));
  const dipilih = page.locator('[data-testid="grid"] td[data-pilih="ya"]');
  await dipilih.first().waitFor();
  expect(await dipilih.first().getAttribute("data-alamat")).toBe(sel);
  await foto("07-periksa-temuan");
});

test("8. a workbook dropped on the page replaces the sample", async () => {
  const isi = fs.readFileSync(path.join(AKAR, "test/fixtures/seed-000-cirebon-pk-2024.xlsx"));
  const dt = await page.evaluateHandle((b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], "seed-000-cirebon-pk-2024.xlsx"));
    return transfer;
  }, isi.toString("base64"));
  await page.dispatchEvent('[data-testid="pratinjau"]', "drop", { dataTransfer: dt });
  await page.getByText("Buku kerja: seed-000-cirebon-pk-2024.xlsx", { exact: false }).waitFor();
  expect(await page.locator('[role="tab"][data-lembar]').count()).toBeGreaterThan(0);
  await page.getByRole("heading", { name: "Kinerja" }).waitFor();
  await foto("08-berkas-diseret");
});

test("9. the file picker loads a workbook, and a non-workbook gets a message", async () => {
  const input = page.getByLabel("Buka berkas .xlsx");
  await input.setInputFiles(path.join(AKAR, "assets/contoh-sakip.xlsx"));
  await page.getByText("Buku kerja: contoh-sakip.xlsx (16 lembar)", { exact: false }).waitFor();
  await input.setInputFiles({
    name: "catatan.xlsx",
    mimeType: "text/plain",
    buffer: Buffer.from("ini bukan buku kerja\n"),
  });
  const status = page.getByTestId("status-buku");
  await status.getByText("catatan.xlsx:", { exact: false }).waitFor();
  expect(await status.textContent()).toBe(`catatan.xlsx: ${PESAN_TEKS}`);
  await foto("09-berkas-salah");
  expect(galatHalaman).toEqual([]);
  // Nothing of the workbook (nor anything else) leaves the page's own origin.
  expect(permintaanLuar).toEqual([]);
});
