/**
 * `npm run diff -- <base>`: prints the review summary of the changes since
 * `<base>` (a commit, a branch) in Markdown (tools/diff/summary.ts). The
 * pull-request workflow posts it as a comment.
 */
import { parseArgs } from 'node:util';
import { ROOT } from '../project.ts';
import { reviewSummary } from './summary.ts';

const { positionals } = parseArgs({ strict: true, allowPositionals: true, options: {} });
const [base] = positionals;
if (base === undefined || positionals.length > 1) {
  console.error('usage: npm run diff -- <base commit or branch>, for example npm run diff -- origin/main');
  process.exit(2);
}
process.stdout.write(reviewSummary(ROOT, base));
