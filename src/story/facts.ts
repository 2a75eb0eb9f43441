// Facts a story is told from, read off one replication's result and trace: per sprint, what
// was planned and done, the impediments and how long they waited, the longest waits for the
// PO, interruptions, the review and the retrospective, and where each role's hours went.
import type { RunResult } from "../model/result.js";
import { DUTIES } from "../model/result.js";
import type { Scenario } from "../scenario/types.js";

export interface ImpedimentFact {
  id: number;
  kind: string;
  effect: "blocks" | "drags";
  raisedAt: number;
  raisedBy: string;
  item: number | null;
  visibleAt: number | null;
  removedAt: number | null;
  removedBy: string | null;
  workStartedAt: number | null;
}

export interface QuestionFact {
  item: number;
  agent: string;
  askedAt: number;
  waited: number;
}

export interface SprintFacts {
  sprint: number;
  start: number;
  committed: number;
  committedHours: number;
  forecastHours: number;
  carriedOver: number;
  checked: boolean;
  goalItems: number;
  goalMet: boolean;
  done: number;
  value: number;
  accepted: number;
  poAtReview: boolean;
  retro: { held: boolean; facilitator: string | null; step: number; productivity: number };
  impediments: ImpedimentFact[];
  longestQuestion: QuestionFact | null;
  developerInterruptionHours: number;
  pressureDays: number;
  morale: number;
  /** Hours per agent (id) per duty in this sprint. */
  hours: Map<string, Map<string, number>>;
}

export function sprintFacts(result: RunResult, scenario: Scenario): SprintFacts[] {
  const trace = result.trace;
  if (trace === undefined) throw new Error("sprintFacts needs a result recorded with { trace: true }");
  const H = scenario.calendar.hoursPerDay;
  const sprintHours = H * scenario.calendar.sprintDays;
  const facts: SprintFacts[] = result.sprints.map((sp) => ({
    sprint: sp.sprint,
    start: (sp.sprint - 1) * sprintHours,
    committed: sp.committed_items,
    committedHours: sp.committed_hours,
    forecastHours: sp.forecast_hours,
    carriedOver: 0,
    checked: false,
    goalItems: 0,
    goalMet: sp.sprint_goal_met === 1,
    done: sp.done_items,
    value: sp.value_delivered,
    accepted: sp.accepted_items,
    poAtReview: false,
    retro: { held: false, facilitator: null, step: 0, productivity: sp.productivity },
    impediments: [],
    longestQuestion: null,
    developerInterruptionHours: sp.interruption_hours,
    pressureDays: Math.round(sp.delivery_pressure_hours / H),
    morale: sp.morale,
    hours: hoursOf(result, sp.sprint),
  }));
  const impediments = new Map<number, ImpedimentFact>();
  const asked = new Map<number, { item: number; agent: string; t: number }>();
  let sprint = 1;
  const at = () => facts[sprint - 1];
  for (const rec of trace) {
    switch (rec.kind) {
      case "sprint-start":
        sprint = rec.sprint;
        break;
      case "sprint-planned":
        Object.assign(at(), { carriedOver: rec.carriedOver, checked: rec.checked, goalItems: rec.goalItems.length });
        break;
      case "review":
        at().poAtReview = rec.poPresent;
        break;
      case "retrospective":
        at().retro = { held: rec.held, facilitator: rec.facilitator, step: rec.step, productivity: rec.productivity };
        break;
      case "impediment-raised": {
        const fact: ImpedimentFact = { id: rec.impediment, kind: rec.impedimentKind, effect: rec.effect, raisedAt: rec.t, raisedBy: rec.agent, item: rec.item, visibleAt: null, removedAt: null, removedBy: null, workStartedAt: null };
        impediments.set(rec.impediment, fact);
        at().impediments.push(fact);
        break;
      }
      case "impediment-visible":
        (impediments.get(rec.impediment) as ImpedimentFact).visibleAt = rec.t;
        break;
      case "impediment-work-started":
        (impediments.get(rec.impediment) as ImpedimentFact).workStartedAt = rec.t;
        break;
      case "impediment-removed": {
        const fact = impediments.get(rec.impediment) as ImpedimentFact;
        fact.removedAt = rec.t;
        fact.removedBy = rec.by;
        break;
      }
      case "question-asked":
        asked.set(rec.question, { item: rec.item, agent: rec.agent, t: rec.t });
        break;
      case "question-answered": {
        const q = asked.get(rec.question);
        if (q === undefined) break;
        const s = facts[Math.min(facts.length, Math.max(1, Math.ceil((q.t + 1e-9) / sprintHours))) - 1];
        if (s.longestQuestion === null || rec.waited > s.longestQuestion.waited) s.longestQuestion = { item: q.item, agent: q.agent, askedAt: q.t, waited: rec.waited };
        break;
      }
      default:
        break;
    }
  }
  return facts;
}

/** Hours per agent and duty in a sprint, from the result's ledger. */
export function hoursOf(result: RunResult, sprint: number): Map<string, Map<string, number>> {
  const nA = result.agents.length;
  const nD = DUTIES.length;
  const out = new Map<string, Map<string, number>>();
  for (let a = 0; a < nA; a++) {
    const duties = new Map<string, number>();
    for (let d = 0; d < nD; d++) {
      const h = result.hours[((sprint - 1) * nA + a) * nD + d];
      if (h > 0) duties.set(DUTIES[d], h);
    }
    out.set(result.agents[a].id, duties);
  }
  return out;
}

/** Product duties of a PO (the rest of a merged person's time went to SM duties or events). */
export const PRODUCT_DUTIES = new Set(["clarification", "refinement", "stakeholder-work", "reporting", "interruption"]);
export const SCRUM_MASTER_DUTIES = new Set(["impediment-removal", "coaching", "shielding"]);
