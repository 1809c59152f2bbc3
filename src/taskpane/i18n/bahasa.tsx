/**
 * The pane's language, shared through context and remembered in localStorage. Storage can be
 * missing or throw (private windows, some Office webviews): the choice then lasts for the session.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { DAFTAR_BAHASA, TEKS, type Bahasa, type Teks } from "./teks";

export const KUNCI_PENYIMPANAN = "kinerja.bahasa";

const BAHASA_BAWAAN: Bahasa = "id";

function bacaBahasa(value: unknown): Bahasa | undefined {
  return DAFTAR_BAHASA.find((b) => b === value);
}

function penyimpanan(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function bahasaTersimpan(): Bahasa {
  try {
    return bacaBahasa(penyimpanan()?.getItem(KUNCI_PENYIMPANAN)) ?? BAHASA_BAWAAN;
  } catch {
    return BAHASA_BAWAAN;
  }
}

function simpanBahasa(bahasa: Bahasa): void {
  try {
    penyimpanan()?.setItem(KUNCI_PENYIMPANAN, bahasa);
  } catch {
    // Remembering the choice is a convenience; the switch itself already happened.
  }
}

interface NilaiBahasa {
  bahasa: Bahasa;
  teks: Teks;
  aturBahasa: (bahasa: Bahasa) => void;
}

const KonteksBahasa = createContext<NilaiBahasa>({
  bahasa: BAHASA_BAWAAN,
  teks: TEKS[BAHASA_BAWAAN],
  aturBahasa: () => undefined,
});

export function PenyediaBahasa(props: { awal?: Bahasa; children: ReactNode }): JSX.Element {
  const [bahasa, setBahasa] = useState<Bahasa>(() => props.awal ?? bahasaTersimpan());
  const aturBahasa = useCallback((baru: Bahasa) => {
    setBahasa(baru);
    simpanBahasa(baru);
  }, []);
  const nilai = useMemo(() => ({ bahasa, teks: TEKS[bahasa], aturBahasa }), [bahasa, aturBahasa]);
  return <KonteksBahasa.Provider value={nilai}>{props.children}</KonteksBahasa.Provider>;
}

export function useBahasa(): NilaiBahasa {
  return useContext(KonteksBahasa);
}
