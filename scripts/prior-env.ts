// PRIOR=sqrt|local-level|level-error: the validation scripts' forecaster uses that prior instead of
// METHOD's ("sqrt"); the two per-history priors were tried and dropped (docs/forecasting.md).
import { METHOD, type MethodSettings } from "../src/forecast/method.js";

const PRIORS: ReadonlyArray<MethodSettings["prior"]> = ["sqrt", "local-level", "level-error"];

export function priorFromEnv(): void {
  const prior = process.env.PRIOR;
  if (prior === undefined) return;
  if (!PRIORS.includes(prior as MethodSettings["prior"])) {
    process.stderr.write(`PRIOR must be one of ${PRIORS.join(", ")}; found ${JSON.stringify(prior)}\n`);
    process.exit(2);
  }
  METHOD.prior = prior as MethodSettings["prior"];
}
