/**
 * Publication dates: what an editor may type (a real day, 1900 on, at most a year ahead) and the
 * day a page's metadata date gives (ISO kept as written, other forms read, junk refused).
 */
import { expect } from "chai";
import { checkPublicationDate, dayOfMetadataDate, latestPublicationDate } from "../../server/domain/publication-date.js";

const TODAY = new Date("2026-12-01T12:00:00Z");

describe("domain/publication-date", () => {
  it("accepts real calendar days and refuses the rest as invalid", () => {
    for (const [text, date] of [["2024-03-05", "2024-03-05"], [" 2024-02-29 ", "2024-02-29"], ["1900-01-01", "1900-01-01"]] as const) {
      expect(checkPublicationDate(text, TODAY), text).to.deep.equal({ ok: true, date });
    }
    for (const text of ["2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "1899-12-31", "05/03/2024", "2024-3-5", "yesterday", "", "2024-03-05T10:00"]) {
      expect(checkPublicationDate(text, TODAY), text).to.deep.equal({ ok: false, reason: "invalid" });
    }
  });

  it("refuses a day more than a year after today as in the future, and accepts one within it", () => {
    expect(latestPublicationDate(TODAY)).to.equal("2027-12-02");
    expect(checkPublicationDate("2027-12-02", TODAY)).to.deep.equal({ ok: true, date: "2027-12-02" });
    expect(checkPublicationDate("2027-12-03", TODAY)).to.deep.equal({ ok: false, reason: "future" });
    expect(checkPublicationDate("9999-12-31", TODAY)).to.deep.equal({ ok: false, reason: "future" });
  });

  it("reads the day of metadata dates: ISO as written (the publication's own day), RFC 2822 in UTC", () => {
    const cases: [string, string | null][] = [
      ["2024-03-05T23:30:00+03:00", "2024-03-05"],
      ["2024-03-05", "2024-03-05"],
      ["2024-03-05 08:00:00", "2024-03-05"],
      ["Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"],
      ["March 5, 2024", "2024-03-05"],
      ["2024-02-30T10:00:00Z", null],
      ["3024-03-05T10:00:00Z", null],
      ["1715000000", null],
      ["05.03.24", null],
      ["not a date at all", null],
      ["2024-03-05".padEnd(200, "x"), null],
      ["", null],
    ];
    for (const [text, day] of cases) expect(dayOfMetadataDate(text, TODAY), text).to.equal(day);
  });
});
