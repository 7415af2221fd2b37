/**
 * npm run clean -- <scrape.txt> [--out <file.mdx>] [--json] [--url …] [--outlet …] [--section …] [--description …]
 *
 * Prints the cleaned article, or writes it with --out: as a first-draft MDX
 * file (the default) or as JSON. `npm run clean -- x.txt > x.mdx` would put
 * npm's own banner ("> annotated…@0.1.0 clean") into the file; --out (or
 * `npm run -s clean`) does not.
 *
 * It takes one layout, and says so when a scrape differs (CleanError): RT's
 * article page as plain text (`cleanArticle`, src/article/cleaner.ts). What
 * the scrape does not hold is never invented: the address and the outlet
 * come from the flags or from the scrape's provenance pin
 * (content/raw/<id>.yaml), and a field neither gives is left empty, which the
 * check then asks for. Speaker labels are matched to the `labels` of
 * content/speakers/*.yaml.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CleanError, cleanArticle } from '~/article/cleaner.ts';
import { pinFileOf } from '~/article/provenance.ts';
import { articleToMdx } from './to-mdx.ts';

const USAGE =
  'usage: npm run clean -- <content/raw/id.txt> --out content/articles/<id>.mdx [--url <original https URL>] [--outlet <name>] [--section <name>] [--description "…"] [--json]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      url: { type: 'string' },
      outlet: { type: 'string' },
      section: { type: 'string' },
      description: { type: 'string', default: '' },
    },
  });
} catch (caught) {
  console.error(`clean: ${(caught as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;

const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error(USAGE);
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

/** The scrape's provenance pin, where it has one: the address and the outlet it records. */
function pinOf(scrape: string): { originalUrl?: string; outlet?: string } {
  const pin = pinFileOf(scrape);
  if (!existsSync(pin)) return {};
  const data = parseYaml(readFileSync(pin, 'utf8'), { version: '1.2' }) as Record<string, unknown> | null;
  return {
    ...(typeof data?.['originalUrl'] === 'string' ? { originalUrl: data['originalUrl'] } : {}),
    ...(typeof data?.['outlet'] === 'string' ? { outlet: data['outlet'] } : {}),
  };
}

try {
  const article = cleanArticle(readFileSync(file, 'utf8'), file);
  const pin = pinOf(file);
  const fields = {
    originalUrl: values.url ?? pin.originalUrl ?? '',
    outlet: values.outlet ?? pin.outlet ?? '',
    section: values.section ?? '',
  };
  // Left empty, never guessed: the check refuses an empty field, naming it.
  for (const [field, value] of Object.entries(fields)) {
    if (value === '') {
      console.error(
        `clean: ${field} left empty: neither --${field === 'originalUrl' ? 'url' : field} nor the pin ${pinFileOf(file)} gives it; write it as the page gives it`,
      );
    }
  }
  const output = values.json
    ? `${JSON.stringify(article, null, 2)}\n`
    : articleToMdx(article, {
        rawScrape: relative(process.cwd(), file),
        ...fields,
        description: values.description,
        speakerIdsByLabel: knownSpeakerLabels('content/speakers'),
      });
  if (values.out === undefined) {
    process.stdout.write(output);
  } else {
    writeFileSync(values.out, output);
    console.error(`clean: wrote ${values.out}`);
  }
} catch (error) {
  if (error instanceof CleanError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`clean: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
