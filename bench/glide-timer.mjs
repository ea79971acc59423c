// Benchmark (not a test): runs a real 10-minute <nerve-glide-timer> session in headless Chromium,
// sped up by replacing the element's clock with one that runs SPEED times faster than real time,
// and reports how late each phase change fired compared with the schedule.
//
//   npm run build && node bench/glide-timer.mjs [speed]
//
// Lateness comes from how often the page gets to poll (every animation frame while visible), so it
// is reported both in session time (what the person would feel, scaled up by SPEED) and in real time.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../scripts/chromium-flags.mjs';

const SPEED = Number(process.argv[2] ?? 10);
// 20 glides x 5 sets x 2 phases x 2.5 s + 4 rests x 25 s = 600 s of session time.
const SETTINGS = { reps: 20, sets: 5, phaseSeconds: 2.5, restSeconds: 25 };

const server = createServer(async (req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><body><script src="/dist/nerve-glide-timer.js"></script>
      <nerve-glide-timer reps="${SETTINGS.reps}" sets="${SETTINGS.sets}" phase-seconds="${SETTINGS.phaseSeconds}"
        rest-seconds="${SETTINGS.restSeconds}"></nerve-glide-timer></body></html>`);
    return;
  }
  try {
    const body = await readFile(new URL(`..${req.url}`, import.meta.url));
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags,
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  const result = await page.evaluate(async (speed) => {
    const el = document.querySelector('nerve-glide-timer');
    await el.updateComplete;
    const origin = performance.now();
    // Session time runs `speed` times faster than real time.
    el.clock = () => (performance.now() - origin) * speed;
    const phases = [];
    el.addEventListener('glide-phase', (e) => phases.push({ ...e.detail, sessionMs: el.clock(), realMs: performance.now() - origin }));
    const done = new Promise((resolve) => el.addEventListener('glide-complete', (e) => resolve({ ...e.detail, sessionMs: el.clock() })));
    el.start();
    const complete = await done;
    return { phases, complete };
  }, SPEED);

  // Where each phase should have started, from the settings alone.
  const expected = [];
  let t = 0;
  for (let set = 1; set <= SETTINGS.sets; set += 1) {
    for (let rep = 1; rep <= SETTINGS.reps; rep += 1) {
      expected.push({ phase: 'extension', rep, set, at: t });
      t += SETTINGS.phaseSeconds * 1000;
      expected.push({ phase: 'flexion', rep, set, at: t });
      t += SETTINGS.phaseSeconds * 1000;
    }
    if (set < SETTINGS.sets) {
      expected.push({ phase: 'rest', rep: SETTINGS.reps, set, at: t });
      t += SETTINGS.restSeconds * 1000;
    }
  }
  const totalMs = t;
  if (result.phases.length !== expected.length) throw new Error(`expected ${expected.length} phase events, got ${result.phases.length}`);
  let worst = 0;
  let sum = 0;
  result.phases.forEach((p, i) => {
    const e = expected[i];
    if (p.phase !== e.phase || p.rep !== e.rep || p.set !== e.set) throw new Error(`event ${i} is ${JSON.stringify(p)}, expected ${JSON.stringify(e)}`);
    const late = p.sessionMs - e.at;
    if (late < -1) throw new Error(`event ${i} fired ${-late} ms early`);
    worst = Math.max(worst, late);
    sum += late;
  });
  const completeLate = result.complete.sessionMs - totalMs;
  console.log(`glide timer benchmark: ${expected.length} phase changes over ${totalMs / 1000} s of session time at ${SPEED}x speed`);
  console.log(`  all phases fired once, in order, none early`);
  console.log(`  worst phase-change lateness: ${worst.toFixed(1)} ms session time = ${(worst / SPEED).toFixed(1)} ms real time`);
  console.log(`  mean lateness: ${(sum / expected.length).toFixed(1)} ms session time = ${(sum / expected.length / SPEED).toFixed(1)} ms real time`);
  console.log(`  reported elapsedMs at completion: ${result.complete.elapsedMs} (schedule ${totalMs}); completion fired ${(completeLate / SPEED).toFixed(1)} ms real time after the end`);
} finally {
  await browser.close();
  server.close();
}
