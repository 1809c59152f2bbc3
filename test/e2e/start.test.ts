import { bolehBukaPeramban, rencanaMulai } from "../../scripts/start";

describe("npm start", () => {
  test("sideloads only into an installed Excel desktop on Windows or macOS", () => {
    expect(rencanaMulai({ platform: "win32", excel: true, argv: [] })).toBe("sideload");
    expect(rencanaMulai({ platform: "darwin", excel: true, argv: [] })).toBe("sideload");
    expect(rencanaMulai({ platform: "win32", excel: false, argv: [] })).toBe("pratinjau");
    expect(rencanaMulai({ platform: "linux", excel: true, argv: [] })).toBe("pratinjau");
  });

  test("--pratinjau (or --preview) opens the preview even where Excel is", () => {
    expect(rencanaMulai({ platform: "win32", excel: true, argv: ["--pratinjau"] })).toBe(
      "pratinjau",
    );
    expect(rencanaMulai({ platform: "darwin", excel: true, argv: ["--preview"] })).toBe(
      "pratinjau",
    );
  });

  test("opens a browser only with xdg-open and a display", () => {
    expect(bolehBukaPeramban({ DISPLAY: ":0" }, true)).toBe(true);
    expect(bolehBukaPeramban({ WAYLAND_DISPLAY: "wayland-0" }, true)).toBe(true);
    expect(bolehBukaPeramban({}, true)).toBe(false);
    expect(bolehBukaPeramban({ DISPLAY: ":0" }, false)).toBe(false);
  });
});
