import { allocate, MatchingInstance } from './allocate';
import { MatchingResult, solve } from './engine';
import { MatchingInputError } from './errors';
import { readInstanceBytes } from './json-reader';

/** Exit code for input the engine refuses (malformed JSON, unknown ids, duplicates...). */
export const EXIT_BAD_INPUT = 2;
/** Exit code for an unexpected internal failure. */
export const EXIT_INTERNAL = 1;

/** Options of {@link runCli}. */
export interface CliOptions {
  /** For byte input, try the fast reader before JSON.parse (default true); false forces the general path. */
  fastPath?: boolean;
}

/** What the matching command prints, and its exit code. */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Milliseconds spent per phase, for PRACTICUM_MATCH_STATS. */
  timings: { parseMs: number; allocateMs: number; serializeMs: number; fastPath: boolean };
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The matching command without its I/O: takes the instance JSON (text, or UTF-8 bytes as read
 * from stdin, which may take the fast reader), returns the result JSON
 * text (`{"assignments", "unassigned"}`, plus `"seed"` when the input gave one or a tie was drawn,
 * plus `"reserveHolders"` when a placement declares a reserve) or a one-line error.
 */
export function runCli(input: string | Uint8Array, options: CliOptions = {}): CliOutcome {
  const timings = { parseMs: 0, allocateMs: 0, serializeMs: 0, fastPath: false };
  const failure = (exitCode: number, message: string): CliOutcome => ({
    stdout: '',
    stderr: `practicum-match: ${oneLine(message)}\n`,
    exitCode,
    timings,
  });
  const print = (result: MatchingResult, seedGiven: boolean): CliOutcome => {
    const t = performance.now();
    const output: Record<string, unknown> = { assignments: result.assignments, unassigned: result.unassigned };
    if (result.lotteryUsed || seedGiven) output.seed = result.seed;
    if (Object.keys(result.reserveHolders).length > 0) output.reserveHolders = result.reserveHolders;
    const stdout = JSON.stringify(output) + '\n';
    timings.serializeMs = performance.now() - t;
    return { stdout, stderr: '', exitCode: 0, timings };
  };

  const internal = (error: unknown): CliOutcome =>
    failure(EXIT_INTERNAL, `internal error: ${(error as Error)?.message ?? String(error)}`);

  let t = performance.now();
  if (typeof input !== 'string' && options.fastPath !== false) {
    try {
      const fast = readInstanceBytes(input);
      if (fast) {
        timings.fastPath = true;
        timings.parseMs = performance.now() - t;
        t = performance.now();
        const result = solve(fast.compiled);
        timings.allocateMs = performance.now() - t;
        return print(result, fast.seedGiven);
      }
    } catch (error) {
      return internal(error);
    }
  }

  t = performance.now();
  let instance: MatchingInstance;
  try {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
    instance = JSON.parse(text) as MatchingInstance;
  } catch (error) {
    return failure(EXIT_BAD_INPUT, `MALFORMED_INPUT: malformed JSON: ${(error as Error).message}`);
  }
  timings.parseMs = performance.now() - t;
  try {
    t = performance.now();
    const result = allocate(instance);
    timings.allocateMs = performance.now() - t;
    return print(result, instance.seed !== undefined && instance.seed !== null);
  } catch (error) {
    if (error instanceof MatchingInputError) return failure(EXIT_BAD_INPUT, `${error.code}: ${error.message}`);
    return internal(error);
  }
}
