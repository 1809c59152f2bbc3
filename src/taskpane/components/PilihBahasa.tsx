import { Button } from "@fluentui/react-components";
import { useBahasa } from "../i18n/bahasa";

/** Names the other language in that language, the usual convention for a language switch. */
export function PilihBahasa(): JSX.Element {
  const { bahasa, teks, aturBahasa } = useBahasa();
  const lain = bahasa === "id" ? "en" : "id";
  return (
    <Button
      appearance="subtle"
      size="small"
      lang={lain}
      title={teks.gantiBahasaKeterangan}
      onClick={() => aturBahasa(lain)}
    >
      {teks.gantiBahasa}
    </Button>
  );
}
