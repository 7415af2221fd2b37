/**
 * The editors' JSON Schemas (.vscode/schemas/, tools/json-schemas/) stay in
 * sync with the zod schemas, are wired in .vscode/settings.json and named on
 * each content file's first line (yaml-language-server, any editor), carry
 * the schemas' own documentation, and a real JSON Schema validator (ajv,
 * with the ids schema loaded as the editor's language server loads it)
 * accepts every real content file and refuses a bad one: a misspelt field,
 * an unknown id, a malformed date, an http address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES, DATA_COLLECTIONS } from '~/model/collections.ts';
import {
  fieldDocs,
  idsSchemaText,
  jsonSchemaText,
  modeline,
  schemaFile,
  yamlSchemasSetting,
} from '../../../tools/json-schemas/generate.ts';
import { ROOT } from '../../support/helpers.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** ajv with the ids schema (as npm run check writes it) and one collection's schema, resolved as files side by side. */
function validatorFor(collection: (typeof DATA_COLLECTIONS)[number]) {
  const base = 'https://schemas.invalid/.vscode/schemas/';
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(JSON.parse(idsSchemaText(ROOT)) as object, `${base}ids.schema.json`);
  return ajv.compile({
    ...(JSON.parse(read(schemaFile(collection))) as object),
    $id: `${base}${collection}.schema.json`,
  });
}

describe.each(DATA_COLLECTIONS)('%s', (collection) => {
  it('the schema file is what npm run schemas writes', async () => {
    expect(read(schemaFile(collection)), 'run npm run schemas').toBe(await jsonSchemaText(collection));
  });

  const validate = validatorFor(collection);
  const { dir } = COLLECTION_FILES[collection];
  const files = readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.yaml'));

  it('accepts every real file', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const valid = validate(parse(read(`${dir}/${name}`), { version: '1.2', schema: 'core' }));
      expect(valid, `${dir}/${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('refuses a file with a misspelt field', () => {
    const data = parse(read(`${dir}/${files[0]}`)) as Record<string, unknown>;
    expect(validate({ ...data, sourcez: [] })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });

  it('names its schema on a file’s first line, for yaml-language-server in any editor', () => {
    // Where a file has the line, it names the right schema; a file without it still gets VS Code's mapping.
    const lines = files.map((name) => [name, read(`${dir}/${name}`).split('\n')[0]!] as const);
    const named = lines.filter(([, line]) => line.startsWith('# yaml-language-server:'));
    expect(named.length).toBeGreaterThan(0);
    for (const [name, line] of named) expect(line, name).toBe(modeline(collection));
    expect(modeline(collection)).toBe(
      `# yaml-language-server: $schema=../../.vscode/schemas/${collection}.schema.json`,
    );
  });

  it('describes every field, from the schemas’ own documentation', () => {
    const schema = JSON.parse(read(schemaFile(collection))) as Record<string, unknown>;
    const walk = (node: { properties?: Record<string, { description?: string; items?: object }> }, at: string) => {
      for (const [name, field] of Object.entries(node.properties ?? {})) {
        expect(field.description, `${collection}: ${at}${name}`).toMatch(/\w{3}/);
        walk(field.items ?? {}, `${at}${name}[].`);
      }
    };
    walk(schema, '');
  });
});

it('takes each description from the comment above the field in src/model/schemas.ts', () => {
  const docs = fieldDocs();
  expect(docs.get('claims.status')).toMatch(/^What the sources show/);
  const claims = JSON.parse(read(schemaFile('claims'))) as { properties: Record<string, { description: string }> };
  expect(claims.properties['status']!.description).toBe(docs.get('claims.status'));
  expect(claims.properties['explanation']!.description).toBe(docs.get('claims.explanation'));
});

it('marks an unknown id, a malformed date and an http address while typing, and completes ids', () => {
  const validate = validatorFor('claims');
  const claim = parse(read('content/claims/aleppo-50000.yaml')) as Record<string, unknown>;
  expect(validate(claim)).toBe(true);
  expect(validate({ ...claim, speaker: 'peterf-ord' })).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath)).toContain('/speaker');
  const ids = JSON.parse(idsSchemaText(ROOT)) as { $defs: Record<string, { enum: string[] }> };
  expect(ids.$defs['speakers']!.enum).toContain('peter-ford');
  const event = parse(read('content/events/aleppo-retaken.yaml')) as Record<string, unknown>;
  const events = validatorFor('events');
  expect(events(event)).toBe(true);
  for (const date of ['2016-13-01', '12 Dec 2016', '2016-12-32']) {
    expect(events({ ...event, date }), date).toBe(false);
  }
  for (const date of ['2016', '2016-12', '2016-12-12', 2016])
    expect(events({ ...event, date }), String(date)).toBe(true);
  const sources = validatorFor('sources');
  const source = parse(read('content/sources/tass-2016-12-11-4000-militants-palmyra.yaml')) as Record<string, unknown>;
  expect(sources(source)).toBe(true);
  expect(sources({ ...source, url: 'http://tass.com/defense/918766' })).toBe(false);
  expect(sources({ ...source, published: 'undated' })).toBe(true);
});

it('refuses a claim whose status is not in the vocabulary', () => {
  const validate = validatorFor('claims');
  const claim = parse(read('content/claims/aleppo-50000.yaml')) as Record<string, unknown>;
  expect(validate(claim)).toBe(true);
  expect(validate({ ...claim, status: 'true' })).toBe(false);
  expect(validate.errors?.[0]?.instancePath).toBe('/status');
});

it('is wired for editors in .vscode/settings.json', () => {
  const settings = JSON.parse(read('.vscode/settings.json')) as Record<string, unknown>;
  expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting());
});

it('recommends the YAML extension to VS Code users (.vscode/extensions.json)', () => {
  const extensions = JSON.parse(read('.vscode/extensions.json')) as { recommendations: string[] };
  expect(extensions.recommendations).toContain('redhat.vscode-yaml');
});
