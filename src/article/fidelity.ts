/**
 * The fidelity check: the article's text on the page, without what the
 * annotations add, must be the cleaned scrape, block for block; and, element
 * by element, each block is a paragraph whose only markup is the annotation
 * wrappers (`data-claim`, `data-speaker`), since the scrape is plain text.
 */

export interface PageArticleText {
  /** The text of each block element, in order. */
  blocks: string[];
  /** Text found between blocks, which would be words the scrape does not have. */
  stray: string[];
}

/**
 * Reads the article's blocks from the element marked `data-article-text`.
 * Self-contained (no imports, no closures) so that Playwright can run it in
 * the browser as well as tests under linkedom.
 */
export function readArticleText(root: Element): PageArticleText {
  const copy = root.cloneNode(true) as Element;
  for (const added of Array.from(copy.querySelectorAll('[data-annotation]'))) added.remove();
  const blocks: string[] = [];
  const stray: string[] = [];
  for (const node of Array.from(copy.childNodes)) {
    if (node.nodeType === 1) blocks.push(node.textContent ?? '');
    else if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') stray.push(node.textContent ?? '');
  }
  return { blocks, stray };
}

/** Lists every difference between the expected and the actual blocks; empty when they match. */
export function compareArticleText(expected: string[], actual: PageArticleText): string[] {
  const problems = actual.stray.map((text) => `text outside any paragraph: ${JSON.stringify(text)}`);
  if (expected.length !== actual.blocks.length) {
    problems.push(`expected ${expected.length} paragraphs, found ${actual.blocks.length}`);
  }
  const count = Math.max(expected.length, actual.blocks.length);
  for (let i = 0; i < count; i += 1) {
    const want = expected[i];
    const got = actual.blocks[i];
    if (want === got) continue;
    if (want === undefined || got === undefined) {
      problems.push(
        `paragraph ${i + 1}: ${want === undefined ? 'not in the scrape' : 'missing on the page'}: ${JSON.stringify(want ?? got)}`,
      );
      continue;
    }
    let at = 0;
    while (at < want.length && want[at] === got[at]) at += 1;
    const show = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 20), at + 20));
    problems.push(`paragraph ${i + 1} differs at character ${at + 1}: scrape has ${show(want)}, page has ${show(got)}`);
  }
  return problems;
}

/**
 * Element by element: lists every element of the article that is neither a
 * paragraph at the top nor an annotation wrapper inside one, once what the
 * annotations add (`data-annotation`) is removed. The scrape is plain text,
 * so a link, emphasis or any other element around its words changes what a
 * reader sees. Self-contained, like `readArticleText`, to run in a browser too.
 */
export function readArticleMarkup(root: Element): string[] {
  const copy = root.cloneNode(true) as Element;
  for (const added of Array.from(copy.querySelectorAll('[data-annotation]'))) added.remove();
  const found: string[] = [];
  Array.from(copy.children).forEach((block, index) => {
    if (block.tagName !== 'P') found.push(`block ${index + 1} is a <${block.tagName.toLowerCase()}>, not a paragraph`);
    for (const element of Array.from(block.querySelectorAll('*'))) {
      const wrapper =
        (element.tagName === 'SPAN' && element.hasAttribute('data-claim')) ||
        (element.tagName === 'A' && element.hasAttribute('data-speaker'));
      if (!wrapper) {
        found.push(
          `paragraph ${index + 1}: <${element.tagName.toLowerCase()}> around ${JSON.stringify((element.textContent ?? '').slice(0, 40))}`,
        );
      }
    }
  });
  return found;
}
