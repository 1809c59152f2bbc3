/**
 * Offline checks of every manifest*.xml at the repository root: the rules Office enforces when it
 * loads an add-in-only manifest (XSD order, resource references, lengths, https) plus this
 * project's own rules (id-ID overrides, SAKIP namespace, icons, Excel 2016/2019 fallback).
 * Each check returns a list of problems so the negative tests can prove that it catches breakage.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const ASSETS = join(ROOT, "assets");
/** The production build replaces exactly this origin (see docs/pemasangan.md). */
const DEV_ORIGIN = "https://localhost:3000/";
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Kind = "modern" | "legacy";
type ResourceKind = "image" | "url" | "short" | "long";

interface Resource {
  id: string;
  kind: ResourceKind;
  node: XmlNode;
}

// ---------------------------------------------------------------- parsing helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toAttrs(raw: unknown): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!isRecord(raw)) return attrs;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") attrs[key] = value;
  }
  return attrs;
}

function toNodes(items: unknown): XmlNode[] {
  if (!Array.isArray(items)) return [];
  const nodes: XmlNode[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (key === ":@" || key === "#text" || key.startsWith("?")) continue;
      const text = Array.isArray(value)
        ? value
            .filter(isRecord)
            .map((part) => part["#text"])
            .filter((part): part is string => typeof part === "string")
            .join("")
        : "";
      nodes.push({ name: key, attrs: toAttrs(item[":@"]), children: toNodes(value), text });
    }
  }
  return nodes;
}

function parse(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toNodes(parser.parse(xml));
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => local(c.name) === name) : [];
}

function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return kids(node, name)[0];
}

function path(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  return names.reduce<XmlNode | undefined>((n, name) => kid(n, name), node);
}

function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

function byType(node: XmlNode, type: string): XmlNode[] {
  return descendants(node).filter((n) => n.attrs["xsi:type"] === type);
}

function overrides(node: XmlNode): XmlNode[] {
  return kids(node, "Override");
}

function resources(doc: XmlNode): Resource[] {
  const groups: Record<string, ResourceKind> = {
    Images: "image",
    Urls: "url",
    ShortStrings: "short",
    LongStrings: "long",
  };
  const res = path(doc, "VersionOverrides", "Resources");
  if (!res) return [];
  return res.children.flatMap((group) => {
    const kind = groups[local(group.name)];
    if (!kind) return [];
    return group.children.map((node) => ({ id: node.attrs.id ?? "", kind, node }));
  });
}

function resource(doc: XmlNode, id: string): Resource | undefined {
  return resources(doc).find((r) => r.id === id);
}

function setsOf(requirements: XmlNode | undefined): { name: string; min: string }[] {
  const sets = kid(requirements, "Sets");
  const defaultMin = sets?.attrs.DefaultMinVersion ?? "1.1";
  return kids(sets, "Set").map((s) => ({
    name: s.attrs.Name ?? "",
    min: s.attrs.MinVersion ?? defaultMin,
  }));
}

function readPngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function chars(s: string): number {
  return [...s].length;
}

// ---------------------------------------------------------------- checks

function checkWellFormed(xml: string): string[] {
  const result = XMLValidator.validate(xml);
  return result === true ? [] : [`not well-formed: ${result.err.msg} (line ${result.err.line})`];
}

/** Children must follow `order`; names in `repeatable` may occur several times in a row. */
function checkSequence(
  where: string,
  node: XmlNode | undefined,
  order: readonly string[],
  repeatable: readonly string[] = [],
): string[] {
  if (!node) return [];
  const problems: string[] = [];
  let last = -1;
  for (const child of node.children) {
    const name = local(child.name);
    const index = order.indexOf(name);
    if (index < 0) problems.push(`${where}: unexpected <${name}>`);
    else if (index < last || (index === last && !repeatable.includes(name)))
      problems.push(`${where}: <${name}> is out of XSD order`);
    else last = index;
  }
  return problems;
}

const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;
const OFFICEAPP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

function checkOrder(doc: XmlNode): string[] {
  const problems = checkSequence("OfficeApp", doc, OFFICEAPP_ORDER);
  for (const name of OFFICEAPP_REQUIRED) {
    if (!kid(doc, name)) problems.push(`OfficeApp: <${name}> is missing`);
  }
  const vo = kid(doc, "VersionOverrides");
  problems.push(
    ...checkSequence("VersionOverrides", vo, [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "VersionOverrides",
    ]),
  );
  for (const host of kids(kid(vo, "Hosts"), "Host")) {
    problems.push(
      ...checkSequence("Host", host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]),
      ...checkSequence(
        "DesktopFormFactor",
        kid(host, "DesktopFormFactor"),
        ["GetStarted", "FunctionFile", "ExtensionPoint"],
        ["ExtensionPoint"],
      ),
    );
  }
  for (const ep of byType(doc, "CustomFunctions")) {
    problems.push(
      ...checkSequence("CustomFunctions", ep, ["Script", "Page", "Metadata", "Namespace"]),
    );
  }
  for (const group of descendants(doc).filter((n) => local(n.name) === "Group")) {
    problems.push(...checkSequence("Group", group, ["Label", "Icon", "Control"], ["Control"]));
  }
  for (const button of byType(doc, "Button")) {
    problems.push(...checkSequence("Button", button, ["Label", "Supertip", "Icon", "Action"]));
  }
  for (const action of byType(doc, "ShowTaskpane")) {
    problems.push(
      ...checkSequence("ShowTaskpane", action, ["TaskpaneId", "SourceLocation", "Title"]),
    );
  }
  return problems;
}

const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

function checkResids(doc: XmlNode): string[] {
  const problems: string[] = [];
  const defined = resources(doc);
  const seen = new Set<string>();
  for (const r of defined) {
    if (r.id === "") problems.push(`resource <${r.node.name}> has no id`);
    if (r.id.length > RESID_MAX) problems.push(`resource id "${r.id}" is longer than ${RESID_MAX}`);
    if (seen.has(r.id)) problems.push(`resource id "${r.id}" is defined more than once`);
    seen.add(r.id);
  }
  for (const node of descendants(doc)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > RESID_MAX) problems.push(`resid "${resid}" is longer than ${RESID_MAX}`);
    const matches = defined.filter((r) => r.id === resid);
    if (matches.length !== 1) {
      problems.push(`resid "${resid}" on <${node.name}> resolves to ${matches.length} resources`);
      continue;
    }
    const expected = REFERENCE_KIND[local(node.name)];
    if (expected === undefined) problems.push(`<${node.name}> carries a resid of unknown kind`);
    else if (matches[0].kind !== expected)
      problems.push(
        `resid "${resid}" on <${node.name}> must be ${expected}, is ${matches[0].kind}`,
      );
  }
  return problems;
}

function localeValues(node: XmlNode | undefined): string[] {
  if (!node) return [];
  return [node.attrs.DefaultValue ?? "", ...overrides(node).map((o) => o.attrs.Value ?? "")];
}

function checkUrls(doc: XmlNode): string[] {
  const found: { where: string; url: string; originBound: boolean }[] = [];
  const add = (where: string, node: XmlNode | undefined): void => {
    for (const url of localeValues(node)) found.push({ where, url, originBound: true });
  };
  add("IconUrl", kid(doc, "IconUrl"));
  add("HighResolutionIconUrl", kid(doc, "HighResolutionIconUrl"));
  add("SupportUrl", kid(doc, "SupportUrl"));
  add("DefaultSettings/SourceLocation", path(doc, "DefaultSettings", "SourceLocation"));
  for (const r of resources(doc)) {
    if (r.kind === "url" || r.kind === "image") add(`${r.node.name} ${r.id}`, r.node);
  }
  for (const domain of kids(kid(doc, "AppDomains"), "AppDomain")) {
    found.push({ where: "AppDomain", url: domain.text, originBound: false });
  }
  const problems: string[] = [];
  for (const { where, url, originBound } of found) {
    let protocol = "";
    try {
      protocol = new URL(url).protocol;
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (protocol !== "https:") problems.push(`${where}: "${url}" is not https`);
    else if (originBound && !url.startsWith(DEV_ORIGIN))
      problems.push(`${where}: "${url}" does not start with ${DEV_ORIGIN}`);
  }
  return problems;
}

function checkLengths(doc: XmlNode): string[] {
  const problems: string[] = [];
  const limit = (where: string, values: string[], max: number): void => {
    for (const v of values) {
      if (chars(v) < 1 || chars(v) > max) problems.push(`${where}: ${chars(v)} chars (1..${max})`);
    }
  };
  limit("ProviderName", [kid(doc, "ProviderName")?.text ?? ""], SHORT_MAX);
  limit("DisplayName", localeValues(kid(doc, "DisplayName")), SHORT_MAX);
  limit("Description", localeValues(kid(doc, "Description")), LONG_MAX);
  for (const r of resources(doc)) {
    if (r.kind === "short") limit(`ShortString ${r.id}`, localeValues(r.node), SHORT_MAX);
    if (r.kind === "long") limit(`LongString ${r.id}`, localeValues(r.node), LONG_MAX);
  }
  return problems;
}

function namespaceIds(doc: XmlNode): string[] {
  return byType(doc, "CustomFunctions").map((ep) => kid(ep, "Namespace")?.attrs.resid ?? "");
}

function checkIndonesian(doc: XmlNode): string[] {
  const problems: string[] = [];
  const needs = (where: string, node: XmlNode | undefined): void => {
    const id = node ? overrides(node).find((o) => o.attrs.Locale === "id-ID") : undefined;
    if (!id || (id.attrs.Value ?? "").trim() === "") problems.push(`${where}: no id-ID override`);
  };
  if (kid(doc, "DefaultLocale")?.text !== "en-US") problems.push("DefaultLocale must be en-US");
  needs("DisplayName", kid(doc, "DisplayName"));
  needs("Description", kid(doc, "Description"));
  const namespaces = namespaceIds(doc);
  for (const r of resources(doc)) {
    if ((r.kind === "short" || r.kind === "long") && !namespaces.includes(r.id)) {
      needs(`String ${r.id}`, r.node);
    }
  }
  return problems;
}

function checkIcons(doc: XmlNode, assetsDir: string): string[] {
  const problems: string[] = [];
  const sizeOf = (url: string): { width: number; height: number } | null => {
    const file = join(assetsDir, url.slice(`${DEV_ORIGIN}assets/`.length));
    if (!existsSync(file)) {
      problems.push(`${url}: file missing in assets/`);
      return null;
    }
    const size = readPngSize(file);
    if (!size) problems.push(`${url}: not a PNG`);
    return size;
  };
  const urls = new Set<string>([
    ...localeValues(kid(doc, "IconUrl")),
    ...localeValues(kid(doc, "HighResolutionIconUrl")),
    ...resources(doc)
      .filter((r) => r.kind === "image" || r.kind === "url")
      .flatMap((r) => localeValues(r.node)),
  ]);
  for (const url of urls) {
    if (!url.startsWith(`${DEV_ORIGIN}assets/`)) continue;
    const size = sizeOf(url);
    const named = /icon-(\d+)\.png$/.exec(url);
    if (!named) problems.push(`${url}: name does not say its size (icon-<px>.png)`);
    else if (size && (size.width !== Number(named[1]) || size.height !== Number(named[1])))
      problems.push(`${url}: is ${size.width}x${size.height}, name says ${named[1]}`);
  }
  for (const ref of descendants(doc).filter((n) => local(n.name) === "Image" && n.attrs.size)) {
    const image = resource(doc, ref.attrs.resid ?? "");
    const named = image ? /icon-(\d+)\.png$/.exec(image.node.attrs.DefaultValue ?? "") : null;
    if (named && named[1] !== ref.attrs.size)
      problems.push(`Icon size ${ref.attrs.size} points to ${image?.id} (${named[1]} px)`);
  }
  return problems;
}

/** Ribbon button shared by both manifests: Home tab, group Kinerja, button Buka Kinerja. */
function checkRibbon(doc: XmlNode): string[] {
  const problems: string[] = [];
  const idText = (resid: string | undefined): [string, string] => {
    const r = resource(doc, resid ?? "");
    const id = r ? overrides(r.node).find((o) => o.attrs.Locale === "id-ID") : undefined;
    return [r?.node.attrs.DefaultValue ?? "", id?.attrs.Value ?? ""];
  };
  const tab = byType(doc, "PrimaryCommandSurface")
    .flatMap((ep) => kids(ep, "OfficeTab"))
    .find((t) => t.attrs.id === "TabHome");
  const group = kid(tab, "Group");
  if (!group) return ["no group on the Home tab (OfficeTab TabHome)"];
  if (idText(kid(group, "Label")?.attrs.resid).join("|") !== "Kinerja|Kinerja")
    problems.push("group label must be Kinerja");
  const button = kids(group, "Control").find((c) => c.attrs["xsi:type"] === "Button");
  if (!button) return [...problems, "group has no button"];
  if (idText(kid(button, "Label")?.attrs.resid).join("|") !== "Open Kinerja|Buka Kinerja")
    problems.push("button label must be Open Kinerja / Buka Kinerja");
  const tip = kid(button, "Supertip");
  if (!kid(tip, "Title") || !kid(tip, "Description")) problems.push("button has no Supertip");
  const sizes = kids(kid(button, "Icon"), "Image").map((i) => i.attrs.size);
  if (sizes.join(",") !== "16,32,80") problems.push(`button icon sizes ${sizes.join(",")}`);
  const action = kid(button, "Action");
  if (action?.attrs["xsi:type"] !== "ShowTaskpane") problems.push("button must ShowTaskpane");
  if ((kid(action, "TaskpaneId")?.text ?? "") === "")
    problems.push("ShowTaskpane has no TaskpaneId");
  if (kid(action, "SourceLocation")?.attrs.resid !== "Taskpane.Url")
    problems.push("ShowTaskpane must open Taskpane.Url");
  return problems;
}

function checkBase(doc: XmlNode): string[] {
  const problems: string[] = [];
  if (doc.name !== "OfficeApp" || doc.attrs["xsi:type"] !== "TaskPaneApp")
    problems.push("root must be <OfficeApp xsi:type=TaskPaneApp>");
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
      kid(doc, "Id")?.text ?? "",
    )
  )
    problems.push("Id must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(kid(doc, "Version")?.text ?? ""))
    problems.push("Version must be n.n.n.n");
  const hosts = kids(kid(doc, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.join(",") !== "Workbook") problems.push(`Hosts must be Workbook only, is ${hosts}`);
  if (kid(doc, "Permissions")?.text !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument");
  // The base <Requirements> decides whether the add-in loads at all: only what Excel 2016 has.
  for (const set of setsOf(kid(doc, "Requirements"))) {
    if (set.name !== "ExcelApi" || set.min !== "1.1")
      problems.push(`base Requirements ${set.name} ${set.min} would exclude Excel 2016`);
  }
  if (kid(kid(doc, "Requirements"), "Methods")) problems.push("base Requirements Methods");
  // Hosts that ignore VersionOverrides open this page: it must be the same pane as the ribbon's.
  const pane = path(doc, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (pane !== resource(doc, "Taskpane.Url")?.node.attrs.DefaultValue)
    problems.push("DefaultSettings/SourceLocation must equal Taskpane.Url");
  return problems;
}

function checkModern(doc: XmlNode): string[] {
  const problems: string[] = [];
  const vo = kid(doc, "VersionOverrides");
  const gate = setsOf(kid(vo, "Requirements"));
  if (!gate.some((s) => s.name === "SharedRuntime" && s.min === "1.1"))
    problems.push("VersionOverrides is not gated on SharedRuntime 1.1");
  const hosts = kids(kid(vo, "Hosts"), "Host");
  const workbook = hosts.find((h) => h.attrs["xsi:type"] === "Workbook");
  const runtimes = descendants(doc).filter((n) => local(n.name) === "Runtime");
  const runtime = kids(kid(workbook, "Runtimes"), "Runtime");
  if (runtimes.length !== 1 || runtime.length !== 1)
    problems.push("exactly one Runtime, in the gated Workbook host");
  const shared = runtime[0]?.attrs.resid;
  if (shared !== "Taskpane.Url" || runtime[0]?.attrs.lifetime !== "long")
    problems.push('Runtime must be resid="Taskpane.Url" lifetime="long"');
  const functions = byType(doc, "CustomFunctions");
  const gated = kids(kid(workbook, "AllFormFactors"), "ExtensionPoint").filter(
    (ep) => ep.attrs["xsi:type"] === "CustomFunctions",
  );
  if (functions.length !== 1 || gated.length !== 1)
    problems.push("exactly one CustomFunctions extension point, in the gated Workbook host");
  const ep = functions[0];
  const url = (resid: string | undefined): string =>
    resource(doc, resid ?? "")?.node.attrs.DefaultValue ?? "";
  if (path(ep, "Page", "SourceLocation")?.attrs.resid !== shared)
    problems.push("CustomFunctions Page must use the shared runtime page");
  if (!url(path(ep, "Script", "SourceLocation")?.attrs.resid).endsWith("/functions.js"))
    problems.push("CustomFunctions Script must be functions.js");
  if (!url(path(ep, "Metadata", "SourceLocation")?.attrs.resid).endsWith("/functions.json"))
    problems.push("CustomFunctions Metadata must be functions.json");
  for (const ff of descendants(doc).filter((n) => local(n.name) === "FunctionFile")) {
    if (ff.attrs.resid !== shared) problems.push("FunctionFile must use the shared runtime page");
  }
  for (const action of byType(doc, "ShowTaskpane")) {
    if (kid(action, "SourceLocation")?.attrs.resid !== shared)
      problems.push("ShowTaskpane must open the shared runtime page");
  }
  const ns = resource(doc, kid(ep, "Namespace")?.attrs.resid ?? "");
  const value = ns?.node.attrs.DefaultValue ?? "";
  if (value !== "SAKIP") problems.push(`custom functions namespace is "${value}", not SAKIP`);
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(value)) problems.push("namespace: A-Z, 0-9, _ only");
  if (ns && overrides(ns.node).length > 0) problems.push("namespace must not be localized");
  return problems;
}

const SHARED_ONLY = ["SharedRuntime", "CustomFunctionsRuntime"];

function checkLegacy(doc: XmlNode): string[] {
  const problems: string[] = [];
  const forbidden = ["Runtimes", "Runtime", "AllFormFactors", "Namespace", "Script", "Metadata"];
  for (const node of descendants(doc)) {
    if (forbidden.includes(local(node.name))) problems.push(`legacy declares <${node.name}>`);
    if (node.attrs["xsi:type"] === "CustomFunctions")
      problems.push("legacy declares custom functions");
    if (local(node.name) === "Set" && SHARED_ONLY.includes(node.attrs.Name ?? ""))
      problems.push(`legacy requires ${node.attrs.Name}`);
  }
  // A gate here would hide the ribbon button on exactly the hosts this manifest is for.
  if (path(doc, "VersionOverrides", "Requirements"))
    problems.push("legacy VersionOverrides is gated");
  return problems;
}

function checkAll(xml: string, kind: Kind, assetsDir = ASSETS): string[] {
  const malformed = checkWellFormed(xml);
  if (malformed.length > 0) return malformed;
  const doc = parse(xml);
  return [
    ...checkBase(doc),
    ...checkOrder(doc),
    ...checkResids(doc),
    ...checkUrls(doc),
    ...checkLengths(doc),
    ...checkIndonesian(doc),
    ...checkIcons(doc, assetsDir),
    ...checkRibbon(doc),
    ...(kind === "modern" ? checkModern(doc) : checkLegacy(doc)),
  ];
}

function kindOf(file: string): Kind {
  return file === "manifest.xml" ? "modern" : "legacy";
}

// ---------------------------------------------------------------- the real manifests

const MANIFESTS = readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f));
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

describe("manifests at the repository root", () => {
  it("include the main manifest.xml", () => {
    expect(MANIFESTS).toContain("manifest.xml");
  });

  it("have distinct add-in ids", () => {
    const ids = MANIFESTS.map((f) => kid(parse(read(f)), "Id")?.text);
    expect(new Set(ids).size).toBe(MANIFESTS.length);
  });

  it("every icon-<px>.png in assets/ has the size its name says, for 16/32/64/80/128 at least", () => {
    const icons = readdirSync(ASSETS).filter((f) => /^icon-\d+\.png$/.test(f));
    for (const px of [16, 32, 64, 80, 128]) expect(icons).toContain(`icon-${px}.png`);
    for (const icon of icons) {
      const px = Number(/\d+/.exec(icon)?.[0]);
      expect(readPngSize(join(ASSETS, icon))).toEqual({ width: px, height: px });
    }
  });
});

describe.each(MANIFESTS)("%s", (file) => {
  const xml = read(file);
  const kind = kindOf(file);
  const doc = (): XmlNode => parse(xml);

  it("is well-formed XML", () => expect(checkWellFormed(xml)).toEqual([]));
  it("has the base settings Excel needs", () => expect(checkBase(doc())).toEqual([]));
  it("keeps the XSD element order", () => expect(checkOrder(doc())).toEqual([]));
  it("resolves every resid to exactly one resource of the right kind", () =>
    expect(checkResids(doc())).toEqual([]));
  it("uses https URLs on the replaceable dev origin", () => expect(checkUrls(doc())).toEqual([]));
  it("keeps strings within the manifest limits", () => expect(checkLengths(doc())).toEqual([]));
  it("gives every user-visible string an id-ID override", () =>
    expect(checkIndonesian(doc())).toEqual([]));
  it("references PNG icons that exist with the size their name says", () =>
    expect(checkIcons(doc(), ASSETS)).toEqual([]));
  it("puts a Buka Kinerja button on the Home tab", () => expect(checkRibbon(doc())).toEqual([]));

  if (kind === "modern") {
    it("gates shared runtime and SAKIP custom functions on SharedRuntime 1.1", () =>
      expect(checkModern(doc())).toEqual([]));
  } else {
    it("declares no custom functions and no shared runtime", () =>
      expect(checkLegacy(doc())).toEqual([]));
  }
});

// ---------------------------------------------------------------- the checks catch breakage

/** Replaces one occurrence; fails loudly if the manifest no longer contains `from`. */
function mutate(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return xml.replace(from, to);
}

describe("the checks reject a broken manifest", () => {
  const modern = read("manifest.xml");
  const legacy = existsSync(join(ROOT, "manifest-legacy.xml")) ? read("manifest-legacy.xml") : null;

  it("starts from a clean manifest", () => expect(checkAll(modern, "modern")).toEqual([]));

  it("malformed XML", () => {
    const xml = mutate(modern, "</Permissions>", "</Permission>");
    expect(checkAll(xml, "modern")).toEqual([expect.stringMatching(/^not well-formed/)]);
  });

  it("an http URL", () => {
    const xml = mutate(
      modern,
      '"https://localhost:3000/functions.js"',
      '"http://localhost:3000/functions.js"',
    );
    expect(checkUrls(parse(xml))).toEqual([
      'bt:Url Functions.Script.Url: "http://localhost:3000/functions.js" is not https',
    ]);
  });

  it("an https URL outside the dev origin the build replaces", () => {
    const xml = mutate(
      modern,
      '<SupportUrl DefaultValue="https://localhost:3000/',
      '<SupportUrl DefaultValue="https://example.org/',
    );
    expect(checkUrls(parse(xml))).toEqual([
      'SupportUrl: "https://example.org/taskpane.html" does not start with https://localhost:3000/',
    ]);
  });

  it("a dangling resid", () => {
    const xml = mutate(
      modern,
      '<Description resid="Kinerja.Open.Tooltip"/>',
      '<Description resid="Kinerja.Open.Tip"/>',
    );
    expect(checkResids(parse(xml))).toEqual([
      'resid "Kinerja.Open.Tip" on <Description> resolves to 0 resources',
    ]);
  });

  it("a duplicated resource id", () => {
    const xml = mutate(modern, '<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"');
    const problems = checkResids(parse(xml));
    expect(problems).toContain('resource id "Taskpane.Url" is defined more than once');
    expect(problems).toContain(
      'resid "GetStarted.LearnMoreUrl" on <LearnMoreUrl> resolves to 0 resources',
    );
  });

  it("a resource id longer than 32 characters", () => {
    const long = "Kinerja.Open.Tooltip.Yang.Terlalu.Panjang";
    const xml = modern.split('"Kinerja.Open.Tooltip"').join(`"${long}"`);
    expect(checkResids(parse(xml))).toEqual([
      `resource id "${long}" is longer than 32`,
      `resid "${long}" is longer than 32`,
    ]);
  });

  it("a resid pointing at the wrong kind of resource", () => {
    const xml = mutate(
      modern,
      '<Label resid="Kinerja.Group.Label"/>',
      '<Label resid="GetStarted.Description"/>',
    );
    expect(checkResids(parse(xml))).toEqual([
      'resid "GetStarted.Description" on <Label> must be short, is long',
    ]);
  });

  it("a LongString over 250 and a ShortString over 125 characters, not at the limits", () => {
    const tooltip =
      'Value="Buka panel Kinerja untuk menghitung capaian, kategori, dan efisiensi serta memeriksa tabel SAKIP."';
    const label = 'DefaultValue="Open Kinerja"';
    const withLengths = (long: number, short: number): string =>
      mutate(
        mutate(modern, tooltip, `Value="${"x".repeat(long)}"`),
        label,
        `DefaultValue="${"y".repeat(short)}"`,
      );
    expect(checkLengths(parse(withLengths(250, 125)))).toEqual([]);
    expect(checkLengths(parse(withLengths(251, 126)))).toEqual([
      "ShortString Kinerja.Open.Label: 126 chars (1..125)",
      "LongString Kinerja.Open.Tooltip: 251 chars (1..250)",
    ]);
  });

  it("a DisplayName over 125 characters", () => {
    const xml = mutate(
      modern,
      '<DisplayName DefaultValue="Kinerja"',
      `<DisplayName DefaultValue="${"K".repeat(126)}"`,
    );
    expect(checkLengths(parse(xml))).toEqual(["DisplayName: 126 chars (1..125)"]);
  });

  it("a user-visible string without id-ID override", () => {
    const xml = mutate(modern, '<bt:Override Locale="id-ID" Value="Buka Kinerja"/>', "");
    expect(checkIndonesian(parse(xml))).toEqual(["String Kinerja.Open.Label: no id-ID override"]);
  });

  it("top-level elements out of XSD order", () => {
    const xml = mutate(
      mutate(modern, "<Permissions>ReadWriteDocument</Permissions>", ""),
      "<DefaultSettings>",
      "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>",
    );
    expect(checkOrder(parse(xml))).toEqual(["OfficeApp: <DefaultSettings> is out of XSD order"]);
  });

  it("a missing icon file and a ribbon icon of the wrong size", () => {
    let xml = mutate(modern, "assets/icon-80.png", "assets/icon-81.png");
    xml = mutate(
      xml,
      '<bt:Image size="32" resid="Icon.32x32"/>',
      '<bt:Image size="32" resid="Icon.16x16"/>',
    );
    expect(checkIcons(parse(xml), ASSETS)).toEqual([
      "https://localhost:3000/assets/icon-81.png: file missing in assets/",
      "Icon size 32 points to Icon.16x16 (16 px)",
      "Icon size 80 points to Icon.80x80 (81 px)",
      "Icon size 80 points to Icon.80x80 (81 px)",
    ]);
  });

  it("a namespace other than SAKIP, or a localized one", () => {
    const renamed = mutate(modern, 'DefaultValue="SAKIP"', 'DefaultValue="sakip.v2"');
    expect(checkModern(parse(renamed))).toEqual([
      'custom functions namespace is "sakip.v2", not SAKIP',
      "namespace: A-Z, 0-9, _ only",
    ]);
    const localized = mutate(
      modern,
      'DefaultValue="SAKIP"/>',
      'DefaultValue="SAKIP"><bt:Override Locale="id-ID" Value="SAKIP"/></bt:String>',
    );
    expect(checkModern(parse(localized))).toEqual(["namespace must not be localized"]);
  });

  it("shared runtime no longer gated, or required by the base manifest", () => {
    const ungated = mutate(
      modern,
      '<bt:Set Name="SharedRuntime" MinVersion="1.1"/>',
      '<bt:Set Name="ExcelApi" MinVersion="1.1"/>',
    );
    expect(checkModern(parse(ungated))).toEqual([
      "VersionOverrides is not gated on SharedRuntime 1.1",
    ]);
    const base = mutate(
      modern,
      '<Set Name="ExcelApi" MinVersion="1.1"/>',
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
    );
    expect(checkBase(parse(base))).toEqual([
      "base Requirements SharedRuntime 1.1 would exclude Excel 2016",
    ]);
  });

  it("a ribbon button that opens a page other than the shared runtime", () => {
    const xml = mutate(
      modern,
      '<TaskpaneId>Kinerja.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
      '<TaskpaneId>Kinerja.Taskpane</TaskpaneId>\n                    <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
    );
    expect(checkModern(parse(xml))).toEqual(["ShowTaskpane must open the shared runtime page"]);
    expect(checkRibbon(parse(xml))).toEqual(["ShowTaskpane must open Taskpane.Url"]);
  });

  it("custom functions or a shared runtime in the legacy manifest", () => {
    if (legacy === null) return;
    const xml = mutate(
      legacy,
      '<Host xsi:type="Workbook">',
      '<Host xsi:type="Workbook"><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
    );
    expect(checkLegacy(parse(xml))).toEqual([
      "legacy declares <Runtimes>",
      "legacy declares <Runtime>",
    ]);
    const gated = mutate(
      legacy,
      "<Hosts>\n      <Host xsi:type",
      '<Requirements><bt:Sets><bt:Set Name="SharedRuntime" MinVersion="1.1"/></bt:Sets></Requirements><Hosts>\n      <Host xsi:type',
    );
    expect(checkLegacy(parse(gated))).toEqual([
      "legacy requires SharedRuntime",
      "legacy VersionOverrides is gated",
    ]);
  });
});
