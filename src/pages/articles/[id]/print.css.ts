/**
 * An article page's print stylesheet: every page's, a running head, and each endnote's sources and claim page
 * (src/site/print-styles.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import rules from '~/styles/print.css?raw';
import { articleClaimEntries } from '~/edition/claims.ts';
import { articlePaths, loadEdition } from '~/edition/load.ts';
import { formatPartialDate } from '~/model/dates.ts';
import { articlePrintStyles } from '~/site/print-styles.ts';
import { claimPagePath, withBase } from '~/site/paths.ts';
import { configuredSiteUrl } from '~/site/site.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const edition = await loadEdition();
  const site = configuredSiteUrl();
  const address = (path: string) => (site ? new URL(path, site).href : undefined);
  const { entry } = props.article;
  const notes = articleClaimEntries(edition, props.article).map((claim) => ({
    id: claim.claim.id,
    claimPage: address(claimPagePath(claim.claim.id)),
    // Each source once, however many of its passages the claim quotes.
    sources: [...new Set(claim.sources)].map((source) => ({
      publisher: source.data.publisher,
      title: source.data.title,
      published: source.data.published,
      url: source.data.url,
    })),
  }));
  const article = {
    title: entry.data.title,
    date: `${entry.data.outlet}, ${formatPartialDate(entry.data.published)}`,
    address: address(withBase(`/articles/${entry.id}/`)),
  };
  return new Response(articlePrintStyles(rules, site, article, notes), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
