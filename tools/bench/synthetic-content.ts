/**
 * Synthetic annotated articles for the build-scale benchmark (`npm run
 * bench`): an article, its raw text and its claims, shaped like the real ones
 * so that the build does the same work per article. They are written only
 * into a temporary copy of the project, never into content/. Their original
 * address is on example.org, the domain reserved for examples; their claims
 * cite a source that already exists.
 */
import { stringify } from 'yaml';
import { sha256Of } from '~/article/provenance.ts';

export interface SyntheticFile {
  /** Relative to the project root. */
  path: string;
  content: string;
}

export interface SyntheticOptions {
  /** Claims per article, each wrapped once in the text. */
  claims: number;
  /** An existing speaker id and the label that introduces them. */
  speaker: string;
  label: string;
  /** An existing source id the claims cite. */
  source: string;
}

const WORDS = [
  'officials',
  'said',
  'the',
  'convoy',
  'reached',
  'city',
  'after',
  'three',
  'days',
  'of',
  'fighting',
  'near',
  'river',
  'according',
  'to',
  'reports',
  'from',
  'both',
  'sides',
  'while',
  'observers',
  'could',
  'not',
  'confirm',
  'figures',
  'given',
  'by',
  'ministry',
  'spokesman',
  'on',
  'Tuesday',
  'and',
  'aid',
  'groups',
  'asked',
  'for',
  'access',
];

/** Deterministic words, varied so that the text compresses like prose, not like a repeated line. */
function sentence(seed: number, length: number): string {
  const words: string[] = [];
  let state = (seed * 2654435761) % 4294967296;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[state % WORDS.length]!);
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function syntheticId(index: number): string {
  return `synthetic-${String(index).padStart(4, '0')}`;
}

/** The files of synthetic article `index` (from 1): the MDX, the raw text, one YAML file per claim and the scrape's pin. */
export function syntheticArticle(index: number, options: SyntheticOptions): SyntheticFile[] {
  const id = syntheticId(index);
  const paragraphs: { mdx: string; text: string }[] = [];
  const claims: SyntheticFile[] = [];
  for (let k = 1; k <= options.claims; k += 1) {
    const claimId = `${id}-claim-${k}`;
    const before = sentence(index * 1000 + k, 14);
    const claimed = sentence(index * 1000 + k + 500, 12).slice(0, -1);
    paragraphs.push({
      mdx: `<SpeakerLabel id="${options.speaker}">${options.label}</SpeakerLabel> ${before} <Claim id="${claimId}">${claimed}</Claim>.`,
      text: `${options.label} ${before} ${claimed}.`,
    });
    claims.push({
      path: `content/claims/${claimId}.yaml`,
      content: stringify({
        speaker: options.speaker,
        claim: `Synthetic claim ${k} of benchmark article ${index}.`,
        quote: claimed,
        status: 'unverified',
        settle: 'A second, independent report of the same figures would settle it.',
        explanation: `${sentence(index * 1000 + k + 700, 40)} ${sentence(index * 1000 + k + 900, 30)}`,
        // A made-up passage, like the rest of the synthetic note: it weighs what a real citation weighs.
        sources: [{ source: options.source, role: 'backs', passage: sentence(index * 1000 + k + 300, 20) }],
      }),
    });
  }
  const title = `Synthetic benchmark article ${index}`;
  const dateline = '1 Jan, 2016 10:00';
  const frontmatter = stringify({
    title,
    dateline,
    published: '2016-01-01',
    outlet: 'Benchmark',
    section: 'Synthetic',
    originalUrl: `https://example.org/synthetic/${index}`,
    rawScrape: `content/raw/${id}.txt`,
    description: `Synthetic article ${index}, generated for the build-scale benchmark.`,
    speakers: [options.speaker],
  });
  // Shaped like a scrape the cleaner reads: the dateline, the headline, then the paragraphs.
  const raw = [dateline, title, ...paragraphs.map((p) => p.text)].join('\n\n') + '\n';
  return [
    {
      path: `content/articles/${id}.mdx`,
      content: `---\n${frontmatter}---\n\n${paragraphs.map((p) => p.mdx).join('\n\n')}\n`,
    },
    { path: `content/raw/${id}.txt`, content: raw },
    ...claims,
    // The scrape's provenance pin, which the check and the build require (src/article/provenance.ts).
    {
      path: `content/raw/${id}.yaml`,
      content: stringify({
        originalUrl: `https://example.org/synthetic/${index}`,
        outlet: 'Benchmark',
        taken: 'not recorded',
        firstCommit: { commit: '0'.repeat(40), date: '2016-01-01' },
        method: 'Generated for the build-scale benchmark (tools/bench/synthetic-content.ts).',
        sha256: sha256Of(raw),
      }),
    },
  ];
}
