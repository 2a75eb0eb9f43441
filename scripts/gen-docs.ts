// Writes the generated documentation: docs/scenarios.md, and the metric tables of docs/outputs.md (npm run docs).
import { readFileSync, writeFileSync } from "node:fs";
import { scenarioReference } from "../src/scenario/reference.js";
import { withMetricTables } from "../src/output/reference.js";

writeFileSync(new URL("../docs/scenarios.md", import.meta.url), scenarioReference());
const outputs = new URL("../docs/outputs.md", import.meta.url);
writeFileSync(outputs, withMetricTables(readFileSync(outputs, "utf8")));
console.log("wrote docs/scenarios.md and the metric tables of docs/outputs.md");
