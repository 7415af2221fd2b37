import { articleWeights, weightLine } from './check/weight.ts';
const t = performance.now();
const r = await articleWeights(process.cwd());
console.log(r.error ?? r.weights.map(weightLine).join('\n'), Math.round(performance.now() - t), 'ms');
