/**
 * Remark plugin: numbers the `<Claim id="…">` elements of an article in the
 * order a reader meets them and records which claims and speakers the article
 * refers to, so that the page can check them against the collections.
 *
 * A claim may be referred to more than once; every reference to it shows the
 * same number and gets its own occurrence (1, 2…) for the note's back-links.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface ArticleRefs {
  /** Claim ids, each once, in the order of their first reference. */
  claimRefs: string[];
  /** How many times the text refers to each claim (for the notes' back-links). */
  claimOccurrences: Record<string, number>;
  /** Speaker ids named by `<SpeakerLabel id="…">`, each once. */
  speakerRefs: string[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function literalAttribute(node: JsxElement, name: string, file: VFile): string {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || typeof attribute.value !== 'string' || attribute.value.trim() === '') {
    file.fail(
      `<${node.name}> needs a literal ${name}="…" attribute naming an entry (found ${attribute ? 'an expression or an empty value' : 'none'})`,
      node,
    );
  }
  return attribute.value;
}

export function collectArticleRefs(tree: Root, file: VFile): ArticleRefs {
  const claimRefs: string[] = [];
  const speakerRefs = new Set<string>();
  const seen = new Map<string, number>();

  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    const element = node;
    if (element.name === 'SpeakerLabel') speakerRefs.add(literalAttribute(element, 'id', file));
    if (element.name !== 'Claim') return;
    const id = literalAttribute(element, 'id', file);
    if (element.type === 'mdxJsxFlowElement') {
      file.fail(
        `<Claim id="${id}"> stands on lines of its own, so MDX reads it as a block, not as words in a paragraph; put its tags on the same line as the words they wrap`,
        element,
      );
    }
    if (!seen.has(id)) claimRefs.push(id);
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    // Props set here, not by editors: numbering by hand would drift.
    for (const name of ['number', 'occurrence']) {
      if (element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) {
        file.fail(`<Claim id="${id}"> sets "${name}" by hand; remove it, the build numbers claims itself`, element);
      }
    }
    element.attributes.push(
      { type: 'mdxJsxAttribute', name: 'number', value: String(claimRefs.indexOf(id) + 1) },
      { type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) },
    );
  });

  return { claimRefs, claimOccurrences: Object.fromEntries(seen), speakerRefs: [...speakerRefs] };
}

export default function remarkClaimRefs() {
  return (tree: Root, file: VFile) => {
    const refs = collectArticleRefs(tree, file);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    Object.assign(data.astro.frontmatter, refs);
  };
}
