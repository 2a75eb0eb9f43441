// Runs the CLI in this process and reports its peak resident memory and CPU time (worker threads included) on stderr.
import { main } from "../dist/src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
const usage = process.resourceUsage();
process.stderr.write(`maxRSS=${usage.maxRSS} cpuMicros=${usage.userCPUTime + usage.systemCPUTime}\n`);
