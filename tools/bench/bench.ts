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
 *  4. a scale run against the framework's floor: the same build in a
 *     temporary copy of the project with 100 and 1,000 synthetic annotated
 *     articles added, each built cold (no caches) and then again with only the
 *     share cards kept; beside each, a bare Astro + MDX + Pagefind project
 *     with the same pages and files per article and none of the site's code
 *     (tools/bench/framework-floor.ts), built in the same run. It prints the
 *     site's cost per added article (CPU and wall) as a ratio to the floor's,
 *     cached and cold, how the cost per article at the largest size compares
 *     with the smallest (and why, when not within ±25 %), peak memory and the
 *     load average of every build.
 *
 * Options: --skip-lighthouse, --skip-scale, --sizes=100,1000,
 * --claims-per-article=5, --runs=1 (builds per size; medians are kept, and
 * the real site alone and the empty floor are always built three times),
 * --pagefind (also times Pagefind alone on each size's build, over every
 * page and over the pages search needs), --only-scale (the scale run
 * alone: no build of this checkout, first view, Lighthouse or share images). Port: BENCH_PORT, else E2E_PORT, else 4398.
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
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { SITE_NAME } from '~/site/site.ts';

const ROOT = PROJECT_ROOT;
const { values: args } = parseArgs({
  strict: true,
  options: {
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '100,1000' },
    'claims-per-article': { type: 'string', default: '5' },
    runs: { type: 'string', default: '1' },
    pagefind: { type: 'boolean', default: false },
    'only-scale': { type: 'boolean', default: false },
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

/** A run's figures: its wall time, and what GNU time wrote after PEAK_MARK (peak memory, user and system time). */
function timedRun(elapsed: number, stderr: string, loadBefore: string): TimedBuild {
  const peak = stderr.match(new RegExp(`${PEAK_MARK}(\\d+) ([\\d.]+) ([\\d.]+)`));
  return {
    ms: elapsed,
    peakBytes: peak ? Number(peak[1]) * 1024 : undefined,
    cpuMs: peak ? (Number(peak[2]) + Number(peak[3])) * 1000 : undefined,
    load: `${loadBefore} → ${load()}`,
  };
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
  return timedRun(elapsed, result.stderr, before);
}

const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`;

function searchIndexNote(dist: string): string {
  const pagefind = join(dist, 'pagefind');
  if (!existsSync(pagefind)) return 'no search index in this build (dist/pagefind/ absent)';
  return `search index included (dist/pagefind/, ${readdirSync(pagefind, { recursive: true }).length} entries)`;
}

/** Sections 1 and 2: the build of this checkout and its pages' first view. */
function siteFigures() {
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
  return { site, articlePages };
}
const figures = args['only-scale'] ? undefined : siteFigures();

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

async function runLighthouse(
  site: ReturnType<typeof readBuiltSite>,
  articlePages: { path: string; file: string }[],
): Promise<void> {
  heading('Lighthouse (mobile preset, Debian Chromium; target 100 in each category)');
  const targets = [
    { name: 'home', file: 'index.html' },
    { name: 'article', file: articlePages.find((p) => isArticlePage(p.path))?.file },
    { name: 'claims', file: 'claims/index.html' },
    { name: 'timeline', file: 'timeline/index.html' },
    // A claim page (issue 21 names one): the first in the built site's order.
    { name: 'claim page', file: site.pages.find((p) => /^\/claims\/[^/]+\/$/.test(p.path))?.file },
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
    console.log(`${'page'.padEnd(12)}${categories.map((c) => pad(c, 16)).join('')}  url`);
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
      console.log(`${target.name.padEnd(12)}${scores.map((s) => pad(s, 16)).join('')}  ${url}`);
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

if (args['skip-lighthouse'] || !figures) console.log('\n(Lighthouse skipped)');
else await runLighthouse(figures.site, figures.articlePages);

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

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Repeated builds as one: median wall and CPU time, the largest peak memory, the load before the first and after the last. */
function medianBuild(builds: TimedBuild[]): TimedBuild {
  const cpu = builds.map((b) => b.cpuMs).filter((ms): ms is number => ms !== undefined);
  const peaks = builds.map((b) => b.peakBytes).filter((bytes): bytes is number => bytes !== undefined);
  const first = builds[0]!.load.split(' → ')[0];
  const last = builds.at(-1)!.load.split(' → ').at(-1);
  return {
    ms: median(builds.map((b) => b.ms)),
    cpuMs: cpu.length === builds.length ? median(cpu) : undefined,
    peakBytes: peaks.length > 0 ? Math.max(...peaks) : undefined,
    load: `${first} → ${last}`,
  };
}

/** The floor project built `runs` times at `articles` articles, as one median build. */
function floorRun(articles: number, claims: number, runs: number): { build: TimedBuild; pages: number } {
  const builds = Array.from({ length: runs }, () => floorBuild(articles, claims));
  return { build: medianBuild(builds.map((b) => b.build)), pages: builds[0]!.pages };
}

/**
 * A size's figures: `warm` is a build whose only cache is the share cards
 * drawn by the cold build just before it (the cards are kept between builds
 * by content hash, src/exports/share-image-cache.ts); `cold` is that first
 * build, with no cache at all, so the cards' cold cost is the difference.
 * With several runs, each is the median.
 */
interface ScaleResult {
  warm: TimedBuild;
  cold: TimedBuild;
  pages: number;
  cards: number;
  /** Pagefind alone on the warm build's dist/, over every page and over the pages search needs (--pagefind). */
  pagefind?: { all: TimedBuild; needed: TimedBuild } | undefined;
}

/** Builds the project plus `added` synthetic articles `runs` times, each in a fresh copy; the medians of each figure. */
function scaleRun(added: number, claimsPerArticle: number, runs: number): ScaleResult {
  const results = Array.from({ length: runs }, () => scaleBuild(added, claimsPerArticle));
  return {
    warm: medianBuild(results.map((r) => r.warm)),
    cold: medianBuild(results.map((r) => r.cold)),
    pages: results[0]!.pages,
    cards: results[0]!.cards,
    pagefind: results[0]!.pagefind,
  };
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

/** `pagefind` alone on a built dist/, timed; `glob` limits the pages it reads. */
function timedPagefind(cwd: string, glob?: string): TimedBuild {
  const before = load();
  const pagefindArgs = ['--site', 'dist', '--output-path', 'pagefind-bench', ...(glob ? ['--glob', glob] : [])];
  const started = performance.now();
  const result = spawnSync(
    GNU_TIME,
    ['-f', `${PEAK_MARK}%M %U %S`, join(ROOT, 'node_modules/.bin/pagefind'), ...pagefindArgs],
    {
      cwd,
      env,
      encoding: 'utf8',
    },
  );
  const elapsed = performance.now() - started;
  rmSync(join(cwd, 'pagefind-bench'), { recursive: true, force: true });
  return timedRun(elapsed, result.stderr, before);
}

/** The pages the search page's results come from once claim pages are left out: the lever "index only what search needs". */
const SEARCH_NEEDS_GLOB =
  '{index.html,about/**/*.html,articles/**/*.html,speakers/**/*.html,timeline/**/*.html,claims/index.html,sources/**/*.html}';

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
    const pagefind = args.pagefind
      ? { all: timedPagefind(copy), needed: timedPagefind(copy, SEARCH_NEEDS_GLOB) }
      : undefined;
    return { warm, cold, pages: readBuiltSite(join(copy, 'dist')).pages.length, cards, pagefind };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// Share images: what a claim's 1200×630 card costs to draw, cold (fonts loaded by the first).
if (!args['only-scale']) {
  const claims = readEntries('claims');
  const speakers = new Map(readEntries('speakers').map((s) => [s.id, s.name]));
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
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const routes = routesPerArticle(claimsPerArticle);
  heading(`Build scale against the framework's floor (${claimsPerArticle} claims per synthetic article)`);
  const real = readdirSync(join(ROOT, 'content/articles')).filter((f) => f.endsWith('.mdx')).length;
  console.log(
    'Each size is built in a fresh temporary copy of the project: cold (no cache at all), then again with only the\n' +
      'share cards kept ("cached"; Astro\'s cache directory holds them by content hash). Beside it, the framework\'s\n' +
      `floor (tools/bench/framework-floor.ts): a bare Astro + MDX + Pagefind project with a synthetic article's routes\n` +
      `(${routes.mdxPages} MDX entry with ${claimsPerArticle} components on its page, ${routes.plainPages} plain pages, ${routes.files} small files) and none of\n` +
      "this site's code, built in the same run. Per added article = (build at that size − build with none added) / added.\n" +
      `The real site alone and the empty floor are built ${Math.max(3, runs)} times, each size ${runs} time${runs === 1 ? '' : 's'}: medians.`,
  );
  const perAdded = (run: TimedBuild, base: TimedBuild, size: number) => ({
    wall: (run.ms - base.ms) / size,
    cpu: run.cpuMs === undefined || base.cpuMs === undefined ? Number.NaN : (run.cpuMs - base.cpuMs) / size,
  });
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const ratio = (value: number) => `${value.toFixed(2)}×`;

  const baseline = scaleRun(0, claimsPerArticle, Math.max(3, runs));
  const emptyFloor = floorRun(0, claimsPerArticle, Math.max(3, runs));
  console.log(
    `\nReal site alone (${real} article${real === 1 ? '' : 's'}, ${baseline.pages} pages): cached ${seconds(baseline.warm.ms)} (CPU ${seconds(baseline.warm.cpuMs ?? Number.NaN)}), ` +
      `cold ${seconds(baseline.cold.ms)} (CPU ${seconds(baseline.cold.cpuMs ?? Number.NaN)}); load ${baseline.cold.load}`,
  );
  console.log(
    `Floor, empty (${emptyFloor.pages} pages): ${seconds(emptyFloor.build.ms)} (CPU ${seconds(emptyFloor.build.cpuMs ?? Number.NaN)}); load ${emptyFloor.build.load}`,
  );

  interface Row {
    size: number;
    site: ScaleResult;
    floor: { build: TimedBuild; pages: number };
    cached: { wall: number; cpu: number };
    cold: { wall: number; cpu: number };
    floorPer: { wall: number; cpu: number };
  }
  const rows: Row[] = [];
  for (const size of sizes) {
    const site = scaleRun(size, claimsPerArticle, runs);
    const floor = floorRun(size, claimsPerArticle, runs);
    rows.push({
      size,
      site,
      floor,
      cached: perAdded(site.warm, baseline.warm, size),
      cold: perAdded(site.cold, baseline.cold, size),
      floorPer: perAdded(floor.build, emptyFloor.build, size),
    });
  }

  console.log(
    '\nCost per added article, and its ratio to the floor (headline: the CPU ratio; goal ≤ 1.5× cached, ≤ 2.5× cold)',
  );
  console.log(
    `${'added'.padStart(6)}${pad('floor CPU', 11)}${pad('floor wall', 12)}${pad('cached CPU', 12)}${pad('ratio', 8)}${pad('cached wall', 13)}${pad('ratio', 8)}` +
      `${pad('cold CPU', 10)}${pad('ratio', 8)}${pad('cold wall', 11)}${pad('ratio', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${pad(r.size, 6)}${pad(ms(r.floorPer.cpu), 11)}${pad(ms(r.floorPer.wall), 12)}${pad(ms(r.cached.cpu), 12)}${pad(ratio(r.cached.cpu / r.floorPer.cpu), 8)}` +
        `${pad(ms(r.cached.wall), 13)}${pad(ratio(r.cached.wall / r.floorPer.wall), 8)}${pad(ms(r.cold.cpu), 10)}${pad(ratio(r.cold.cpu / r.floorPer.cpu), 8)}` +
        `${pad(ms(r.cold.wall), 11)}${pad(ratio(r.cold.wall / r.floorPer.wall), 8)}`,
    );
  }
  console.log('\nEach size: pages, peak memory (largest process; goal ≤ 2 GB), load average (1 min, before → after)');
  for (const r of rows) {
    const over = [r.site.warm, r.site.cold].some((b) => (b.peakBytes ?? 0) > 2 * 1024 ** 3) ? ' OVER 2 GB' : '';
    console.log(
      `  +${r.size}: site ${r.site.pages} pages, cached ${seconds(r.site.warm.ms)} (${megabytes(r.site.warm.peakBytes)}, load ${r.site.warm.load}), ` +
        `cold ${seconds(r.site.cold.ms)} (${megabytes(r.site.cold.peakBytes)}, load ${r.site.cold.load}; ${r.site.cards} cards drawn, ` +
        `${(((r.site.cold.cpuMs ?? Number.NaN) - (r.site.warm.cpuMs ?? Number.NaN)) / Math.max(1, r.site.cards)).toFixed(1)} ms of CPU each)${over}; ` +
        `floor ${r.floor.pages} pages, ${seconds(r.floor.build.ms)} (${megabytes(r.floor.build.peakBytes)}, load ${r.floor.build.load})`,
    );
    if (r.site.pagefind) {
      const { all, needed } = r.site.pagefind;
      console.log(
        `      Pagefind alone on the cached build: every page ${seconds(all.cpuMs ?? Number.NaN)} of CPU (${seconds(all.ms)}, load ${all.load}); ` +
          `only the pages search needs, claim pages left out, ${seconds(needed.cpuMs ?? Number.NaN)} (${seconds(needed.ms)}, load ${needed.load}): ` +
          `${ms(((all.cpuMs ?? Number.NaN) - (needed.cpuMs ?? Number.NaN)) / r.size)} of CPU per added article`,
      );
    }
  }

  // Linearity: the cost per added article at the largest size against the smallest.
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last !== first) {
    const change = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %`;
    const within = (a: number, b: number) => Math.abs((b - a) / a) <= 0.25;
    console.log(
      `\nScaling, CPU per added article at ${last.size} against ${first.size}: cached ${ms(first.cached.cpu)} → ${ms(last.cached.cpu)} (${change(first.cached.cpu, last.cached.cpu)}), ` +
        `cold ${ms(first.cold.cpu)} → ${ms(last.cold.cpu)} (${change(first.cold.cpu, last.cold.cpu)}); the floor ${ms(first.floorPer.cpu)} → ${ms(last.floorPer.cpu)} (${change(first.floorPer.cpu, last.floorPer.cpu)}).`,
    );
    if (within(first.cached.cpu, last.cached.cpu) && within(first.cold.cpu, last.cold.cpu)) {
      console.log('Within ±25 %: the cost per article holds from the smallest size to the largest.');
    } else {
      const ownFirst = first.cached.cpu - first.floorPer.cpu;
      const ownLast = last.cached.cpu - last.floorPer.cpu;
      console.log(
        `Outside ±25 %. The site's own part (cached, less the floor) goes ${ms(ownFirst)} → ${ms(ownLast)} (${change(ownFirst, ownLast)}), the floor's ${change(first.floorPer.cpu, last.floorPer.cpu)}: ` +
          (within(ownFirst, ownLast)
            ? "the site's own work per article holds; the change comes from the framework's share (Astro, MDX, Pagefind and the machine), " +
              'with the fixed cost of a first added article weighing more over a small size.'
            : "the site's own work per article changes with the size too: see its per-size figures above."),
      );
    }
  }
  console.log(
    `\n(${availableParallelism()} cores; other work on the machine slows every figure, CPU time least: see the load averages.`,
  );
  console.log(
    ' Both the site and the floor run in the same bench, so their ratio holds better than either figure alone.)',
  );
}
