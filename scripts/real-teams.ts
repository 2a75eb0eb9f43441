// The flow statistics of the real teams in ../shared/data (or $SCRUMLAB_DATA): throughput per
// period (their sprints, and 14-day periods of their items), its coefficient of variation and
// lag-1 autocorrelation, and lead times (created → done) in working days with their
// percentiles and Weibull shape. Used by `npm run calibrate:defaults`; reads files, so it lives
// in scripts/, not in the model.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { flowStats, type FlowStats } from "../src/calibration/flow.js";

export interface TeamStats extends FlowStats {
  team: string;
  kind: "sprints" | "14 days";
  from: string;
  to: string;
}

export function dataDir(): string {
  return resolve(process.env.SCRUMLAB_DATA ?? new URL("../../shared/data", import.meta.url).pathname);
}

/** Rows of a CSV file with a header, as records (quotes and doubled quotes handled; no line breaks in cells). */
function readCsv(file: string): Array<Record<string, string>> {
  const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.length > 0);
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") out.push(cell), (cell = "");
      else cell += c;
    }
    out.push(cell);
    return out;
  };
  const header = split(lines[0]);
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

const DAY = 86_400_000;
const day = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / DAY);

/** Working days (Monday to Friday) from day a to day b (b > a counts the weekdays in [a, b)). */
export function workingDays(a: number, b: number): number {
  if (b <= a) return 0;
  let n = 0;
  for (let d = a; d < b; d++) {
    const wd = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

export function realTeams(): TeamStats[] {
  const dir = join(dataDir(), "teams");
  if (!existsSync(dir)) throw new Error(`no real team data at ${dir} (set SCRUMLAB_DATA to the folder that holds teams/)`);
  const out: TeamStats[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".items.csv")).sort()) {
    const team = file.replace(/\.items\.csv$/, "");
    const items = readCsv(join(dir, file)).filter((r) => r.done !== "");
    const leads = items.filter((r) => r.created !== "").map((r) => workingDays(day(r.created), day(r.done)));
    const doneDays = items.map((r) => day(r.done)).sort((a, b) => a - b);
    const sprintsFile = join(dir, `${team}.sprints.csv`);
    if (existsSync(sprintsFile)) {
      const sprints = readCsv(sprintsFile).filter((r) => r.completed !== "");
      const counts = sprints.map((r) => Number(r.completed));
      out.push({ team, kind: "sprints", from: sprints[0].start, to: sprints[sprints.length - 1].end, ...flowStats(counts, leads) });
    }
    // 14-day periods from the Monday on or before the first done item, to the last whole period.
    const first = doneDays[0] - ((doneDays[0] + 3) % 7);
    const n = Math.floor((doneDays[doneDays.length - 1] - first + 1) / 14);
    if (n < 2) continue;
    const counts = new Array<number>(n).fill(0);
    for (const d of doneDays) {
      const k = Math.floor((d - first) / 14);
      if (k < n) counts[k]++;
    }
    out.push({ team, kind: "14 days", from: iso(first), to: iso(first + 14 * n - 1), ...flowStats(counts, leads) });
  }
  return out;
}
