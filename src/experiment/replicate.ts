// One block of replications of one arm, turned into CSV text per table. The same function runs
// in a worker thread or in the main thread, so the bytes never depend on --jobs.
import { runScenario } from "../model/run.js";
import { DUTIES, RUN_METRICS, SPRINT_METRICS, type RunResult, type SprintMetrics, type RunTotals, type TeamResult } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";
import { csvRows, ORGANIZATION, type Cell, type TableName } from "../output/csv.js";

export interface BlockJob {
  scenario: Scenario;
  prefix: Cell[];
  seed: number;
  from: number;
  to: number;
  /** Replications below this one also fill the detail tables. */
  detailUntil: number;
  trace: boolean;
}

/**
 * A block's rows per table as UTF-8 bytes: a worker sends bytes, not text, so the main thread
 * holds no large strings (they wait in its heap for a full collection) and writes them as they are.
 */
export type BlockResult = { chunks: Record<TableName, Uint8Array>; failure?: undefined } | { failure: { replication: number; message: string } };

const utf8 = new TextEncoder();

/** Fault injection for the tests of the failure path: SCRUMLAB_FAIL_REPLICATION=k makes replication k throw. */
export const failAt = process.env.SCRUMLAB_FAIL_REPLICATION === undefined ? -1 : Number(process.env.SCRUMLAB_FAIL_REPLICATION);

export function replicateBlock(job: BlockJob): BlockResult {
  const rows: Record<TableName, Cell[][]> = { runs: [], sprints: [], time: [], items: [], impediments: [], events: [] };
  for (let k = job.from; k < job.to; k++) {
    const detail = k < job.detailUntil;
    let r: RunResult;
    try {
      if (k === failAt) throw new Error(`injected failure (SCRUMLAB_FAIL_REPLICATION=${k})`);
      r = runScenario(job.scenario, { seed: job.seed, replication: k, detail, trace: detail && job.trace });
    } catch (error) {
      return { failure: { replication: k, message: error instanceof Error ? error.message : String(error) } };
    }
    addRows(rows, job.prefix, k, r, detail);
  }
  const bytes = (table: Cell[][]) => utf8.encode(csvRows(table));
  return { chunks: { runs: bytes(rows.runs), sprints: bytes(rows.sprints), time: bytes(rows.time), items: bytes(rows.items), impediments: bytes(rows.impediments), events: bytes(rows.events) } };
}

/**
 * Rows of one replication: in runs.csv and sprints.csv the organization's row first (`all`),
 * then, with two or more teams, each team's; the detail tables per team (`1` … `n`).
 */
function addRows(rows: Record<TableName, Cell[][]>, prefix: Cell[], k: number, r: RunResult, detail: boolean): void {
  const totals = (team: string, t: RunTotals, sprints: SprintMetrics[]) => {
    rows.runs.push([...prefix, k, team, r.seed, r.weeks, ...RUN_METRICS.map((m) => t[m.key])]);
    for (const sp of sprints) rows.sprints.push([...prefix, k, team, sp.sprint, ...SPRINT_METRICS.map((m) => sp[m.key])]);
  };
  totals(ORGANIZATION, r.totals, r.sprints);
  for (const t of r.teams ?? []) totals(String(t.team), t.totals, t.sprints);
  if (!detail) return;
  const teams: TeamResult[] = r.teams ?? [{ team: 1, sprints: r.sprints, totals: r.totals, agents: r.agents, hours: r.hours, items: r.items, impediments: r.impediments, trace: r.trace, warnings: r.warnings }];
  for (const t of teams) detailRows(rows, prefix, k, t);
}

function detailRows(rows: Record<TableName, Cell[][]>, prefix: Cell[], k: number, r: TeamResult): void {
  const team = r.team;
  const nA = r.agents.length;
  const nD = DUTIES.length;
  for (let s = 0; s < r.sprints.length; s++) {
    for (let a = 0; a < nA; a++) {
      for (let d = 0; d < nD; d++) {
        const h = r.hours[(s * nA + a) * nD + d];
        if (h > 0) rows.time.push([...prefix, k, team, s + 1, r.agents[a].id, r.agents[a].role, DUTIES[d], h]);
      }
    }
  }
  for (const i of r.items ?? []) rows.items.push([...prefix, k, team, i.item_id, i.kind, i.true_value, i.estimated_value, i.effort_hours, i.estimated_effort_hours, i.created_at, i.refined_at, i.selected_at, i.started_at, i.done_at, i.accepted_at, i.value_delivered, i.blocked_hours, i.clarifications, i.developer, i.pruned_at, i.active_hours, i.max_workers, i.urgent ? 1 : 0, i.shortcut ? 1 : 0]);
  for (const m of r.impediments ?? []) rows.impediments.push([...prefix, k, team, m.impediment_id, m.kind, m.effect, m.drag, m.raised_by, m.item_id, m.raised_at, m.visible_at, m.removal_started_at, m.removed_at, m.removed_by, m.removal_hours]);
  for (const rec of r.trace ?? []) {
    const { t, kind, ...details } = rec;
    rows.events.push([...prefix, k, team, t, kind, JSON.stringify(details)]);
  }
}
