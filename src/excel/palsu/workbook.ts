/** The fake's `context.workbook`, apart from the proxies so settings can extend their base class. */
import { apiTidakAda, itemTidakAda } from "./galat";
import type { KonteksInti } from "./jenis";
import { KoleksiNamaPalsu } from "./nama";
import {
  AplikasiPalsu,
  cariLembar,
  KoleksiLembarPalsu,
  RangePalsu,
  type TargetRange,
} from "./objek";
import { KoleksiSettingPalsu } from "./setelan";

export class WorkbookPalsu {
  readonly worksheets: KoleksiLembarPalsu;
  readonly application: AplikasiPalsu;
  readonly settings: KoleksiSettingPalsu;
  readonly names: KoleksiNamaPalsu;

  constructor(private readonly context: KonteksInti) {
    this.worksheets = new KoleksiLembarPalsu(context);
    this.application = new AplikasiPalsu(context);
    this.settings = new KoleksiSettingPalsu(context);
    this.names = new KoleksiNamaPalsu(context);
  }

  /** The selection's top-left cell, or A1 of the active sheet. */
  getActiveCell(): RangePalsu {
    return new RangePalsu(this.context, () => {
      if (!this.context.buku.mendukung(7)) throw apiTidakAda("Workbook.getActiveCell", 7);
      const t = this.pilihanKini();
      const { r0, c0 } = t.area;
      return { lembar: t.lembar, area: { r0, c0, r1: r0, c1: c0 } };
    });
  }

  getSelectedRange(): RangePalsu {
    return new RangePalsu(this.context, () => this.pilihanKini());
  }

  private pilihanKini(): TargetRange {
    const buku = this.context.buku;
    const pilihan = buku.selection;
    const lembar =
      pilihan === undefined ? buku.lembarAktif() : cariLembar(this.context, pilihan.sheet);
    if (lembar === undefined) throw itemTidakAda("Workbook.getSelectedRange");
    return { lembar, area: pilihan?.area ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }
}
