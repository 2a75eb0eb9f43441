// Synthetic output folders for the report's tests, in exactly the documented format
// (docs/outputs.md): per-replication CSVs written with the project's CSV writer from a seeded
// generator, then the summaries and meta.json computed by the experiments' own `finish` — so
// chart tests need no model run and do not change when the model does.
import path from "node:path";
import { finish, type Meta } from "../../src/experiment/experiment.js";
import { DUTIES, RUN_METRICS, SPRINT_METRICS } from "../../src/model/result.js";
import { COLUMNS, csvRows, type Cell } from "../../src/output/csv.js";
import { OutputFolder } from "../../src/output/folder.js";

export interface SynthArm {
  name: string;
  description?: string;
  /** One person is PO and SM. */
  merged?: boolean;
  /** The PO's share of a day. */
  poAvailability?: number;
  /** Delivery speed factor (1 = baseline). */
  speed?: number;
  /** Mean impediment age in working days. */
  impedimentDays?: number;
  /** A sweep point's varied values. */
  values?: Array<string | number | boolean>;
  /** This arm's sprints and their length (default: the folder's). */
  sprints?: number;
  sprintDays?: number;
}

export interface SynthOptions {
  command: "run" | "compare" | "sweep";
  arms: SynthArm[];
  runs?: number;
  detail?: number;
  sprints?: number;
  sprintDays?: number;
  hoursPerDay?: number;
  seed?: number;
  vary?: Array<{ path: string; values: unknown[] }>;
}

/** mulberry32: a small seeded generator (test data only). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DUTY_WEIGHTS: Record<string, Partial<Record<(typeof DUTIES)[number], number>>> = {
  developer: { development: 60, rework: 4, refinement: 5, "sprint-planning": 3, "daily-scrum": 2, "sprint-review": 2, retrospective: 2, interruption: 3, "context-switch": 2, idle: 1 },
  "product-owner": { clarification: 6, refinement: 18, "stakeholder-work": 38, reporting: 3, "sprint-planning": 3, "sprint-review": 2, interruption: 10 },
  "scrum-master": { "sprint-planning": 3, "daily-scrum": 2, "sprint-review": 2, retrospective: 2, "impediment-removal": 9, coaching: 58, shielding: 4 },
  "merged-po-sm": { clarification: 5, refinement: 15, "stakeholder-work": 28, reporting: 2, "sprint-planning": 3, "daily-scrum": 2, "sprint-review": 2, retrospective: 1, "impediment-removal": 8, shielding: 3, interruption: 11 },
};

function prefix(o: SynthOptions, a: number): Cell[] {
  const arm = o.arms[a];
  return o.command === "sweep" ? [arm.name, a + 1, ...(arm.values ?? []).map((v) => (typeof v === "boolean" ? JSON.stringify(v) : v))] : [arm.name];
}

/** Writes a complete output folder at `dir` (replacing it). */
export async function writeSynthetic(dir: string, o: SynthOptions): Promise<void> {
  const runs = o.runs ?? 20;
  const detail = Math.min(o.detail ?? 4, runs);
  const hpd = o.hoursPerDay ?? 8;
  const shape = (arm: SynthArm) => {
    const sprints = arm.sprints ?? o.sprints ?? 6;
    const sprintDays = arm.sprintDays ?? o.sprintDays ?? 5;
    return { sprints, sprintDays, sprintHours: sprintDays * hpd, horizon: sprints * sprintDays * hpd };
  };
  const seed = o.seed ?? 42;
  const folder = OutputFolder.create(dir, true);
  const tables = Object.fromEntries(Object.entries(COLUMNS).filter(([t]) => t !== "events").map(([t, cols]) => [t, folder.table(`${t}.csv`, csvRows([[...(o.command === "sweep" ? ["scenario", "point", ...(o.vary ?? []).map((v) => v.path)] : ["scenario"]), ...cols]]))]));
  o.arms.forEach((arm, a) => {
    const { sprints, sprintDays, sprintHours, horizon } = shape(arm);
    const speed = arm.speed ?? 1;
    const pre = prefix(o, a);
    for (let r = 0; r < runs; r++) {
      const u = rng(seed * 1000 + a * 100 + r);
      const n = () => (u() + u() + u() - 1.5) / 0.5; // about standard normal
      let cumulative = 0;
      const sprintRows: Cell[][] = [];
      for (let s = 1; s <= sprints; s++) {
        const value = Math.max(0, 500 * speed * 0.85 ** (s - 1) * (1 + 0.15 * n()));
        cumulative += value;
        const m: Record<string, number> = Object.fromEntries(SPRINT_METRICS.map((k) => [k.key, Math.max(0, 10 * (1 + 0.2 * n()))]));
        Object.assign(m, { value_delivered: value, cumulative_value: cumulative, velocity_hours: 300 * speed * (1 + 0.1 * n()), say_do_ratio: Math.min(1, Math.max(0, 0.8 * speed + 0.08 * n())), impediments_open: Math.max(0, Math.round((arm.impedimentDays ?? 1) * (1 + 0.5 * n()))) });
        sprintRows.push([...pre, r, s, ...SPRINT_METRICS.map((k) => m[k.key])]);
      }
      tables.sprints.append(csvRows(sprintRows));
      const totals: Record<string, number> = Object.fromEntries(RUN_METRICS.map((k) => [k.key, Math.max(0, 50 * (k.better === "higher" ? speed : 1 / speed) * (1 + 0.1 * n()))]));
      Object.assign(totals, { value_delivered: cumulative, say_do_ratio: Math.min(1, 0.8 * speed), impediment_age_mean_hours: (arm.impedimentDays ?? 1) * hpd * (1 + 0.2 * n()) });
      tables.runs.append(csvRows([[...pre, r, 1000 + r, (sprints * sprintDays) / 5, ...RUN_METRICS.map((k) => totals[k.key])]]));
      if (r < detail) writeDetail(tables, pre, r, arm, u, { sprints, sprintHours, horizon, hpd });
    }
  });
  const meta: Meta = {
    command: o.command,
    tool: "scrumlab",
    version: "0.0.0-synthetic",
    seed,
    runs,
    first: 0,
    detail,
    trace: false,
    scenarios: o.arms.map((arm) => ({ name: arm.name, description: arm.description ?? `synthetic ${arm.name}`, file: `scenarios/${arm.name}.yaml`, sprints: shape(arm).sprints, sprintDays: shape(arm).sprintDays, hoursPerDay: hpd, weeks: (shape(arm).sprints * shape(arm).sprintDays) / 5 })),
    reference: o.command === "compare" ? o.arms[0].name : null,
    vary: o.command === "sweep" ? (o.vary ?? []) : null,
    shard: null,
  };
  for (const t of Object.values(tables)) t.close();
  await finish(folder, meta, false);
  folder.commit();
}

type Tables = Record<string, { append: (text: string) => void }>;

function writeDetail(tables: Tables, pre: Cell[], r: number, arm: SynthArm, u: () => number, h: { sprints: number; sprintHours: number; horizon: number; hpd: number }): void {
  const speed = arm.speed ?? 1;
  const people: Array<[string, string, number]> = [["dev-1", "developer", 1], ["dev-2", "developer", 1], ["dev-3", "developer", 1], ...(arm.merged ? [["po-sm", "merged-po-sm", 1] as [string, string, number]] : [["po", "product-owner", arm.poAvailability ?? 1] as [string, string, number], ["sm", "scrum-master", 1] as [string, string, number]])];
  const time: Cell[][] = [];
  for (let s = 1; s <= h.sprints; s++) {
    for (const [agent, role, share] of people) {
      const weights = DUTY_WEIGHTS[role];
      const draws = DUTIES.map((d) => (weights[d] ?? 0) * (0.7 + 0.6 * u()));
      const sum = draws.reduce((x, y) => x + y, 0);
      DUTIES.forEach((d, k) => {
        const hours = (draws[k] / sum) * h.sprintHours * share;
        if (hours > 0) time.push([...pre, r, s, agent, role, d, hours]);
      });
    }
  }
  tables.time.append(csvRows(time));
  const items: Cell[][] = [];
  let id = 1;
  for (let s = 1; s <= h.sprints; s++) {
    const start = (s - 1) * h.sprintHours;
    for (let k = 0; k < 8; k++) {
      const started = start + u() * h.sprintHours * 0.5;
      const cycle = (8 / speed) * Math.exp(0.8 * (u() + u() + u() - 1.5) / 0.5);
      const done = started + cycle < h.horizon ? started + cycle : null;
      const review = done === null ? null : Math.ceil(done / h.sprintHours) * h.sprintHours;
      const accepted = review !== null && review <= h.horizon ? review : null;
      items.push([...pre, r, id++, "feature", 50, 45, cycle, 10, 0, start, start, started, done, accepted, accepted === null ? 0 : 40, 0, 0, `dev-${1 + (k % 3)}`, null, cycle, 1, 0, 0]);
    }
  }
  tables.items.append(csvRows(items));
  const impediments: Cell[][] = [];
  for (let k = 0; k < h.sprints * 2; k++) {
    const raised = u() * h.horizon;
    const age = -Math.log(1 - u()) * (arm.impedimentDays ?? 1) * h.hpd;
    const removed = raised + age < h.horizon ? raised + age : null;
    impediments.push([...pre, r, k + 1, "technical", "blocks", 0, "dev-1", 1, raised, raised, removed === null ? null : raised, removed, removed === null ? null : "scrum-master", 2]);
  }
  tables.impediments.append(csvRows(impediments));
}

/** The three folders the tests draw: a run, a compare of three scenarios and a sweep of 2 × 5 points. */
export async function syntheticFolders(base: string): Promise<{ run: string; compare: string; sweep: string }> {
  const baseline: SynthArm = { name: "baseline", description: "A full-time PO and SM, three developers." };
  const merged: SynthArm = { name: "merged-po-sm", merged: true, speed: 0.9, impedimentDays: 3 };
  const partTime: SynthArm = { name: "part-time-po", poAvailability: 0.3, speed: 0.8, impedimentDays: 1.2 };
  const dirs = { run: path.join(base, "run"), compare: path.join(base, "compare"), sweep: path.join(base, "sweep") };
  await writeSynthetic(dirs.run, { command: "run", arms: [baseline] });
  await writeSynthetic(dirs.compare, { command: "compare", arms: [baseline, merged, partTime] });
  const availability = [0.2, 0.4, 0.6, 0.8, 1];
  const points = availability.flatMap((p) => [false, true].map((m) => ({ name: "baseline", merged: m, poAvailability: p, speed: (0.7 + 0.3 * p) * (m ? 0.9 : 1), impedimentDays: m ? 3 - 2 * p : 1, values: [p, m] })));
  await writeSynthetic(dirs.sweep, { command: "sweep", arms: points, runs: 12, detail: 2, vary: [{ path: "roles.productOwner.availability", values: availability }, { path: "roles.mergedPoSm", values: [false, true] }] });
  return dirs;
}
