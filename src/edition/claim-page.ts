/**
 * Everything a claim's page (/claims/<id>/) shows, derived here so that the
 * page only places components: the verdict (the finding first, then what
 * the status means), the article's words in context, the sources grouped
 * by origin, the figures (a chart only where they differ), one dated list
 * (what could be known on the day, what came after: sources and events,
 * each once), the places, corrections and what citing and disputing need
 * (the ClaimReview JSON-LD stays with the page: ~/exports reads ~/edition).
 * Editorial text is set with curly quotes (~/site/typography.ts); the
 * article's words are passed on as they are.
 */
import { quoteInContext, type QuoteInContext } from '~/article/sentence-context.ts';
import { placeData } from '~/map/article-maps.ts';
import { placeBackLinks } from '~/map/model.ts';
import { entryFile } from '~/model/collections.ts';
import type { OneSide } from '~/model/evidence.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '~/model/statuses.ts';
import { claimDisputeUrl } from '~/site/dispute.ts';
import { articlePath, claimPagePath, placePath } from '~/site/paths.ts';
import { siteAddress } from '~/site/site.ts';
import { curly } from '~/site/typography.ts';
import { articleText } from './article-text.ts';
import { claimSourcesView, type ClaimSourcesView } from './claim-sources.ts';
import { claimEntry, type ClaimEntry } from './claims.ts';
import { claimCorrections, type CorrectionView } from './corrections.ts';
import { datedGroups, figuresDiffer, firstSentence, sentenceCase, type DatedGroup } from './claim-page-parts.ts';
import { claimEvidenceByDay, claimRestsOn, figureViews, sourceChainView } from './evidence.ts';
import type { FigureView } from './figure-chart.ts';
import { lastChanged } from './history.ts';
import { must, type Edition } from './load.ts';

export interface ClaimPageView {
  entry: ClaimEntry;
  id: string;
  /** The claim in one sentence, as the editors wrote it (curly quotes). */
  claim: string;
  status: ClaimStatus;
  statusLabel: string;
  /** The specific finding: the editors' bottom line, or else the explanation's first sentence. */
  bottomLine: string;
  explanation: string;
  settle: string | undefined;
  speaker: { name: string; id: string };
  article: { id: string; title: string; outlet: string; published: string; originalUrl: string; href: string };
  number: number;
  /** The article's words for the claim (unchanged), each with its sentence around it and its mark. */
  inContext: { quote: QuoteInContext; href: string; markLabel: string }[];
  sources: ClaimSourcesView;
  restsOn: OneSide | undefined;
  /** The figures, each source referred to by its number here. */
  figures: FigureView[];
  /** Whether a chart says anything: false when every figure has the same value (the table alone then). */
  figuresDiffer: boolean;
  dated: DatedGroup[];
  places: { href: string; name: string }[];
  corrections: CorrectionView[];
  /** YYYY-MM-DD: the last change to the claim's file. */
  reviewed: string;
  /** The claim's file, then its sources' files. */
  sourceFiles: [string, ...string[]];
  url: string;
  disputeHref: string | undefined;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** The claim page's content, from the edition loaded once. */
export function claimPageView(edition: Edition, id: string): ClaimPageView {
  const entry = claimEntry(edition, id);
  const { claim, speaker, article, number, sources } = entry;
  const articleId = article.entry.id;
  const { text, quotes } = articleText(article);
  const ownQuotes = quotes.filter((q) => q.claimId === claim.id);
  const inContext = ownQuotes.map((q) => ({
    quote: quoteInContext(text, q.start, q.end),
    href: `${articlePath(articleId)}#claim-ref-${claim.id}-${q.occurrence}`,
    markLabel: ownQuotes.length === 1 ? `note ${number}` : `reference ${number}${LETTERS[q.occurrence - 1] ?? ''}`,
  }));
  const { byClaim } = placeBackLinks(placeData(edition));
  const places = (byClaim.get(claim.id) ?? []).map((placeId) => ({
    href: placePath(articleId, placeId),
    name: must(edition.places, placeId).data.name,
  }));
  const claimFile = claim.filePath ?? entryFile('claims', claim.id);
  const listed = claimSourcesView(
    sources.map((s) => ({ id: s.id, ...s.data })),
    (sourceId) => sourceChainView(edition, sourceId),
    // Each source's passages, with their roles (issue 31), shown under it by ClaimSources.
    entry.citations.map((c) => ({ ...c, source: c.source.id })),
  );
  const sourcesView: ClaimSourcesView = {
    ...listed,
    groups: listed.groups.map((group) => ({ ...group, label: sentenceCase(group.label) })),
  };
  const numbers = new Map([...listed.byId].map(([sourceId, s]) => [sourceId, s.number]));
  const shortTitles = new Map([...listed.byId].map(([sourceId, s]) => [sourceId, s.shortTitle]));
  // A figure's source is referred to by its number in the list of sources, not linked again.
  const byUrl = new Map([...listed.byId.values()].map((s) => [s.href, s.number]));
  const figures = figureViews(edition, claim).map((figure) => {
    const n = figure.href === undefined ? undefined : byUrl.get(figure.href);
    return n === undefined ? figure : { ...figure, reportedBy: `${figure.reportedBy} [${n}]`, href: `#source-${n}` };
  });
  const published = article.entry.data.published;
  const split = claimEvidenceByDay(edition, claim, published);
  const reviewed = lastChanged([claimFile]).day;
  const status = claim.data.status;
  return {
    entry,
    id: claim.id,
    claim: curly(claim.data.claim),
    status,
    statusLabel: CLAIM_STATUSES[status].label,
    bottomLine: curly(claim.data.bottomLine ?? firstSentence(claim.data.explanation)),
    explanation: curly(claim.data.explanation),
    settle: claim.data.settle === undefined ? undefined : curly(claim.data.settle),
    speaker: { name: speaker.data.name, id: speaker.id },
    article: {
      id: articleId,
      title: article.entry.data.title,
      outlet: article.entry.data.outlet,
      published,
      originalUrl: article.entry.data.originalUrl,
      href: articlePath(articleId),
    },
    number,
    inContext,
    sources: sourcesView,
    restsOn: claimRestsOn(edition, claim),
    figures,
    figuresDiffer: figuresDiffer(figures),
    dated: datedGroups(split, published, numbers, shortTitles),
    places,
    corrections: claimCorrections(claim).map((c) => ({ ...c, what: curly(c.what), why: curly(c.why) })),
    reviewed,
    sourceFiles: [claimFile, ...sources.map((s) => s.filePath ?? entryFile('sources', s.id))],
    url: siteAddress(claimPagePath(claim.id)),
    disputeHref: claimDisputeUrl({ id: claim.id, claim: claim.data.claim, status }),
  };
}
