import { readBuiltSite } from './src/lib/built-site.ts';
import { visibleText } from './src/lib/page-weight.ts';
const site = readBuiltSite('dist');
for (const p of site.pages) {
  const t = visibleText(site.readText(p.file));
  for (const m of t.matchAll(/\S{0,25}(?:[a-z)’”][;,:][A-Za-z(“‘]|[a-z]{2}\.[A-Z])\S{0,25}/g)) console.log(p.path, '|', m[0]);
}
