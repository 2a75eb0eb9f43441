// Writes docs/scenarios.md from the scenario spec (npm run docs:scenarios).
import { writeFileSync } from "node:fs";
import { scenarioReference } from "../src/scenario/reference.js";

writeFileSync(new URL("../docs/scenarios.md", import.meta.url), scenarioReference());
console.log("wrote docs/scenarios.md");
