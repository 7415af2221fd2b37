/** What the browser tests expect, read from the content files themselves. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cleanArticle } from '~/article/cleaner.ts';

import { ROOT } from '../tools/project.ts';

export interface ArticleExpectation {
  id: string;
  path: string;
  /** The article's places page: the map and the list of places. */
  placesPath: string;
  title: string;
  published: string;
  paragraphs: string[];
  speakers: string[];
}

export function articles(): ArticleExpectation[] {
  const dir = join(ROOT, 'content/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!, { schema: 'failsafe' }) as {
        title: string;
        published: string;
        rawScrape: string;
        speakers: string[];
      };
      const id = name.replace(/\.mdx$/, '');
      const cleaned = cleanArticle(readFileSync(join(ROOT, frontmatter.rawScrape), 'utf8'));
      return {
        id,
        path: `/articles/${id}/`,
        placesPath: `/articles/${id}/places/`,
        title: frontmatter.title,
        published: frontmatter.published,
        paragraphs: cleaned.blocks.map((b) => b.text),
        speakers: frontmatter.speakers,
      };
    });
}

export function collectionIds(
  collection: 'claims' | 'events' | 'speakers' | 'sources' | 'places' | 'routes',
): string[] {
  return readdirSync(join(ROOT, 'content', collection))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
}

export interface ClaimExpectation {
  id: string;
  speaker: string;
  status: string;
  claim: string;
  sources: string[];
  events: string[];
}

/** The claims as their YAML files give them. */
export function claims(): ClaimExpectation[] {
  const dir = join(ROOT, 'content/claims');
  return collectionIds('claims').map((id) => {
    const data = parseYaml(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as Omit<ClaimExpectation, 'id'>;
    return {
      id,
      speaker: data.speaker,
      status: data.status,
      claim: data.claim,
      sources: data.sources,
      events: data.events ?? [],
    };
  });
}

/** Speaker ids with their names, from the YAML files. */
export function speakers(): { id: string; name: string }[] {
  const dir = join(ROOT, 'content/speakers');
  return collectionIds('speakers').map((id) => ({
    id,
    name: (parseYaml(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as { name: string }).name,
  }));
}
