// Writes docs/scenarios.md from the scenario spec and defaults (npm run docs:scenarios); a test fails when the committed file differs.
import { writeFileSync } from "node:fs";
import { scenarioReference } from "../src/scenario/reference.js";

writeFileSync(new URL("../docs/scenarios.md", import.meta.url), scenarioReference());
console.log("wrote docs/scenarios.md");
