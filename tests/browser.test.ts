import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../src/report/html.js";
import { ComparisonResultSchema } from "../src/schema/comparison.js";
import { buildComparison } from "./fixtures-hostile/report-fixture.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = fileURLToPath(new URL("./__screenshots__/report.png", import.meta.url));

describe.skipIf(!existsSync(CHROMIUM))("HTML report in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let fileUrl: string;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "claimdiff-report-"));
    const file = join(dir, "report.html");
    const result = ComparisonResultSchema.parse(buildComparison());
    writeFileSync(file, renderHtml(result, { title: "Trump–Putin call, 28 January 2017" }), "utf8");
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.goto(fileUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the two sides as columns next to each other", async () => {
    const columns = page.locator('[data-event="2017-01-28-phone-call-trump-putin"] .accounts > .account');
    expect(await columns.count()).toBe(2);
    const [us, ru] = [columns.nth(0), columns.nth(1)];
    expect(await us.locator(".side-label").innerText()).toMatch(/White House, Sean Spicer\s*\/\s*US/);
    expect(await ru.locator(".side-label").innerText()).toMatch(/Kremlin\s*\/\s*RU/);
    const a = (await us.boundingBox())!;
    const b = (await ru.boundingBox())!;
    expect(await us.isVisible()).toBe(true);
    // Side by side: same row, the Russian column to the right of the American one.
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
  });

  it("shows the coverage matrix with ✓ and —", async () => {
    const table = page.locator('[data-event="2017-01-28-phone-call-trump-putin"] table.coverage');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tr[data-topic="korean-peninsula"] td[data-side="US"]').innerText()).toBe("—");
    expect(await table.locator('tr[data-topic="korean-peninsula"] td[data-side="RU"]').innerText()).toBe("✓");
  });

  it("follows a claim's source link to its highlighted span", async () => {
    await page.locator('li.claim[data-claim="ro-news:c1"] a.source-link').click();
    expect(new URL(page.url()).hash).toBe("#src-ro-news-c1");
    const mark = page.locator("#src-ro-news-c1");
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.innerText()).toContain("Convorbirea a avut loc într-un ton pozitiv");
    await expect.poll(() => mark.getAttribute("class")).toContain("active");
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    expect(inView).toBe(true);
    // Every segment of an overlapped claim lights up, not only the first.
    await page.locator('li.claim[data-claim="pl-kresy:c1"] a.source-link').click();
    const active = page.locator("mark.claim-span.active");
    await expect.poll(() => active.count()).toBeGreaterThan(1);
    expect((await active.allInnerTexts()).join("")).toContain("„bardzo dobra rozmowa”");
  });

  it("renders the hostile article as text and executes nothing", async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([fileUrl]);
    const hostile = page.locator(".article-text").last();
    expect(await hostile.innerText()).toContain("<script>window.__pwned = 1; alert(1)</script>");
    expect(await page.locator("body img, body svg, body iframe").count()).toBe(0);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it("saves a screenshot", async () => {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.goto(fileUrl, { waitUntil: "load" });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
