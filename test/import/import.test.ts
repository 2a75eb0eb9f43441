// Every importer on small fixtures of our own (test/fixtures/history): the layouts trackers
// write (BOM, CRLF, ";", repeated Sprint columns, localized dates, status history), and the
// refusals — each naming the file, the line or field, and the column it needed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/forecast/days.js";
import type { ItemRecord } from "../../src/forecast/history.js";
import { describeImport, importFiles, itemsCsv, sprintsCsv } from "../../src/import/index.js";

const DIR = path.resolve(import.meta.dirname, "../fixtures/history");
const file = (name: string) => ({ name, text: readFileSync(path.join(DIR, name), "utf8") });
const items = (name: string) => {
  const r = importFiles([file(name)]);
  if (r.history.form !== "items") throw new Error("not items");
  return { ...r, items: r.history.items };
};
const day = (d: number | undefined) => (d === undefined ? undefined : formatDay(d));
const byId = (list: ItemRecord[], id: string) => list.find((i) => i.id === id) as ItemRecord;
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { message: (e as Error).message, exitCode: (e as { exitCode?: number }).exitCode };
  }
  throw new Error("expected a refusal");
};

describe("Jira CSV export", () => {
  it("reads a BOM, CRLF line ends, quoted commas and line breaks, and 'dd/MMM/yy h:mm a' dates", () => {
    const r = items("jira-export.csv");
    expect(r.found[0].format).toBe("jira-csv");
    expect(r.items.map((i) => i.id)).toEqual(["APP-1", "APP-2", "APP-3", "APP-4", "APP-5"]);
    expect(day(byId(r.items, "APP-1").created)).toBe("2022-01-03");
    expect(day(byId(r.items, "APP-2").done)).toBe("2022-01-18");
    expect(byId(r.items, "APP-4").done).toBeUndefined();
  });

  it("takes the last filled of the repeated Sprint columns, the story-point column it names, and the issue type", () => {
    const r = items("jira-export.csv");
    expect(byId(r.items, "APP-3").sprint).toBe("APP Sprint 3");
    expect(byId(r.items, "APP-2").sprint).toBe("APP Sprint 2");
    expect(byId(r.items, "APP-3").points).toBe(8);
    expect(byId(r.items, "APP-5").points).toBeUndefined();
    expect(byId(r.items, "APP-2").type).toBe("Bug");
    expect(r.found[0].points).toBe('column "Custom field (Story Points)"');
    expect(r.found[0].project).toBe("APP");
    expect(describeImport(r)).toContain("started: unknown");
  });

  it("reads ';' as the delimiter, localized month names, ISO-like date-times and a decimal comma", () => {
    const r = items("jira-semicolon.csv");
    expect(r.items).toHaveLength(3);
    expect(day(byId(r.items, "WEB-7").created)).toBe("2021-10-22");
    expect(day(byId(r.items, "WEB-8").done)).toBe("2021-11-05");
    expect(byId(r.items, "WEB-8").points).toBe(3.5);
    expect(byId(r.items, "WEB-8").sprint).toBe("WEB 5");
    expect(r.found[0].points).toBe('column "Story point estimate"');
  });

  it("refuses a missing Resolved column, naming it (exit 2)", () => {
    const e = refusal(() => importFiles([file("jira-missing-resolved.csv")]));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('jira-missing-resolved.csv: no "Resolved" or "Resolution date" column');
  });

  it("refuses a date in no known form, naming file, line, column and the value", () => {
    const e = refusal(() => importFiles([file("jira-bad-date.csv")]));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^jira-bad-date\.csv:3: column "Resolved": expected a date .* found "next tuesday"$/);
  });
});

describe("Jira REST JSON", () => {
  it("takes started from the first change of status into an in-progress status, in time order", () => {
    const r = items("jira-search.json");
    expect(r.found[0].format).toBe("jira-json");
    expect(day(byId(r.items, "OPS-11").started)).toBe("2022-03-02");
    expect(day(byId(r.items, "OPS-12").started)).toBe("2022-03-07");
    expect(byId(r.items, "OPS-13").started).toBeUndefined(); // straight from To Do to Done
    expect(r.found[0].started).toContain("2 of 3 issues");
  });

  it("finds the story points and the sprint through the response's names, in both sprint encodings", () => {
    const r = items("jira-search.json");
    expect(byId(r.items, "OPS-11").points).toBe(5);
    expect(byId(r.items, "OPS-11").sprint).toBe("OPS Sprint 2");
    expect(byId(r.items, "OPS-13").sprint).toBe("OPS Sprint 2");
    expect(day(byId(r.items, "OPS-11").done)).toBe("2022-03-09");
    expect(byId(r.items, "OPS-12").done).toBeUndefined();
    expect(r.found[0].project).toBe("Operations");
  });

  it("refuses an issue without its created field", () => {
    const e = refusal(() => importFiles([{ name: "s.json", text: JSON.stringify({ issues: [{ key: "A-1", fields: {} }] }) }]));
    expect(e.message).toBe("s.json: issues[0].fields.created: missing (the day the issue was created)");
  });
});

describe("GitLab issues JSON", () => {
  it("reads created_at, closed_at, weight, and the iteration before the milestone", () => {
    const r = items("gitlab-issues.json");
    expect(r.found[0].format).toBe("gitlab-json");
    expect(r.items.map((i) => [i.id, day(i.done), i.points, i.sprint])).toEqual([
      ["41", "2022-05-12", 3, "15.0"],
      ["42", "2022-05-20", undefined, "iteration 7"],
      ["43", undefined, 5, undefined],
    ]);
    expect(r.found[0].project).toBe("acme/search");
  });

  it("refuses an issue without created_at, naming its place in the list", () => {
    const e = refusal(() => importFiles([{ name: "g.json", text: '[{"iid": 1, "created_at": "2022-01-01T00:00:00Z"}, {"iid": 2}]' }]));
    expect(e.message).toContain("g.json: [1].created_at: missing");
  });
});

describe("sprint report and normal forms", () => {
  it("reads a velocity-chart CSV with the names Jira gives its columns", () => {
    const r = importFiles([file("sprint-report.csv")]);
    expect(r.found[0].format).toBe("sprint-report");
    expect(r.history.form).toBe("sprints");
    if (r.history.form !== "sprints") return;
    expect(r.history.sprints.map((s) => [s.sprint, day(s.start), day(s.end), s.committed, s.completed])).toEqual([
      ["TEAM Sprint 1", "2022-01-03", "2022-01-14", 30, 24],
      ["TEAM Sprint 2", "2022-01-17", "2022-01-28", 28, 27],
      ["TEAM Sprint 3", "2022-01-31", "2022-02-11", 32, 20],
    ]);
  });

  it("writes each normal form so that it reads back the same", () => {
    const a = items("jira-export.csv");
    const back = importFiles([{ name: "h.csv", text: itemsCsv(a.items) }]);
    expect(back.found[0].format).toBe("items");
    expect(back.history).toEqual(a.history);
    const s = importFiles([file("team-sprints.csv")]);
    if (s.history.form !== "sprints") throw new Error("sprints");
    expect(importFiles([{ name: "s.csv", text: sprintsCsv(s.history.sprints) }]).history).toEqual(s.history);
  });

  it("takes the columns in any order and needs only id and done", () => {
    const r = importFiles([{ name: "m.csv", text: "done,id\n2022-01-05,B\n,C\n" }]);
    expect(r.history).toEqual({ form: "items", items: [{ id: "B", done: 18997 }, { id: "C" }] });
  });

  it("refuses an items file without a done column, naming it", () => {
    const e = refusal(() => importFiles([{ name: "m.csv", text: "id,created\nA,2022-01-01\n" }]));
    expect(e.message).toContain('m.csv: no "done" column');
  });

  it("refuses an id that appears twice, naming both lines", () => {
    const e = refusal(() => importFiles([{ name: "m.csv", text: "id,done\nA,2022-01-01\nB,\nA,2022-01-02\n" }]));
    expect(e.message).toBe('m.csv:4: column "id": "A" appears twice (first on line 2)');
  });

  it("refuses a sprint that ends before it starts", () => {
    const e = refusal(() => importFiles([{ name: "s.csv", text: "sprint,start,end,completed\nS1,2022-01-10,2022-01-03,4\n" }]));
    expect(e.message).toBe('s.csv:2: column "end": 2022-01-03 is before the start, 2022-01-10');
  });
});

describe("files that hold nothing to forecast from", () => {
  it("refuses an empty file", () => {
    expect(refusal(() => importFiles([file("empty.csv")])).message).toBe("empty.csv: the file is empty");
    expect(refusal(() => importFiles([{ name: "bom.csv", text: "\uFEFF \r\n" }])).message).toBe("bom.csv: the file is empty");
  });

  it("refuses a history in which no item is done", () => {
    const e = refusal(() => importFiles([file("no-done.csv")]));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain("none of the 2 items is done");
  });

  it("refuses a CSV in no known layout, listing what it accepts", () => {
    const e = refusal(() => importFiles([{ name: "x.csv", text: "a,b\n1,2\n" }]));
    expect(e.message).toContain('x.csv: a CSV file in no known layout (the header has: "a", "b")');
  });

  it("refuses JSON that is no tracker's, and JSON that does not parse", () => {
    expect(refusal(() => importFiles([{ name: "x.json", text: '{"a": 1}' }])).message).toContain("neither a Jira search result");
    expect(refusal(() => importFiles([{ name: "y.json", text: '{"issues": [' }])).message).toContain("y.json: not valid JSON");
  });
});

describe("several files", () => {
  it("joins parts of one export, keeping an issue read twice once", () => {
    const a = file("jira-export.csv");
    const r = importFiles([a, { ...a, name: "again.csv" }]);
    if (r.history.form !== "items") throw new Error("items");
    expect(r.history.items).toHaveLength(5);
    expect(r.found[1].notes.join(" ")).toContain("5 items appear in more than one file");
  });

  it("does not mix a sprint history with an item history", () => {
    expect(refusal(() => importFiles([file("jira-export.csv"), file("sprint-report.csv")])).message).toContain("a sprint history cannot join item histories");
  });
});
