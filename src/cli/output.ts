import { accessSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileError } from "../input/files.js";

/** Where the output goes: written piece by piece, then committed (or aborted on failure). */
export interface Sink {
  write(s: string): void;
  /** Finishes the output: for a file, renames the complete temporary file over the target. */
  commit(): void;
  /** Gives up: for a file, removes the temporary file; the target is left as it was. */
  abort(): void;
}

/** An output problem, in words and with the path: exit code 1. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * Checks `--out FILE` before any work: the folder exists and may be written, FILE is not a
 * folder, and it is none of the files read (an input, a sidecar, the gold file).
 *
 * @returns a usage problem (exit 2) as a string, or null
 * @throws {OutputError} when the file cannot be written (exit 1)
 */
export function checkOut(out: string, reads: readonly string[]): string | null {
  const target = canonical(out);
  for (const r of reads) {
    if (r !== "-" && canonical(r) === target) return `--out ${out} is also a file that is read (${r}); choose another output file`;
  }
  let st: ReturnType<typeof statSync> | null;
  try {
    st = statSync(out);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new OutputError(`cannot write ${out}: it is a folder; give a file name such as ${join(out, "report.html")}`);
  const dir = dirname(resolve(out));
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    accessSync(dir, constants.W_OK);
    if (st) accessSync(out, constants.W_OK);
  } catch (e) {
    throw new OutputError(fileError(e, out, "write"));
  }
  return null;
}

/** Standard output as a sink. */
export function stdoutSink(write: (s: string) => void): Sink {
  return { write, commit() {}, abort() {} };
}

/**
 * A file sink that never leaves a half-written file: the output goes to a temporary file in
 * the same folder (same file system), which replaces the target by rename only once it is
 * complete and flushed. On any failure the target keeps its previous content.
 *
 * @throws {OutputError} when the temporary file cannot be created or written
 */
export function fileSink(out: string): Sink {
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null;
  try {
    fd = openSync(tmp, "wx", 0o666);
  } catch (e) {
    throw new OutputError(fileError(e, out, "write"));
  }
  const fail = (e: unknown): never => {
    cleanup();
    throw new OutputError(fileError(e, out, "write"));
  };
  const cleanup = () => {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the close error adds nothing
      }
      fd = null;
    }
    try {
      unlinkSync(tmp);
    } catch {
      // gone already
    }
  };
  return {
    write(s) {
      if (fd === null) return;
      const buf = Buffer.from(s, "utf8");
      let off = 0;
      try {
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      } catch (e) {
        fail(e);
      }
    },
    commit() {
      if (fd === null) return;
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = null;
        renameSync(tmp, target);
      } catch (e) {
        fail(e);
      }
    },
    abort: cleanup,
  };
}
