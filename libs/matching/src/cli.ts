#!/usr/bin/env node
/*
 * `npm run -s match < instance.json`: reads a matching instance on stdin, writes the result on
 * stdout. With PRACTICUM_MATCH_STATS=1 it also prints phase timings and peak RSS on stderr.
 */
import { runCli } from './run-cli';

function main(): void {
  const chunks: Buffer[] = [];
  const started = performance.now();
  process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
  process.stdin.on('error', (error) => {
    process.stderr.write(`practicum-match: cannot read standard input: ${error.message}\n`);
    process.exitCode = 1;
  });
  process.stdin.on('end', () => {
    const readMs = performance.now() - started;
    const outcome = runCli(Buffer.concat(chunks));
    if (outcome.stdout) process.stdout.write(outcome.stdout);
    if (outcome.stderr) process.stderr.write(outcome.stderr);
    if (process.env.PRACTICUM_MATCH_STATS === '1') {
      const stats = { readMs, ...outcome.timings, maxRssMB: process.resourceUsage().maxRSS / 1024 };
      process.stderr.write(`practicum-match stats: ${JSON.stringify(stats)}\n`);
    }
    process.exitCode = outcome.exitCode;
  });
}

main();
