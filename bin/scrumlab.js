#!/usr/bin/env node
// The one entry point that touches the process: argv in, exit code out. The CLI itself is
// compiled to dist/ by `npm install` (the `prepare` script), so start-up does no transpiling.
let main;
try {
  ({ main } = await import("../dist/src/cli/main.js"));
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("scrumlab: the compiled CLI (dist/) is missing; run `npm install` (or `npm run build`) first.\n");
    process.exit(1);
  }
  throw error;
}
// A reader that stops early (`scrumlab list | head -1`) closes the pipe: stop quietly, as `cat` would.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), undefined, { exit: (code) => process.exit(code) });
