/**
 * `npm run check`'s weight step: each article page's first view (HTML, CSS,
 * JS, fonts, images, each gzip-compressed: tools/gates/page-weight.ts)
 * against one round trip, 14,600 bytes. An edit to a note changes the page's
 * HTML, so the figure needs the page built; a whole build takes minutes, so
 * this builds a temporary copy of the project whose only routes are the
 * article pages, their print stylesheets and /annotations.json (the
 * integration that completes it runs after every build). The copy shares
 * node_modules by a link and keeps its own Astro cache. Measured on the
 * shared two-core machine: about 17 s of wall time and 5 s of CPU for the
 * one article, against several minutes for `npm run build`.
 *
 * The article page comes out as in a full build, to the byte as far as
 * measured (14,590 bytes both, 6 Dec 2026): the 404 page is kept so that
 * the shared stylesheet is named as in a full build (BaseLayout.*.css, not
 * index.*.css), the pages left out bring only their own stylesheet
 * (pages.css), which the article page never loads, and the footer's date
 * comes from a git history of the copy dated as the project's last commit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArticlePage, readBuiltSite } from '../gates/built-site.ts';
import { ONE_ROUND_TRIP, budgetProblems, measureFirstView } from '../gates/page-weight.ts';
import { finished } from '../child-process.ts';

/** The routes the copy keeps: the article page, its print stylesheet, and what an integration reads after the build. */
const KEPT_PAGES = ['articles/[id]/index.astro', 'articles/[id]/print.css.ts', 'annotations.json.ts', '404.astro'];

export interface ArticleWeight {
  /** The page's path: `/articles/<id>/`. */
  page: string;
  gzip: number;
  budget: number;
  /** Where the page loads what the site does not have, or breaks the 20 KB or JavaScript budgets. */
  problems: string[];
}

/** Builds the article pages alone in a temporary copy of `root`, and measures each one's first view. */
export async function articleWeights(root: string): Promise<{ weights: ArticleWeight[]; error?: string }> {
  const work = mkdtempSync(join(tmpdir(), 'check-weight-'));
  // The copy lies one folder below its git history: the pin's firstCommit is checked only at the top of a
  // repository (src/article/provenance.ts), and this history is not the project's.
  const copy = join(work, 'site');
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    // Astro keeps its content store in its cache directory, node_modules/.astro by default: the copy keeps its own,
    // so as not to overwrite the project's while it runs (as the build tests do: tests/support/spawn.ts).
    renameSync(join(copy, 'astro.config.mjs'), join(copy, 'astro.project.mjs'));
    writeFileSync(
      join(copy, 'astro.config.mjs'),
      "import config from './astro.project.mjs';\n" +
        "export default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache' } };\n",
    );
    writeFileSync(join(work, '.gitignore'), 'node_modules\n.astro-cache\n.vite-cache\n');
    const pages = join(copy, 'src/pages');
    for (const file of readdirSync(pages, { recursive: true, encoding: 'utf8' })) {
      if (/\.(astro|ts|md|mdx)$/.test(file) && !KEPT_PAGES.includes(file.split('\\').join('/'))) {
        rmSync(join(pages, file));
      }
    }
    // The page's footer says when its files last changed, from git; a copy without history would say "the date
    // the files were last saved", longer by some 30 bytes gzip. One commit of the copy, dated as the project's last
    // commit, gives the published wording.
    const lastCommit = spawnSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const dated = { ...process.env, GIT_AUTHOR_DATE: lastCommit, GIT_COMMITTER_DATE: lastCommit };
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=check', '-c', 'user.email=check@localhost', 'commit', '-qm', 'copy'],
    ]) {
      spawnSync('git', args, { cwd: work, env: lastCommit ? dated : process.env });
    }
    const astro = join(root, 'node_modules/.bin/astro');
    const built = await finished(astro, ['build'], {
      cwd: copy,
      // As `npm run bench` builds the site whose first view it prints against one round trip (no SITE_URL, so no
      // sitemap link); Node 24 from node_modules/.bin.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !['SITE_URL', 'BASE_PATH'].includes(name)),
        ),
        PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      timeout: 5 * 60_000,
    });
    if (built.status !== 0) {
      return {
        weights: [],
        error: `the article pages did not build:\n${`${built.stdout}${built.stderr}`.slice(-2000)}`,
      };
    }
    const site = readBuiltSite(join(copy, 'dist'));
    const weights = site.pages
      .filter((page) => isArticlePage(page.path))
      .map((page) => {
        const view = measureFirstView({ files: site.files, read: site.read }, page.file);
        return { page: page.path, gzip: view.total.gzip, budget: ONE_ROUND_TRIP, problems: budgetProblems(view) };
      });
    return { weights };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One line per article page: its first view against one round trip. */
export function weightLine({ page, gzip, budget }: ArticleWeight): string {
  const spare = budget - gzip;
  return `${page}: first view ${gzip.toLocaleString('en')} bytes gzip of ${budget.toLocaleString('en')} (one round trip): ${
    spare >= 0 ? `${spare.toLocaleString('en')} to spare` : `${(-spare).toLocaleString('en')} over`
  }`;
}
