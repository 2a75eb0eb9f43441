// The trace: plain tagged records { t, kind, … } in the order things happened. It is at once
// the log, the raw material of the story and the rows of events.csv. Recorded only on request.

export type TraceRecord =
  | { t: number; kind: "sprint-start"; sprint: number }
  | { t: number; kind: "sprint-planned"; sprint: number; committed: number; committedHours: number; forecastHours: number; goalItems: number[]; carriedOver: number; checked: boolean }
  | { t: number; kind: "backlog-exhausted"; sprint: number }
  | { t: number; kind: "event"; event: string; sprint: number; end: number; timebox: number; facilitated: boolean; attendees: string[]; left?: Record<string, number> }
  | { t: number; kind: "item-started"; item: number; agent: string }
  | { t: number; kind: "item-done"; item: number; agent: string; cycleTime: number }
  | { t: number; kind: "item-accepted"; item: number; value: number }
  | { t: number; kind: "item-blocked"; item: number; impediment: number }
  | { t: number; kind: "item-unblocked"; item: number; impediment: number }
  | { t: number; kind: "item-refined"; item: number }
  | { t: number; kind: "question-asked"; question: number; item: number; agent: string }
  | { t: number; kind: "question-answered"; question: number; item: number; agent: string; waited: number }
  | { t: number; kind: "impediment-raised"; impediment: number; impedimentKind: string; effect: "blocks" | "drags"; agent: string; item: number | null }
  | { t: number; kind: "impediment-visible"; impediment: number }
  | { t: number; kind: "impediment-work-started"; impediment: number; agent: string }
  | { t: number; kind: "impediment-removed"; impediment: number; by: string; age: number }
  | { t: number; kind: "interruption"; agent: string; hours: number; shielded: boolean }
  | { t: number; kind: "defect-found"; item: number; rework: number }
  | { t: number; kind: "items-discovered"; count: number }
  | { t: number; kind: "item-arrived"; item: number; urgent: boolean; intoSprint: boolean }
  | { t: number; kind: "items-pruned"; count: number }
  | { t: number; kind: "shortcut"; item: number; hours: number }
  | { t: number; kind: "review"; sprint: number; accepted: number; value: number; poPresent: boolean }
  | { t: number; kind: "retrospective"; sprint: number; held: boolean; facilitator: string | null; step: number; productivity: number }
  | { t: number; kind: "pressure"; on: boolean }
  | { t: number; kind: "developer-joined"; agent: string }
  | { t: number; kind: "developer-left"; agent: string; itemsReturned: number[] }
  | { t: number; kind: "dependency-requested"; item: number; team: number; piece: number }
  | { t: number; kind: "dependency-wait"; item: number; team: number; piece: number }
  | { t: number; kind: "dependency-delivered"; item: number; team: number; piece: number; waited: number }
  | { t: number; kind: "sprint-end"; sprint: number; value: number; done: number; committed: number; goalMet: boolean };

export type TraceKind = TraceRecord["kind"];
