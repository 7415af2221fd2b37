/**
 * `npm run bench`: prints the performance figures the quality-gates issue asks
 * for. Nothing here is a pass/fail test (the page-weight budget is also
 * asserted in `npm test`); it measures and prints.
 *
 *  1. the whole build of this checkout (with the search index when the build
 *     makes one), timed;
 *  2. the first view of each article page (and the other main pages): HTML,
 *     CSS, JS, fonts, images, each gzip-compressed, the split, the budget, and
 *     the ratio to the gzip size of the page's own visible text;
 *  3. Lighthouse (mobile preset, Debian Chromium) on the home, article,
 *     claims and timeline pages: the four category scores (target: 100 each);
 *  4. a scale run: the same build in a temporary copy of the project with 100
 *     and 1,000 synthetic annotated articles added, each built cold (no
 *     caches) and then again with only the share cards kept: time per added
 *     article, pages per second, peak memory and the load average, with the
 *     cards' cold cost given apart;
 *  5. the framework's floor: a bare Astro + MDX + Pagefind project with the
 *     same pages and files per article and none of the site's code, built
 *     empty and at the largest size (at most 1,000): what no change to the
 *     site can take off the per-article figure.
 *
 * Options: --skip-lighthouse, --skip-scale, --sizes=100,1000,
 * --claims-per-article=5, --runs=1 (builds per size; the fastest is kept, and
 * the real site alone is always built three times). Port: BENCH_PORT, else E2E_PORT, else 4398.
 * Chromium: CHROMIUM_PATH or CHROME_PATH, else /usr/bin/chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isArticlePage, readBuiltSite } from '../gates/built-site.ts';
import {
  FIRST_VIEW_BUDGET,
  GZIP_LEVEL,
  ONE_ROUND_TRIP,
  RESOURCE_KINDS,
  budgetProblems,
  measureFirstView,
} from '../gates/page-weight.ts';
import { frameworkFloorFiles, routesPerArticle } from './framework-floor.ts';
import { syntheticArticle } from './synthetic-content.ts';
import { ROOT as PROJECT_ROOT } from '../project.ts';
import { readEntries } from '../content-files.ts';
import { drawShareCardPng } from '~/exports/share-image.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '~/model/statuses.ts';
import { SITE_NAME } from '~/site/site.ts';

const ROOT = PROJECT_ROOT;
const { values: args } = parseArgs({
  options: {
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '100,1000' },
    'claims-per-article': { type: 'string', default: '5' },
    runs: { type: 'string', default: '1' },
  },
});
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const PORT = Number(process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? 4398);
const BASE = process.env['BASE_PATH'] || '/';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pad = (text: string | number, width: number) => String(text).padStart(width);
function heading(text: string) {
  console.log(`\n== ${text} ${'='.repeat(Math.max(0, 74 - text.length))}`);
}

/** GNU time, when installed, gives the build's peak memory (the largest resident set of any of its processes). */
const GNU_TIME = '/usr/bin/time';
const PEAK_MARK = 'peak-rss-kb:';
const load = () => loadavg()[0]!.toFixed(2);

interface TimedBuild {
  ms: number;
  /** Peak resident memory in bytes, when GNU time is there to tell. */
  peakBytes?: number | undefined;
  /** Processor time (user + system) of the build's processes in ms, when GNU time is there to tell. */
  cpuMs?: number | undefined;
  /** The one-minute load average before and after. */
  load: string;
}

/** Runs `npm run build` in `cwd`, returns the wall time and peak memory; prints the output's tail and exits on failure. */
function timedBuild(cwd: string): TimedBuild {
  const before = load();
  const [command, commandArgs] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', `${PEAK_MARK}%M %U %S`, 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    console.error(`Build failed in ${cwd}:\n${(result.stdout + result.stderr).split('\n').slice(-40).join('\n')}`);
    process.exit(1);
  }
  const peak = result.stderr.match(new RegExp(`${PEAK_MARK}(\\d+) ([\\d.]+) ([\\d.]+)`));
  return {
    ms: elapsed,
    peakBytes: peak ? Number(peak[1]) * 1024 : undefined,
    cpuMs: peak ? (Number(peak[2]) + Number(peak[3])) * 1000 : undefined,
    load: `${before} → ${load()}`,
  };
}

const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`;

function searchIndexNote(dist: string): string {
  const pagefind = join(dist, 'pagefind');
  if (!existsSync(pagefind)) return 'no search index in this build (dist/pagefind/ absent)';
  return `search index included (dist/pagefind/, ${readdirSync(pagefind, { recursive: true }).length} entries)`;
}

// 1. The build ----------------------------------------------------------------
heading('Build');
const build = timedBuild(ROOT);
const dist = join(ROOT, 'dist');
const site = readBuiltSite(dist);
console.log(
  `npm run build: ${seconds(build.ms)} for ${site.pages.length} pages; peak memory ${megabytes(build.peakBytes)}; ` +
    `load average ${build.load}; ${searchIndexNote(dist)}`,
);

// 2. First view ------------------------------------------------------------------
heading(`First view (gzip level ${GZIP_LEVEL}, each file on its own; 1 KB = 1,024 bytes)`);
const articlePages = site.pages.filter((p) => p.path.startsWith('/articles/'));
const otherPages = site.pages.filter((p) => !p.path.startsWith('/articles/') && p.path !== '/404.html');
console.log(
  `${'page'.padEnd(36)}${RESOURCE_KINDS.map((k) => pad(k, 8)).join('')}${pad('total', 9)}${pad('text', 8)}${pad('ratio', 7)}  budget`,
);
for (const page of [...articlePages, ...otherPages]) {
  const view = measureFirstView({ files: site.files, read: site.read, base: BASE }, page.file);
  const isArticle = page.path.startsWith('/articles/');
  const verdict = !isArticle ? '(not budgeted)' : budgetProblems(view).length === 0 ? 'within' : 'OVER';
  console.log(
    `${page.path.slice(0, 35).padEnd(36)}${RESOURCE_KINDS.map((k) => pad(view.byKind[k].gzip, 8)).join('')}` +
      `${pad(view.total.gzip, 9)}${pad(view.text.gzip, 8)}${pad(view.ratio.toFixed(2), 7)}  ${verdict}`,
  );
  if (isArticle) {
    console.log(
      `  ${page.path}: ${view.total.gzip} bytes (${kb(view.total.gzip)}) of ${FIRST_VIEW_BUDGET.total} (${kb(FIRST_VIEW_BUDGET.total)}); ` +
        `JavaScript ${view.byKind.js.gzip} of ${FIRST_VIEW_BUDGET.js}; uncompressed ${kb(view.total.bytes)}; ` +
        `${view.ratio.toFixed(2)} bytes sent per byte of visible text (${view.text.chars} characters, ${view.text.gzip} bytes gzip)`,
    );
    // The article page itself (not its places page, which opens with the map) aims at one round trip.
    const spare = ONE_ROUND_TRIP - view.total.gzip;
    if (isArticlePage(page.path)) {
      console.log(
        `  one round trip (${ONE_ROUND_TRIP} bytes): ${spare >= 0 ? `within, ${spare} bytes to spare` : `OVER by ${-spare} bytes`}`,
      );
    }
    for (const resource of view.resources)
      console.log(`    ${resource.kind.padEnd(6)} ${pad(resource.gzip, 6)} ${resource.path}`);
    for (const resource of view.deferred) {
      console.log(
        `    ${resource.kind.padEnd(6)} ${pad(resource.gzip, 6)} ${resource.path} (lazy: loaded when scrolled near, not counted)`,
      );
    }
    for (const resource of view.print) {
      console.log(
        `    ${resource.kind.padEnd(6)} ${pad(resource.gzip, 6)} ${resource.path} (print only: fetched after the first paint, not counted)`,
      );
    }
    for (const problem of budgetProblems(view)) console.log(`  ! ${problem}`);
  }
}

// 3. Lighthouse ------------------------------------------------------------------
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer at ${url}`);
}

async function runLighthouse(): Promise<void> {
  heading('Lighthouse (mobile preset, Debian Chromium; target 100 in each category)');
  const targets = [
    { name: 'home', file: 'index.html' },
    { name: 'article', file: articlePages.find((p) => isArticlePage(p.path))?.file },
    { name: 'claims', file: 'claims/index.html' },
    { name: 'timeline', file: 'timeline/index.html' },
  ];
  const present = targets.filter((t): t is { name: string; file: string } => {
    if (t.file && site.files.has(t.file)) return true;
    console.log(`${t.name}: skipped, the build has no ${t.file ?? 'article page'} yet`);
    return false;
  });
  if (present.length === 0) return;
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return;
  }
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${PORT}`;
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    await waitForServer(`${origin}${BASE}`, 60_000);
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
    console.log(`${'page'.padEnd(10)}${categories.map((c) => pad(c, 16)).join('')}  url`);
    for (const target of present) {
      const page = site.pages.find((p) => p.file === target.file)!;
      const url = `${origin}${BASE.replace(/\/?$/, '')}${page.path}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) {
        console.log(`${target.name}: Lighthouse returned no result`);
        continue;
      }
      const scores = categories.map((c) => {
        const score = lhr.categories[c]?.score;
        return score === null || score === undefined ? 'n/a' : String(Math.round(score * 100));
      });
      console.log(`${target.name.padEnd(10)}${scores.map((s) => pad(s, 16)).join('')}  ${url}`);
      // What keeps a category under 100, so the figure can be acted on.
      for (const category of categories) {
        const cat = lhr.categories[category];
        if (!cat || cat.score === 1) continue;
        const failing = cat.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
        if (failing.length > 0) console.log(`    ${category}: ${failing.join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

if (args['skip-lighthouse']) console.log('\n(Lighthouse skipped)');
else await runLighthouse();

// 4. Scale --------------------------------------------------------------------
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report']);

/** A copy of the project in a temporary directory, sharing node_modules but not its caches. */
function temporaryCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'annotated-bench-'));
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  linkPackages(copy);
  return copy;
}

/**
 * Gives `dir` this project's packages. Astro, Vite and others keep caches in
 * node_modules/.astro, .vite and .cache: every package is linked but those,
 * so each run builds cold.
 */
function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** Builds the framework-floor project (tools/bench/framework-floor.ts) with `articles` articles, in a fresh temporary folder. */
function floorBuild(articles: number, claims: number): { build: TimedBuild; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'annotated-floor-'));
  try {
    for (const file of frameworkFloorFiles(articles, claims)) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    linkPackages(dir);
    const build = timedBuild(dir);
    return { build, pages: readBuiltSite(join(dir, 'dist')).pages.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A size's figures: `warm` is a build whose only cache is the share cards
 * drawn by the cold build just before it (the cards are kept between builds
 * by content hash, src/exports/share-image-cache.ts); `cold` is that first
 * build, with no cache at all, so the cards' cold cost is the difference.
 */
interface ScaleResult {
  warm: TimedBuild;
  cold: TimedBuild;
  pages: number;
  cards: number;
}

/** Builds the project plus `added` synthetic articles `runs` times, each in a fresh copy; keeps the fastest warm build. */
function scaleRun(added: number, claimsPerArticle: number, runs: number): ScaleResult {
  let best: ScaleResult | undefined;
  for (let run = 0; run < runs; run += 1) {
    const result = scaleBuild(added, claimsPerArticle);
    if (!best || result.warm.ms < best.warm.ms) best = result;
  }
  return best!;
}

/** Removes every cache of the copy but the share cards, and the last build's output. */
function keepOnlyShareCards(copy: string): void {
  const astroCache = join(copy, 'node_modules', '.astro');
  for (const entry of existsSync(astroCache) ? readdirSync(astroCache) : []) {
    if (entry !== 'share-cards') rmSync(join(astroCache, entry), { recursive: true, force: true });
  }
  for (const path of ['node_modules/.vite', '.astro', 'dist'])
    rmSync(join(copy, path), { recursive: true, force: true });
}

function scaleBuild(added: number, claimsPerArticle: number): ScaleResult {
  const copy = temporaryCopy();
  try {
    for (let i = 1; i <= added; i += 1) {
      for (const file of syntheticArticle(i, {
        claims: claimsPerArticle,
        speaker: 'peter-ford',
        label: 'PF:',
        source: 'tass-2016-12-11-4000-militants-palmyra',
      })) {
        writeFileSync(join(copy, file.path), file.content);
      }
    }
    const cold = timedBuild(copy);
    const cardsDir = join(copy, 'node_modules', '.astro', 'share-cards');
    const cards = existsSync(cardsDir) ? readdirSync(cardsDir).length : 0;
    keepOnlyShareCards(copy);
    const warm = timedBuild(copy);
    return { warm, cold, pages: readBuiltSite(join(copy, 'dist')).pages.length, cards };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// Share images: what a claim's 1200×630 card costs to draw, cold (fonts loaded by the first).
{
  const claims = readEntries<{ status: ClaimStatus; claim: string; speaker: string }>('claims');
  const speakers = new Map(readEntries<{ name: string }>('speakers').map((s) => [s.id, s.name]));
  const times: number[] = [];
  const sizes: number[] = [];
  for (const claim of claims) {
    const start = performance.now();
    const png = await drawShareCardPng({
      status: claim.status,
      statusLabel: CLAIM_STATUSES[claim.status].label,
      claim: claim.claim,
      speaker: speakers.get(claim.speaker) ?? claim.speaker,
      edition: SITE_NAME,
    });
    times.push(performance.now() - start);
    sizes.push(png.length);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `\n== Share images ==\n${claims.length} cards: first ${times[0]?.toFixed(0)} ms (fonts loaded), median ${median.toFixed(0)} ms per card, ` +
      `${Math.min(...sizes)}–${Math.max(...sizes)} bytes (limit 61,440); load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  );
}

if (args['skip-scale']) {
  console.log('\n(Scale run skipped)');
} else {
  const claimsPerArticle = Number(args['claims-per-article']);
  const runs = Math.max(1, Number(args.runs));
  const sizes = args.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  heading(`Build scale (temporary copies; ${claimsPerArticle} claims per synthetic article)`);
  const real = readdirSync(join(ROOT, 'content/articles')).filter((f) => f.endsWith('.mdx')).length;
  console.log('Each size is built twice in a fresh copy: cold (no cache at all), then again with only the share');
  console.log("cards kept (Astro's cache directory holds them by content hash). The table is the second build;");
  console.log('the lines under it give the cold build and what drawing the cards added.');
  console.log(
    `${'articles'.padStart(9)}${pad('pages', 8)}${pad('build', 10)}${pad('pages/s', 9)}${pad('per article', 13)}` +
      `${pad('per added article', 19)}${pad('CPU per added', 15)}${pad('peak memory', 13)}  load average (1 min, before → after)`,
  );
  const perAdded = (ms: number, baselineMs: number, size: number) => `${((ms - baselineMs) / size).toFixed(1)} ms`;
  const cpuPerAdded = (run: TimedBuild, baselineRun: TimedBuild, size: number) =>
    run.cpuMs === undefined || baselineRun.cpuMs === undefined ? 'n/a' : perAdded(run.cpuMs, baselineRun.cpuMs, size);
  const row = (articles: number, run: ScaleResult, added: string, cpuAdded: string) =>
    console.log(
      `${pad(articles, 9)}${pad(run.pages, 8)}${pad(seconds(run.warm.ms), 10)}${pad((run.pages / (run.warm.ms / 1000)).toFixed(1), 9)}` +
        `${pad(`${(run.warm.ms / articles).toFixed(0)} ms`, 13)}${pad(added, 19)}${pad(cpuAdded, 15)}` +
        `${pad(megabytes(run.warm.peakBytes), 13)}  ${run.warm.load}`,
    );
  const coldLines: string[] = [];
  const coldLine = (articles: number, run: ScaleResult, added: string) =>
    coldLines.push(
      `  ${articles} articles, cold: ${seconds(run.cold.ms)} (CPU ${seconds(run.cold.cpuMs ?? Number.NaN)}), ` +
        `${added}peak memory ${megabytes(run.cold.peakBytes)}, load ${run.cold.load}; ${run.cards} share cards drawn, ` +
        `${(((run.cold.cpuMs ?? Number.NaN) - (run.warm.cpuMs ?? Number.NaN)) / Math.max(1, run.cards)).toFixed(1)} ms of CPU each ` +
        '(the cold build less the warm one)',
    );
  const baseline = scaleRun(0, claimsPerArticle, Math.max(3, runs));
  row(real, baseline, '-', '-');
  coldLine(real, baseline, '');
  for (const size of sizes) {
    const run = scaleRun(size, claimsPerArticle, runs);
    row(real + size, run, perAdded(run.warm.ms, baseline.warm.ms, size), cpuPerAdded(run.warm, baseline.warm, size));
    coldLine(
      real + size,
      run,
      `${perAdded(run.cold.ms, baseline.cold.ms, size)} and CPU ${cpuPerAdded(run.cold, baseline.cold, size)} per added article, `,
    );
  }
  for (const line of coldLines) console.log(line);
  console.log('(per added article: the extra build time over the real site alone, divided by the articles added;');
  console.log(' CPU per added article: the same for processor time, which other work on the machine disturbs less;');
  console.log(' pages/s counts the HTML pages; peak memory is the largest process of the build; both from GNU time)');
  console.log(`(${availableParallelism()} cores; other work on the machine slows every figure: see the load averages)`);

  // The framework's floor: the same routes per article from a bare Astro + MDX + Pagefind project.
  const floorSize = Math.min(1000, Math.max(...sizes));
  const routes = routesPerArticle(claimsPerArticle);
  heading(`Framework floor (a bare Astro project, ${floorSize} articles; tools/bench/framework-floor.ts)`);
  console.log(
    `Per article: ${routes.mdxPages} MDX entry with ${claimsPerArticle} components on its page, ${routes.plainPages} plain pages and ` +
      `${routes.files} small files, as a synthetic article brings; Pagefind indexes the pages. None of this site's code.`,
  );
  const emptyFloor = floorBuild(0, claimsPerArticle);
  const fullFloor = floorBuild(floorSize, claimsPerArticle);
  const floorWall = (fullFloor.build.ms - emptyFloor.build.ms) / floorSize;
  const floorCpu =
    fullFloor.build.cpuMs === undefined || emptyFloor.build.cpuMs === undefined
      ? undefined
      : (fullFloor.build.cpuMs - emptyFloor.build.cpuMs) / floorSize;
  console.log(
    `${floorSize} articles (${fullFloor.pages} pages): ${seconds(fullFloor.build.ms)}, against ${seconds(emptyFloor.build.ms)} empty; ` +
      `${floorWall.toFixed(1)} ms per added article, CPU ${floorCpu === undefined ? 'n/a' : `${floorCpu.toFixed(1)} ms`}; ` +
      `peak memory ${megabytes(fullFloor.build.peakBytes)}; load ${emptyFloor.build.load}, then ${fullFloor.build.load}`,
  );
  console.log("(what Astro, MDX and Pagefind cost per article on this machine before any of the site's own work)");
}
