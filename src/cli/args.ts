/**
 * The command line's own argument parser: flags per command, `--flag value` and
 * `--flag=value`, short aliases, and usage errors in words ("unknown option --frmat; did you
 * mean --format?", "--jobs needs a value"). Node's `parseArgs` answers with its own messages and
 * has no suggestions, so it is not used.
 */

/** A flag of the command line. */
export interface Flag {
  /** Long name without dashes. */
  name: string;
  /** One-letter alias. */
  short?: string;
  /** Takes a value (`--format json`) or is a switch (`--quiet`). */
  value: boolean;
  /** Placeholder of the value in the help (`FILE`, `N`). */
  arg?: string;
  /** One line of help. */
  help: string;
  /** The commands that take it (absent: every command). */
  commands?: readonly string[];
}

/** Parsed arguments: the flags given (by long name) and the positional arguments. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  positionals: string[];
}

/** A usage error: printed with a hint to the help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Levenshtein distance, for "did you mean" (short strings only). */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word` when it is close enough to be a typo (within a third of its
 * length, at least 1, or a prefix of exactly one candidate), else null.
 *
 * @example
 * suggest("frmat", ["format", "out"]) // "format"
 */
export function suggest(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  const prefixed = candidates.filter((c) => w.length >= 3 && c.startsWith(w));
  if (prefixed.length === 1) return prefixed[0]!;
  let best: string | null = null;
  let bestD = Math.max(1, Math.floor(w.length / 3));
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d <= bestD && (best === null || d < bestD)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/**
 * Parses `argv` against `flags`. A flag that takes a value needs a non-empty one; `--` ends
 * the flags; `-` alone is a positional (standard input).
 *
 * @throws {UsageError} for an unknown flag (with a suggestion), a missing or empty value, or a
 * value given to a switch.
 */
export function parseArgs(argv: readonly string[], flags: readonly Flag[]): ParsedArgs {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short!, f]));
  const out: ParsedArgs = { flags: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      out.positionals.push(arg);
      continue;
    }
    let flag: Flag | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      shown = `--${name}`;
      flag = byName.get(name);
      if (!flag) {
        const near = suggest(name, [...byName.keys()]);
        throw new UsageError(`unknown option ${shown}${near ? `; did you mean --${near}?` : ""}`);
      }
    } else {
      const letter = arg.slice(1, 2);
      shown = `-${letter}`;
      flag = byShort.get(letter);
      if (!flag) {
        const near = byName.has(arg.slice(1)) ? arg.slice(1) : suggest(arg.slice(1), [...byName.keys()]);
        throw new UsageError(`unknown option ${arg}${near ? `; did you mean --${near}?` : ""}`);
      }
      if (arg.length > 2) inline = arg.slice(2).replace(/^=/, "");
    }
    if (!flag.value) {
      if (inline !== undefined) throw new UsageError(`${shown} takes no value (got "${inline}")`);
      out.flags.set(flag.name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
        throw new UsageError(`--${flag.name} needs a value${flag.arg ? ` (${flag.arg})` : ""}`);
      }
      value = next;
      i++;
    }
    if (value.trim() === "") throw new UsageError(`--${flag.name} needs a value${flag.arg ? ` (${flag.arg})` : ""}, not an empty string`);
    if (out.flags.has(flag.name)) throw new UsageError(`--${flag.name} is given twice`);
    out.flags.set(flag.name, value);
  }
  return out;
}
