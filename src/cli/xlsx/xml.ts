/**
 * String-level XML helpers. Parts are edited and trimmed as text so that every byte we do not
 * mean to change stays as the author's program wrote it; these helpers only find tags.
 */

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Strict OOXML namespaces and their transitional equivalents. */
export const STRICT_TO_TRANSITIONAL: readonly (readonly [string, string])[] = [
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", NS_MAIN],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", NS_REL],
];

export function isMainNamespace(uri: string): boolean {
  return uri === NS_MAIN || uri === STRICT_TO_TRANSITIONAL[0][0];
}

const utf8 = new TextDecoder("utf-8");
const utf8KeepBom = new TextDecoder("utf-8", { ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/**
 * Decodes a part. UTF-16 parts (allowed by OPC) are decoded by their BOM; with `keepBom` a UTF-8
 * BOM stays in the string so that re-encoding gives the same bytes back.
 */
export function decodeXml(data: Uint8Array, keepBom = false): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return utf16le.decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return utf16be.decode(data);
  return (keepBom ? utf8KeepBom : utf8).decode(data);
}

export function isUtf16(data: Uint8Array): boolean {
  return (
    data.length >= 2 &&
    ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
  );
}

export interface Tag {
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  /** Namespace prefix with its colon (`x:`), or empty. */
  prefix: string;
  local: string;
  selfClosing: boolean;
  /** Attribute text between the name and `>` (or `/>`). */
  attrText: string;
}

/** Index just after the `>` closing the tag opened at `start`, skipping `>` inside quotes. */
export function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) {
      quote = ch;
    } else if (ch === 62) {
      return i + 1;
    }
  }
  return -1;
}

function isNameChar(ch: number): boolean {
  return (
    (ch >= 97 && ch <= 122) ||
    (ch >= 65 && ch <= 90) ||
    (ch >= 48 && ch <= 57) ||
    ch === 58 ||
    ch === 95 ||
    ch === 45 ||
    ch === 46
  );
}

/** Reads the start tag at `start` (which must be `<`); undefined for closing tags, PIs, comments. */
export function readTag(xml: string, start: number): Tag | undefined {
  let i = start + 1;
  const first = xml.charCodeAt(i);
  if (first === 47 || first === 63 || first === 33) return undefined;
  while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
  const name = xml.slice(start + 1, i);
  if (name === "") return undefined;
  const end = tagEnd(xml, start);
  if (end < 0) return undefined;
  const selfClosing = xml.charCodeAt(end - 2) === 47;
  const colon = name.indexOf(":");
  return {
    start,
    end,
    prefix: colon < 0 ? "" : name.slice(0, colon + 1),
    local: colon < 0 ? name : name.slice(colon + 1),
    selfClosing,
    attrText: xml.slice(i, selfClosing ? end - 2 : end - 1),
  };
}

/** The document element. */
export function rootTag(xml: string): Tag | undefined {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) return undefined;
    const tag = readTag(xml, i);
    if (tag !== undefined) return tag;
    // Skip the declaration, comments and doctype.
    if (xml.startsWith("<!--", i)) {
      const e = xml.indexOf("-->", i);
      if (e < 0) return undefined;
      i = e + 3;
    } else {
      i++;
    }
  }
}

/**
 * Finds the next start tag named `prefix + local` at or after `from` (and before `to`). The name
 * must end there: `<c` does not match `<cols`.
 */
export function findTag(
  xml: string,
  prefix: string,
  local: string,
  from: number,
  to: number = xml.length,
): Tag | undefined {
  const needle = `<${prefix}${local}`;
  let i = from;
  for (;;) {
    i = xml.indexOf(needle, i);
    if (i < 0 || i >= to) return undefined;
    const next = xml.charCodeAt(i + needle.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      const tag = readTag(xml, i);
      if (tag !== undefined) return tag;
    }
    i += needle.length;
  }
}

/** Element end (just after its closing tag) for a start tag; -1 when unclosed. */
export function elementEnd(xml: string, tag: Tag): number {
  if (tag.selfClosing) return tag.end;
  const close = `</${tag.prefix}${tag.local}>`;
  const i = xml.indexOf(close, tag.end);
  return i < 0 ? -1 : i + close.length;
}

const ATTR_RE = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes by qualified name, values unescaped. */
export function attrs(attrText: string): Map<string, string> {
  const m = new Map<string, string>();
  ATTR_RE.lastIndex = 0;
  for (let r = ATTR_RE.exec(attrText); r !== null; r = ATTR_RE.exec(attrText)) {
    m.set(r[1], unescapeXml(r[3] ?? r[4] ?? ""));
  }
  return m;
}

/** Attribute value by local name, whatever its prefix (relationship ids use any prefix). */
export function attrLocal(a: Map<string, string>, local: string): string | undefined {
  const direct = a.get(local);
  if (direct !== undefined) return direct;
  for (const [k, v] of a) if (k.endsWith(`:${local}`) && !k.startsWith("xmlns")) return v;
  return undefined;
}

/** Namespace URI a prefix (`x:` or empty) is bound to in a tag's own declarations. */
export function namespaceOf(tag: Tag, prefix: string): string | undefined {
  const a = attrs(tag.attrText);
  return a.get(prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`);
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITY[body] ?? whole;
  });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/**
 * Cell text as OOXML stores it: characters XML 1.0 cannot carry become `_xHHHH_`, and a literal
 * `_xHHHH_` in the text is protected with `_x005F_` so Excel does not decode it.
 */
export function escapeCellText(text: string): string {
  const protectedText = text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F_${m.slice(1)}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => {
      return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    });
  return escapeText(protectedText);
}

/**
 * Decodes OOXML `_xHHHH_` escapes in shared strings, exactly as exceljs does (upper-case hex), so
 * both readers give the same text.
 */
export function decodeCellEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
