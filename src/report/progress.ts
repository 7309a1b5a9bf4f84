import cliProgress from "cli-progress";

/** The writable stream a progress bar draws on (process.stderr by default). */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): boolean;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Number of items (articles) to process. */
  total: number;
  /** Where to draw; a bar is shown only on a TTY. Default `process.stderr`. */
  stream?: ProgressStream;
  /** Never draw (`--quiet`). */
  quiet?: boolean;
  /** Environment consulted for `NO_COLOR`. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A progress handle: `tick(name)` after each item, `stop()` at the end. No-ops when hidden. */
export interface Progress {
  /** true when a bar is actually drawn. */
  readonly active: boolean;
  tick(name?: string): void;
  stop(): void;
}

/** Below this many items a bar is more noise than help. */
export const MIN_PROGRESS_TOTAL = 6;

/**
 * Whether to draw a bar: only on a TTY, for more than 5 items, and when not quiet.
 *
 * @example
 * shouldShowProgress({ total: 40, stream: process.stderr }) // true in a terminal, false when piped
 */
export function shouldShowProgress(options: Pick<ProgressOptions, "total" | "stream" | "quiet">): boolean {
  const stream = options.stream ?? process.stderr;
  return stream.isTTY === true && options.total >= MIN_PROGRESS_TOTAL && options.quiet !== true;
}

/**
 * Whether colour is allowed: `NO_COLOR` set to any non-empty value turns it off (no-color.org).
 *
 * @example
 * colorEnabled({ NO_COLOR: "1" }) // false
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const v = env["NO_COLOR"];
  return v === undefined || v === "";
}

const NOOP: Progress = { active: false, tick() {}, stop() {} };

/**
 * A progress bar over `total` items on stderr (cli-progress), shown only when
 * {@link shouldShowProgress} says so; otherwise a no-op handle. Colour is used unless
 * `NO_COLOR` is set.
 *
 * @example
 * const progress = createProgress({ total: files.length, quiet: flags.quiet });
 * for (const f of files) { await work(f); progress.tick(basename(f)); }
 * progress.stop();
 */
export function createProgress(options: ProgressOptions): Progress {
  if (!shouldShowProgress(options)) return NOOP;
  const color = colorEnabled(options.env ?? process.env);
  const bar = color ? "\u001b[36m{bar}\u001b[0m" : "{bar}";
  const progress = new cliProgress.SingleBar(
    {
      stream: (options.stream ?? process.stderr) as NodeJS.WritableStream,
      format: `claimdiff ${bar} {value}/{total} {name}`,
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  progress.start(options.total, 0, { name: "" });
  let stopped = false;
  return {
    active: true,
    tick(name = "") {
      if (!stopped) progress.increment(1, { name: displayName(name) });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      progress.stop();
    },
  };
}

/** A file name fit for one terminal line: control characters removed, at most 40 characters. */
function displayName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return clean.length > 40 ? `…${clean.slice(-39)}` : clean;
}
