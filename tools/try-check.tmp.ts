import { checkContent, formatProblem } from '~/model/content-check.ts';
const root = process.argv[2]!;
const t = performance.now();
const problems = checkContent(root);
for (const p of problems) console.log(formatProblem(p));
console.log(`${problems.length} problems in ${Math.round(performance.now() - t)} ms`);
