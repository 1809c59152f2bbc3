import type { EditSel } from "../../src/core/isi";
import type { WorkbookModel } from "../../src/core/workbook";
import { keIsian, selBerbeda } from "../../src/taskpane/kerja/pratinjau";

const WB: WorkbookModel = {
  sheets: [
    {
      name: "S",
      cells: [[{ v: 80 }, { v: 70 }, { v: null }, { v: 1, f: "A1/B1" }, { v: "Baik" }]],
      merges: [],
    },
  ],
};

describe("selBerbeda", () => {
  it("lists only non-empty cells whose content differs from the fill", () => {
    const edits: EditSel[] = [
      { sheet: "S", row: 0, col: 0, formula: "X1", value: 80 },
      { sheet: "S", row: 0, col: 1, formula: "X2", value: 80 },
      { sheet: "S", row: 0, col: 2, formula: "X3", value: 1 },
      { sheet: "S", row: 0, col: 3, formula: "A1 / B1", value: 1 },
      { sheet: "S", row: 0, col: 4, value: "Cukup" },
      { sheet: "S", row: 0, col: 5, value: 2 },
    ];
    expect(selBerbeda(WB, edits)).toEqual([
      { sheet: "S", alamat: "'S'!B1", lama: "70", baru: "80" },
      { sheet: "S", alamat: "'S'!E1", lama: "Baik", baru: "Cukup" },
    ]);
  });

  it("a formula replaced by another formula counts as different", () => {
    expect(
      selBerbeda(WB, [{ sheet: "S", row: 0, col: 3, formula: "B1/A1", value: 0.875 }]),
    ).toEqual([{ sheet: "S", alamat: "'S'!D1", lama: "=A1/B1", baru: "0.875" }]);
  });
});

describe("keIsian", () => {
  it("writes a formula as such, an error result as its text, nothing as empty", () => {
    expect(keIsian({ sheet: "S", row: 1, col: 2, formula: "A1", value: 3 })).toEqual({
      sheet: "S",
      row: 1,
      col: 2,
      formula: "A1",
    });
    expect(keIsian({ sheet: "S", row: 1, col: 2, error: "#DIV/0!" })).toEqual({
      sheet: "S",
      row: 1,
      col: 2,
      value: "#DIV/0!",
    });
    expect(keIsian({ sheet: "S", row: 1, col: 2 }).value).toBeNull();
  });
});
