/** An article page's print stylesheet: every page's, and each endnote's claim and sources (src/site/print-styles.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import rules from '~/styles/print.css?raw';
import { articleClaimEntries } from '~/edition/claims.ts';
import { articlePaths, loadEdition } from '~/edition/load.ts';
import { articlePrintStyles } from '~/site/print-styles.ts';
import { configuredSiteUrl } from '~/site/site.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const edition = await loadEdition();
  const notes = articleClaimEntries(edition, props.article).map((entry) => ({
    id: entry.claim.id,
    claim: entry.claim.data.claim,
    sources: entry.sources.map((source) => ({
      publisher: source.data.publisher,
      title: source.data.title,
      published: source.data.published,
      url: source.data.url,
    })),
  }));
  return new Response(articlePrintStyles(rules, configuredSiteUrl(), notes), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
