import { bukuKerjaPalsu } from "../../src/excel/palsu";
import { pilihSel, type KonteksPilih } from "../../src/excel/pilih";
import { bukuContoh } from "./bantu";

/** Compile-time: the real RequestContext satisfies the structural type. */
export const pilihDariOffice = (context: Excel.RequestContext): KonteksPilih => context;

describe("pilihSel", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    await buku.run((ctx) => pilihSel(ctx, "PK 2024", "F4"));
    expect(buku.selection?.sheet).toBe("PK 2024");
    expect(buku.selection?.area).toEqual({ r0: 3, c0: 5, r1: 3, c1: 5 });
    expect(buku.syncCount).toBe(1);
  });

  it("fails for a sheet that does not exist", async () => {
    const buku = bukuKerjaPalsu(bukuContoh());
    await expect(buku.run((ctx) => pilihSel(ctx, "Tiada", "A1"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(buku.selection).toBeUndefined();
  });
});
