// Benchmarks the built timeline in Debian's Chromium: time from navigation to performance.mark('timeline:ready'),
// and frame times (requestAnimationFrame deltas) while zooming with the wheel. Run: npx tsx scripts/bench-timeline.ts [runs]
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const RUNS = Number(process.argv[2] ?? 7);
const OUT = '/tmp/atp-bench-timeline';
const URL = `http://127.0.0.1:${PORT}/`;

function quantile(values: number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

const build = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });

try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(URL).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  const ready: number[] = [];
  const paint: number[] = [];
  const frames: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(URL);
    await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0);
    ready.push(await page.evaluate(() => performance.getEntriesByName('timeline:ready')[0]!.startTime));
    // For context on a shared machine: when the page first painted anything at all.
    paint.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));

    const frame = page.locator('#timeline .frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.7, box.y + 10);
    // A string, not a function: tsx would wrap named functions in a helper that does not exist in the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__stop = false;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    // In to a single year and back out again, in small steps like a trackpad or a notched wheel.
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 120);
    frames.push(...((await page.evaluate('(window.__stop = true, window.__frames.slice(1))')) as number[]));
    await page.close();
  }
  await browser.close();

  console.log(`timeline:ready after navigation (${RUNS} runs, 1440×900): p50 ${ms(quantile(ready, 0.5))}, min ${ms(Math.min(...ready))}, max ${ms(Math.max(...ready))}`);
  console.log(`first contentful paint, same runs: p50 ${ms(quantile(paint, 0.5))}`);
  console.log(`machine load average at the end: ${(await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.log(`frame time while wheel-zooming (${frames.length} frames): p50 ${ms(quantile(frames, 0.5))}, p95 ${ms(quantile(frames, 0.95))}, max ${ms(Math.max(...frames))}`);
} finally {
  if (server.pid) process.kill(-server.pid);
}
