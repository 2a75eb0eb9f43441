// Controls that change nothing in the current setting, and why — so the playground greys them
// out and says so instead of letting a coach move a slider that does nothing. The same
// conditions as the scenario rules' warnings (src/scenario/rules.ts).
import type { Scenario } from "../../src/scenario/types.js";

/** No one holds the Scrum Master accountability. */
const noScrumMaster = (s: Scenario) => !s.roles.mergedPoSm && (!s.roles.scrumMaster.present || s.roles.scrumMaster.availability === 0);

/** For each control path with no effect in `s`, the reason. */
export function inactiveControls(s: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  if (!s.roles.mergedPoSm) for (const k of ["sharedTimeBudget", "conflictOfInterest", "noCommitmentCheck", "lessCandidRetros", "noOrderingTeaching"]) out.set(`roles.merged.${k}`, "only when PO and SM are merged");
  if (s.roles.mergedPoSm) {
    out.set("roles.scrumMaster.present", "merged PO/SM is the SM");
    out.set("roles.scrumMaster.availability", "uses PO availability");
  } else if (!s.roles.scrumMaster.present) out.set("roles.scrumMaster.availability", "no Scrum Master");
  if (noScrumMaster(s)) out.set("practices.shielding", "no Scrum Master");
  return out;
}
