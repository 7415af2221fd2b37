import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export { ROOT } from '../tools/project.ts';
import { ROOT } from '../tools/project.ts';

export interface ArticleFile {
  id: string;
  path: string;
  frontmatter: Record<string, unknown> & { rawScrape: string; title: string };
  body: string;
}

/** The article MDX files, with their frontmatter, read the way an editor sees them. */
export function articleFiles(): ArticleFile[] {
  const dir = join(ROOT, 'content/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
      if (!match) throw new Error(`${path} has no frontmatter`);
      return {
        id: name.replace(/\.mdx$/, ''),
        path,
        frontmatter: parseYaml(match[1]!) as ArticleFile['frontmatter'],
        body: source.slice(match[0].length),
      };
    });
}

export function readProjectFile(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}
