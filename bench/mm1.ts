// The M/M/1 queue on the engine's public API: Poisson arrivals (rate lambda), one server with
// exponential service (rate mu). Used by the engine's tests (mean wait vs. theory) and the bench.
import { Simulation } from "../src/engine/index.js";

export interface MM1Result {
  customers: number;
  meanWait: number;
  events: number;
}

export function mm1(seed: number, customers: number, lambda = 0.9, mu = 1, SimulationClass = Simulation): MM1Result {
  const sim = new SimulationClass({ seed });
  const arrivals = sim.stream("arrivals");
  const service = sim.stream("service");
  const waiting: number[] = []; // arrival times of customers in queue (FIFO ring would be faster; a head index is enough)
  let head = 0;
  let busy = false;
  let served = 0;
  let arrived = 0;
  let totalWait = 0;

  const depart = () => {
    served++;
    if (head < waiting.length) {
      totalWait += sim.now - waiting[head++];
      sim.schedule(service.exponential(mu), depart);
    } else {
      busy = false;
    }
  };
  const arrive = () => {
    arrived++;
    if (busy) waiting.push(sim.now);
    else {
      busy = true;
      sim.schedule(service.exponential(mu), depart);
    }
    if (arrived < customers) sim.schedule(arrivals.exponential(lambda), arrive);
  };
  sim.schedule(arrivals.exponential(lambda), arrive);
  sim.run();
  return { customers: served, meanWait: totalWait / served, events: sim.eventsProcessed };
}
