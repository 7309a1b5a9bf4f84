import { VERSION } from "../version.js";
import type { Flag } from "./args.js";

/** The commands, with their one-line purpose. */
export const COMMANDS: Readonly<Record<string, string>> = {
  extract: "the claims of each article: who said what, when",
  compare: "events, each side's account, alignments and disagreements across articles",
  eval: "score extraction and comparison against a gold annotation",
  help: "help on a command",
};

/** Output formats per command; the first is the default. */
export const FORMATS: Readonly<Record<string, readonly string[]>> = {
  extract: ["json", "ndjson", "md"],
  compare: ["json", "ndjson", "md", "html"],
  eval: ["text", "json"],
};

const COMPARING = ["compare", "eval"] as const;

/** Every flag, with the commands that take it. */
export const FLAGS: readonly Flag[] = [
  { name: "format", value: true, arg: "FORMAT", help: "output format (see below)", commands: ["extract", "compare", "eval"] },
  {
    name: "out",
    short: "o",
    value: true,
    arg: "FILE",
    help: "write to FILE instead of standard output (written whole or not at all)",
    commands: ["extract", "compare", "eval"],
  },
  { name: "lang", value: true, arg: "CODE", help: "language of every input (default: the sidecar's, else detected)", commands: ["extract", "compare", "eval"] },
  {
    name: "published",
    value: true,
    arg: "DATE",
    help: "publication date of every input, ISO: 2025-03-18 or 2025-03-18T18:40:00Z",
    commands: ["extract", "compare", "eval"],
  },
  { name: "outlet", value: true, arg: "NAME", help: "outlet of every input", commands: ["extract", "compare", "eval"] },
  { name: "issuer", value: true, arg: "NAME", help: 'issuer of first-party documents ("Kremlin", "White House")', commands: ["extract", "compare", "eval"] },
  { name: "threshold", value: true, arg: "X", help: "alignment similarity threshold, 0–1 (default 0.45)", commands: COMPARING },
  { name: "rules", value: true, arg: "a,b", help: "disagreement rules to run: omission,characterization,factual,stance", commands: COMPARING },
  { name: "min-confidence", value: true, arg: "X", help: "leave out claims below this confidence, 0–1", commands: COMPARING },
  { name: "event-window", value: true, arg: "N", help: "days a readout may trail its event, 0–7 (default 1)", commands: COMPARING },
  { name: "gold", value: true, arg: "GOLD.json", help: "the gold annotation to score against (required)", commands: ["eval"] },
  { name: "verbose", value: false, help: "list every miss and error", commands: ["eval"] },
  { name: "json", value: false, help: "the same as --format json", commands: ["eval"] },
  {
    name: "jobs",
    short: "j",
    value: true,
    arg: "N",
    help: "extract on up to N worker threads (0: one per core; default 1); capped at the cores and inputs",
    commands: ["extract", "compare", "eval"],
  },
  { name: "quiet", short: "q", value: false, help: "no progress bar and no notices", commands: ["extract", "compare", "eval"] },
  { name: "help", short: "h", value: false, help: "this help" },
  { name: "version", short: "v", value: false, help: "the version" },
];

const FILES = `FILE is an article — NAME.txt, NAME.md or NAME.html — or - for standard input. A sidecar
NAME.json beside it may hold its metadata: {"language", "publishedAt", "outlet", "url",
"issuer", "title"} (strings, or null) and "via" (a list). Sidecars, gold files and other files a
glob matches are skipped with a notice.`;

const EXIT = `Exit codes: 0 success; 1 an input or the output could not be read or written (the other
inputs are still processed, and the failed ones are listed in the report); 2 wrong usage.`;

function flagLines(command: string | null): string {
  const shown = FLAGS.filter((f) => (command === null ? !f.commands : !f.commands || f.commands.includes(command)));
  const label = (f: Flag) => `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.arg ? ` ${f.arg}` : ""}`;
  const width = Math.max(...shown.map((f) => label(f).length)) + 3;
  return shown.map((f) => `  ${label(f).padEnd(width)}${f.help}`).join("\n");
}

/** The global help: the commands and where to read more. */
export function globalHelp(): string {
  return `claimdiff ${VERSION}: who said what, when — and where the accounts disagree.

Usage:
  claimdiff extract FILE... [options]        ${COMMANDS.extract}
  claimdiff compare FILE... [options]        ${COMMANDS.compare}
  claimdiff eval --gold GOLD.json FILE...    ${COMMANDS.eval}
  claimdiff help COMMAND                     the options of a command

${FILES}

Options:
${flagLines(null)}

Run 'claimdiff help extract' (or compare, eval) for the options of a command.
${EXIT}`;
}

const DETAILS: Readonly<Record<string, { usage: string; about: string; examples: string[] }>> = {
  extract: {
    usage: "claimdiff extract FILE... [options]",
    about: `Reads each article and prints its claims: speaker, side, date, kind, the assertion and its
exact span in the text. Articles are read and written one at a time (with --jobs, on threads,
still in input order), so the output streams.

Formats: json (default: {"articles": [...], "warnings": [...]}), ndjson (an article a line),
md (a table per article).`,
    examples: [
      "claimdiff extract fixtures/demo/*.txt --format md",
      "claimdiff extract articles/*.txt --jobs 0 --format ndjson > claims.ndjson",
      "cat article.txt | claimdiff extract - --lang ro --published 2025-05-16",
    ],
  },
  compare: {
    usage: "claimdiff compare FILE... [options]",
    about: `Groups the claims of all inputs into events, lines up each side's account, aligns the claims
that report the same thing and flags where the accounts disagree (omission, characterization,
factual, stance).

Besides articles, compare reads extraction results: the JSON 'claimdiff extract --format json'
prints ({"articles": [...]}, or a bare list) or its ndjson (an article a line), so one
extraction can be compared many times with other options.

Formats: json (default), ndjson (an event a line), md, html (one self-contained page; needs --out).`,
    examples: [
      "claimdiff compare fixtures/demo/*.txt --format md",
      "claimdiff compare fixtures/demo/*.txt --format html --out report.html",
      "claimdiff extract news/*.txt > claims.json && claimdiff compare claims.json --threshold 0.6",
    ],
  },
  eval: {
    usage: "claimdiff eval --gold GOLD.json FILE... [options]",
    about: `Extracts and compares FILE... and scores the result against a gold annotation: claims
(precision, recall, F1), speaker, side and date accuracy, alignments, disagreements and traps.

Formats: text (default), json.`,
    examples: ["claimdiff eval --gold fixtures/demo/gold.json fixtures/demo/*.txt --verbose"],
  },
  help: {
    usage: "claimdiff help [COMMAND]",
    about: "Prints the help of a command (extract, compare, eval), or the overview.",
    examples: ["claimdiff help compare"],
  },
};

/** The help of one command: usage, what it does, its options, examples. */
export function commandHelp(command: string): string {
  const d = DETAILS[command]!;
  const files = command === "help" ? "" : `\n\n${FILES}`;
  return `Usage: ${d.usage}

${d.about}${files}

Options:
${flagLines(command)}

Examples:
${d.examples.map((e) => `  ${e}`).join("\n")}
${command === "help" ? "" : `\n${EXIT}`}`.trimEnd();
}
