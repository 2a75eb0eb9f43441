// Runs the CLI in this process, as bin/scrumlab.js does (its V8 settings included), and reports
// its peak resident memory and CPU time (worker threads included) on stderr when it exits.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxRSS=${usage.maxRSS} cpuMicros=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
await import("../bin/scrumlab.js");
