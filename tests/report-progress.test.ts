import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { colorEnabled, createProgress, shouldShowProgress } from "../src/report/progress.js";

/** A stream that records what is written; `isTTY` as given. */
class FakeStream extends Writable {
  readonly chunks: string[] = [];
  columns = 100;
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get output(): string {
    return this.chunks.join("");
  }
}

const SGR = /\u001b\[[0-9;]*m/;

describe("shouldShowProgress", () => {
  it("shows a bar only on a TTY, for more than 5 items, when not quiet", () => {
    expect(shouldShowProgress({ total: 6, stream: new FakeStream(true) })).toBe(true);
    expect(shouldShowProgress({ total: 500, stream: new FakeStream(true) })).toBe(true);
    expect(shouldShowProgress({ total: 5, stream: new FakeStream(true) })).toBe(false);
    expect(shouldShowProgress({ total: 0, stream: new FakeStream(true) })).toBe(false);
    expect(shouldShowProgress({ total: 100, stream: new FakeStream(false) })).toBe(false);
    expect(shouldShowProgress({ total: 100, stream: new FakeStream(true), quiet: true })).toBe(false);
  });
});

describe("colorEnabled", () => {
  it("follows NO_COLOR (any non-empty value disables colour)", () => {
    expect(colorEnabled({})).toBe(true);
    expect(colorEnabled({ NO_COLOR: "" })).toBe(true);
    expect(colorEnabled({ NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ NO_COLOR: "false" })).toBe(false);
  });
});

describe("createProgress", () => {
  it("is a silent no-op when piped, quiet or short", () => {
    for (const options of [
      { total: 40, stream: new FakeStream(false) },
      { total: 40, stream: new FakeStream(true), quiet: true },
      { total: 3, stream: new FakeStream(true) },
    ]) {
      const p = createProgress(options);
      expect(p.active).toBe(false);
      p.tick("000_2d9b7339b95b5ee8.txt");
      p.stop();
      p.stop();
      expect(options.stream.output).toBe("");
    }
  });

  it("draws on a TTY, with colour by default", () => {
    const stream = new FakeStream(true);
    const p = createProgress({ total: 8, stream, env: {} });
    expect(p.active).toBe(true);
    for (let i = 0; i < 8; i++) p.tick(`00${i}_article.txt`);
    p.stop();
    expect(stream.output).toContain("claimdiff");
    expect(stream.output).toMatch(SGR);
  });

  it("draws without ANSI colour codes when NO_COLOR is set", () => {
    const stream = new FakeStream(true);
    const p = createProgress({ total: 8, stream, env: { NO_COLOR: "1" } });
    expect(p.active).toBe(true);
    p.tick("000_article.txt");
    p.stop();
    expect(stream.output).toContain("claimdiff");
    expect(stream.output).toContain("1/8");
    expect(stream.output).not.toMatch(SGR);
  });

  it("keeps control characters of file names off the terminal", () => {
    const stream = new FakeStream(true);
    const p = createProgress({ total: 8, stream, env: { NO_COLOR: "1" } });
    p.tick("evil\u001b[31mred\u0007.txt");
    p.stop();
    expect(stream.output).toContain("evil[31mred.txt");
    expect(stream.output).not.toContain("\u0007");
  });
});
