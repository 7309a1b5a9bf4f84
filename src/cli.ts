#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { runCli } from "./cli/run.js";

// A reader that stops early (`claimdiff … | head`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const write = (stream: NodeJS.WriteStream) => (s: string) => {
  try {
    stream.write(s);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  }
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  stdin: () => readFileSync(0),
  progressStream: process.stderr,
});
