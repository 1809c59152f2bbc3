import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../../excel/host";
import { useBahasa } from "../i18n/bahasa";

/** One notice saying what this host can do, so nobody looks for functions that cannot exist. */
export function StatusHost(props: { host: HostInfo }): JSX.Element {
  const { teks } = useBahasa();
  const t = teks.host;
  const { host } = props;
  if (!host.inExcel) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.luarJudul}</MessageBarTitle>
          {t.luarIsi}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!host.customFunctions) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.lamaJudul}</MessageBarTitle>
          {t.lamaIsi}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.excelJudul}</MessageBarTitle>
        {t.excelIsi(host.excelApi)}
        {!host.sharedRuntime && ` ${t.tanpaRuntimeBersama}`}
      </MessageBarBody>
    </MessageBar>
  );
}
