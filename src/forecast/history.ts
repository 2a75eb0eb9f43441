// A team's history in one of the two normal forms, as the importers produce it and the
// forecaster reads it. Days are day numbers (days.ts); amounts are plain numbers.

/** One work item: only `id` is always known; `done` undefined = not done yet. */
export interface ItemRecord {
  id: string;
  created?: number;
  started?: number;
  done?: number;
  points?: number;
  sprint?: string;
  type?: string;
}

/** One sprint: `completed` is what the team finished in it, items or points as the team counts. */
export interface SprintRecord {
  sprint: string;
  start: number;
  end: number;
  committed?: number;
  completed: number;
}

export type History = { form: "items"; items: ItemRecord[] } | { form: "sprints"; sprints: SprintRecord[] };

/** The last day the history knows of: the latest date of any item, or the end of the last sprint. */
export function lastDay(history: History): number | undefined {
  let last: number | undefined;
  const see = (d: number | undefined) => {
    if (d !== undefined && (last === undefined || d > last)) last = d;
  };
  if (history.form === "sprints") for (const s of history.sprints) see(s.end);
  else for (const it of history.items) (see(it.created), see(it.started), see(it.done));
  return last;
}
