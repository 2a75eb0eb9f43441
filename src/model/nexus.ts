// A member of a Nexus Integration Team: a developer taken from their team to integrate the
// teams' work, full time (the Nexus Guide: the Integration Team is accountable for an integrated
// Increment; its members often come from the Scrum Teams). They take no items and attend no team
// event; their hours are integration work (`coordination`), booked to their home team. The
// integration work the team takes from the teams is in Organization.integrationHours.
import { Agent, activity, BACKGROUND, type Activity } from "./agent.js";
import { DUTY_INDEX } from "./ledger.js";
import type { World } from "./world.js";

export class NexusMember extends Agent {
  private readonly integrating = activity(BACKGROUND, DUTY_INDEX["coordination"]);

  constructor(world: World, index: number, number: number) {
    super(world, index, `nexus-${number + 1}`, "integrator");
    world.sim.at(0, () => this.decide());
  }

  decide(): void {
    if (this.act === null) this.begin(this.integrating);
  }

  protected completed(_act: Activity): void {
    this.decide();
  }
}
