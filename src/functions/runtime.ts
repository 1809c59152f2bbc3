/**
 * The metadata plugin appends `CustomFunctions.associate(...)` to functions.ts. Outside Excel (the
 * task pane page opened in a plain browser for a preview) office.js defines no CustomFunctions and
 * those calls would throw, so a stub that only swallows the associations stands in for it there.
 * In Excel office.js loads first and the stub is never installed.
 */
const lingkup = globalThis as { CustomFunctions?: unknown };

if (typeof lingkup.CustomFunctions === "undefined") {
  lingkup.CustomFunctions = { associate: (): void => undefined };
}

export {};
