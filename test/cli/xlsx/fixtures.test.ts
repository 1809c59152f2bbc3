import { readdirSync } from "node:fs";
import { fixtureFiles } from "../../../scripts/fixtures/rich";
import { fixture, FIXTURES } from "./helpers";

describe("committed xlsx fixtures are exactly what their generator writes", () => {
  const generated = fixtureFiles();

  test("the same files", () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(generated).sort());
  });

  test.each(Object.keys(generated))("%s", (name) => {
    expect(Buffer.from(fixture(name)).equals(Buffer.from(generated[name]))).toBe(true);
  });
});
