import { slideFormula } from "../../../src/cli/xlsx/formula";

describe("slideFormula: shared formula members from their master", () => {
  test.each([
    ["D3/C3", 1, 0, "D4/C4"],
    ["D3/C3", 0, 2, "F3/E3"],
    ["$D$3/C$3+$C3", 2, 1, "$D$3/D$3+$C5"],
    ["SUM(A1:B2)", 3, 1, "SUM(B4:C5)"],
    ["SUM(A:A)+SUM($B:C)", 5, 1, "SUM(B:B)+SUM($B:D)"],
    ["SUM(2:3)+SUM($4:5)", 1, 7, "SUM(3:4)+SUM($4:6)"],
    ['"A1"&A1', 1, 1, '"A1"&B2'],
    ['"say ""B2"""&B2', 1, 0, '"say ""B2"""&B3'],
    ["'Data 2023'!A1+Sheet2!B2", 1, 0, "'Data 2023'!A2+Sheet2!B3"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["Tabel1[Target]*A1", 1, 0, "Tabel1[Target]*A2"],
    ["Tabel1[[#This Row],[B1]]+A1", 1, 0, "Tabel1[[#This Row],[B1]]+A2"],
    ["TARIF*A1+XFE1", 1, 0, "TARIF*A2+XFE1"],
    ["A1*1.5E+3", 2, 0, "A3*1.5E+3"],
    ["_xlfn.IFS(A1>0,1,TRUE,0)", 1, 0, "_xlfn.IFS(A2>0,1,TRUE,0)"],
    ["a1+b2", 1, 0, "A2+B3"],
  ])("%s moved by (%i, %i)", (f, dr, dc, want) => {
    expect(slideFormula(f, dr, dc)).toBe(want);
  });

  test("references pushed off the sheet become #REF!", () => {
    expect(slideFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
    expect(slideFormula("XFD1", 0, 1)).toBe("#REF!");
    expect(slideFormula("A:B", 0, -1)).toBe("#REF!");
  });

  test("no offset: the text as is", () => {
    expect(slideFormula("any(thing", 0, 0)).toBe("any(thing");
  });
});
