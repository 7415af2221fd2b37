/**
 * npm run clean -- <scrape.txt> [--json] [--url https://…]
 *
 * Prints the cleaned article: as a first-draft MDX file (the default) or as
 * JSON. Speaker labels are matched to the `labels` of content/speakers/*.yaml.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CleanError, cleanArticle } from '~/article/cleaner.ts';
import { articleToMdx } from './to-mdx.ts';

const { values, positionals } = parseArgs({
  strict: true,
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    url: { type: 'string', default: '' },
    outlet: { type: 'string', default: 'RT' },
    section: { type: 'string', default: 'Op-Edge' },
    description: { type: 'string', default: '' },
  },
});

const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('usage: npm run clean -- <scrape.txt> [--json] [--url <original https URL>]');
  process.exit(2);
}

function knownSpeakerLabels(dir: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return labels;
  }
  for (const name of files) {
    const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as { labels?: string[] } | null;
    for (const label of data?.labels ?? []) labels[label] = name.replace(/\.yaml$/, '');
  }
  return labels;
}

try {
  const article = cleanArticle(readFileSync(file, 'utf8'), file);
  if (values.json) {
    console.log(JSON.stringify(article, null, 2));
  } else {
    process.stdout.write(
      articleToMdx(article, {
        rawScrape: relative(process.cwd(), file),
        originalUrl: values.url,
        outlet: values.outlet,
        section: values.section,
        description: values.description,
        speakerIdsByLabel: knownSpeakerLabels('content/speakers'),
      }),
    );
  }
} catch (error) {
  if (error instanceof CleanError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`clean: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
