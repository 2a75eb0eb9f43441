// Runs the CLI in this process and reports its peak resident memory (worker threads included) on stderr.
import { main } from "../dist/src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
