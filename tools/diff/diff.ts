/**
 * `npm run diff -- <base>`: prints the review summary of the changes since
 * `<base>` (a commit, a branch) in Markdown (tools/diff/summary.ts);
 * `--head <commit>` lists the code changes of that commit rather than the
 * working tree's. The
 * pull-request workflow posts it as a comment.
 */
import { ROOT } from '../project.ts';
import { reviewSummary } from './summary.ts';

const argv = process.argv.slice(2);
const headIndex = argv.indexOf('--head');
// --head <commit>: the pull request's commit, when only its content/ is checked out (the workflow): its code
// changes are listed from git.
const head = headIndex >= 0 ? argv[headIndex + 1] : undefined;
const base = argv.find((arg, i) => !arg.startsWith('-') && (headIndex < 0 || i !== headIndex + 1));
if (base === undefined) {
  console.error('usage: npm run diff -- <base commit or branch>, for example npm run diff -- origin/main');
  process.exit(2);
}
process.stdout.write(reviewSummary(ROOT, base, { head }));
