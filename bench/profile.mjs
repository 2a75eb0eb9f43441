// Where a replication's time goes: runs 1,000 replications of the baseline under the V8
// sampling profiler and prints the functions with the most self time
// (npm run build && node bench/profile.mjs).
import { Session } from "node:inspector/promises";
import { runScenario } from "../dist/src/model/run.js";
import { defaultScenario } from "../dist/src/scenario/defaults.js";

const scenario = defaultScenario();
for (let k = 0; k < 200; k++) runScenario(scenario, { replication: k });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let k = 0; k < 1000; k++) runScenario(scenario, { replication: k });
const { profile } = await session.post("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const f = byId.get(id).callFrame;
  const key = `${f.functionName || "(anonymous)"}  ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
});
console.log("self time  function");
for (const [k, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 20))) console.log(`${((100 * t) / total).toFixed(1).padStart(8)} %  ${k}`);
