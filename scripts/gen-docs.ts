// Writes the generated documentation: docs/scenarios.md, the metric tables of docs/outputs.md and schema/scenario.schema.json (npm run docs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { scenarioReference } from "../src/scenario/reference.js";
import { withMetricTables } from "../src/output/reference.js";
import { SCHEMA_FILE, schemaText } from "../src/scenario/schema.js";

writeFileSync(new URL("../docs/scenarios.md", import.meta.url), scenarioReference());
const outputs = new URL("../docs/outputs.md", import.meta.url);
writeFileSync(outputs, withMetricTables(readFileSync(outputs, "utf8")));
mkdirSync(new URL("../schema", import.meta.url), { recursive: true });
writeFileSync(new URL(`../${SCHEMA_FILE}`, import.meta.url), schemaText());
console.log(`wrote docs/scenarios.md, the metric tables of docs/outputs.md and ${SCHEMA_FILE}`);
