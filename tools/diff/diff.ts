/**
 * `npm run diff -- <base> [--head <commit>]`: prints the review summary of the
 * changes since `<base>` (a commit, a branch) in Markdown (tools/diff/summary.ts).
 * The pull-request workflow posts it as a comment; it runs the base branch's
 * code on the pull request's content, so it names the pull request's commit
 * with `--head` for the files outside content/ (code) that changed.
 */
import { parseArgs } from 'node:util';
import { ROOT } from '../project.ts';
import { reviewSummary } from './summary.ts';

const { values, positionals } = parseArgs({
  strict: true,
  options: { head: { type: 'string' } },
  allowPositionals: true,
});
const base = positionals[0];
if (base === undefined || positionals.length > 1) {
  console.error(
    'usage: npm run diff -- <base commit or branch> [--head <commit>], for example npm run diff -- origin/main',
  );
  process.exit(2);
}
process.stdout.write(reviewSummary(ROOT, base, values.head));
