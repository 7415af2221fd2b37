/**
 * JSON Schemas of the data collections, generated from their zod schemas
 * (src/model/schemas.ts) with zod's own `z.toJSONSchema`, so that an editor
 * with a YAML language server (VS Code's YAML extension, or any editor that
 * runs yaml-language-server: each content file's first line names its
 * schema) completes field names, statuses and ids, shows what a field holds,
 * and marks a misspelt field, an unknown id, a malformed date or a non-https
 * address while typing. The check and the build remain the judges: what a
 * JSON Schema cannot say (a real, past date; an address's canonical form;
 * rules across files) is only theirs.
 *
 * - Descriptions come from the schemas' own documentation: the `/** … *\/`
 *   comment above each field in src/model/schemas.ts, read with the
 *   TypeScript compiler's parser (the comments stay the one place they are
 *   written; moving them all into `.describe()` calls would say the same
 *   twice), else the check's own hint for that field name (`FIXES`).
 * - Ids: each reference field points (`$ref`) into `ids.schema.json`, the
 *   existing ids of each collection as an `enum`. That file changes whenever
 *   a file is added, so it is not committed: `npm run schemas` and
 *   `npm run check` write it (`writeIdsSchema`), and .gitignore leaves it out.
 *
 * `npm run schemas` writes them to .vscode/schemas/; a test fails when the
 * collection schemas differ from what this would write.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { z } from 'astro/zod';
import { format } from 'prettier';
import { COLLECTION_FILES, DATA_COLLECTIONS, type DataCollection } from '~/model/collections.ts';
import { FIXES } from '~/model/content-files.ts';
import { httpsUrl, partialDate, references, schemas, sourceDate, UNDATED } from '~/model/schemas.ts';
import { ROOT } from '../project.ts';
import { IDS_SCHEMA, REFERABLE, SCHEMA_DIR, writeIdsSchema, type Referable } from './ids.ts';

export { IDS_SCHEMA, SCHEMA_DIR, idsSchemaText, writeIdsSchema } from './ids.ts';

export const schemaFile = (collection: DataCollection) => `${SCHEMA_DIR}/${collection}.schema.json`;

const DAY = '\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?';
/** What a date field holds, as a JSON Schema: YYYY, YYYY-MM or YYYY-MM-DD (YAML may read a bare year as a number). */
const DATE_SCHEMA = {
  type: ['string', 'integer'],
  pattern: `^${DAY}$`,
  description: 'A date as the source gives it: YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day.',
};
const SOURCE_DATE_SCHEMA = {
  type: ['string', 'integer'],
  pattern: `^(?:${DAY}|\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}|${UNDATED})$`,
  description: `The page's publication date: YYYY-MM-DD (or YYYY-MM, YYYY), a range of days YYYY-MM-DD/YYYY-MM-DD, or "${UNDATED}" where the page gives none.`,
};
const URL_SCHEMA = {
  type: 'string',
  format: 'uri',
  pattern: '^https://[^\\s/]+\\.[^\\s]*$',
  description: 'The https address you read, written as a browser writes it.',
};

/**
 * The documentation comment of every field in src/model/schemas.ts, keyed by
 * the variable it is written in and the field: `claims.status`,
 * `figure.value`, `placeFields.latitude`. Nested object literals add their
 * field: `speakers.facts.text`.
 */
export function fieldDocs(source = readFileSync(join(ROOT, 'src/model/schemas.ts'), 'utf8')): Map<string, string> {
  const file = ts.createSourceFile('schemas.ts', source, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node, path: string[]) => {
    let next = path;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) next = [node.name.text];
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ) {
      next = [...path, node.name.text];
      const comment = ts
        .getJSDocCommentsAndTags(node)
        .filter(ts.isJSDoc)
        .map((doc) => (typeof doc.comment === 'string' ? doc.comment : (ts.getTextOfJSDocComment(doc.comment) ?? '')))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (comment && path.length > 0) docs.set(next.join('.'), comment);
    }
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(file, []);
  return docs;
}

/** Where each collection's fields are written in schemas.ts: its own variable, then those it spreads or extends. */
const FIELD_SOURCES: Record<DataCollection, string[]> = {
  claims: ['claims'],
  events: ['events'],
  parties: ['parties'],
  places: ['places', 'placeFields'],
  routes: ['routes', 'routeFields'],
  sources: ['sources', 'sourceSchema'],
  speakers: ['speakers'],
};
/** Lists of objects whose item fields are written in a variable of their own. */
const ITEM_SOURCES: Record<string, string> = { figures: 'figure', corrections: 'correction', sources: 'citation' };

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** Gives every field a description: its documentation comment, else the check's hint for that field name. */
function describe(schema: JsonSchema, docs: Map<string, string>, owners: string[]): void {
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const doc = owners.map((owner) => docs.get(`${owner}.${name}`)).find((text) => text !== undefined);
    const text = doc ?? FIXES[name];
    if (text !== undefined && field['description'] === undefined) field['description'] = text;
    const items = field.items;
    if (items?.properties) {
      const itemOwners = ITEM_SOURCES[name] ? [ITEM_SOURCES[name]] : owners.map((owner) => `${owner}.${name}`);
      describe(items, docs, itemOwners);
    }
  }
}

/** The JSON Schema of one collection, as the text written to its file (formatted as Prettier writes it). */
export async function jsonSchemaText(collection: DataCollection): Promise<string> {
  const schema = z.toJSONSchema(schemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      const replace = (by: Record<string, unknown>) => {
        for (const key of Object.keys(json)) delete json[key];
        Object.assign(json, by);
      };
      // A reference names its collection in the schemas' registry (`ref` in src/model/schemas.ts).
      const refersTo = references.get(ctx.zodSchema as unknown as z.ZodType)?.collection as Referable | undefined;
      if (refersTo !== undefined && (REFERABLE as readonly string[]).includes(refersTo)) {
        replace({
          $ref: `ids.schema.json#/$defs/${refersTo}`,
          description: `The id of a file in ${COLLECTION_FILES[refersTo].dir}/ (its name without .yaml).`,
        });
      } else if (ctx.zodSchema === partialDate) replace({ ...DATE_SCHEMA });
      else if (ctx.zodSchema === sourceDate) replace({ ...SOURCE_DATE_SCHEMA });
      else if (ctx.zodSchema === httpsUrl) replace({ ...URL_SCHEMA });
    },
  }) as JsonSchema;
  describe(schema, fieldDocs(), FIELD_SOURCES[collection]);
  const titled = {
    ...schema,
    title: `A file in ${COLLECTION_FILES[collection].dir}/`,
    description: 'Generated from src/model/schemas.ts by npm run schemas; npm run check has the last word.',
  };
  return format(JSON.stringify(titled), { parser: 'json', printWidth: 120 });
}

/** The first line of a content file: tells yaml-language-server, in any editor, which schema the file follows. */
export const modeline = (collection: DataCollection) =>
  `# yaml-language-server: $schema=../../${schemaFile(collection)}`;

/** The `yaml.schemas` setting: each schema file and the files it applies to. */
export function yamlSchemasSetting(): Record<string, string> {
  return Object.fromEntries(
    DATA_COLLECTIONS.map((collection) => [
      `./${schemaFile(collection)}`,
      `${COLLECTION_FILES[collection].dir}/*${COLLECTION_FILES[collection].extension}`,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  parseArgs({ strict: true, options: {} }); // takes no option: an unknown one is an error
  mkdirSync(join(ROOT, SCHEMA_DIR), { recursive: true });
  for (const collection of DATA_COLLECTIONS) {
    writeFileSync(join(ROOT, schemaFile(collection)), await jsonSchemaText(collection));
    console.log(`wrote ${schemaFile(collection)}`);
  }
  writeIdsSchema(ROOT);
  console.log(`wrote ${IDS_SCHEMA}`);
}
