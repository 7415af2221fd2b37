/**
 * /changes.xml: the corrections to the notes as an Atom feed, so that
 * readers can follow them: each entry is one `corrections:` entry of a claim
 * file, in the editors' words (what changed, why), dated by the day they
 * give. Written with the `feed` library (RSS 2.0, Atom 1.0 and JSON Feed;
 * `@astrojs/rss` writes RSS only).
 *
 * Without SITE_URL the addresses are site paths (relative references, which
 * a feed reader resolves against the feed's own address) and the ids are
 * URNs, so that no feed names localhost. `feed` accepts absolute URLs only,
 * so paths are given to it under a placeholder origin that is then removed.
 */
import { Feed } from 'feed';
import type { CorrectionView } from '~/edition/corrections.ts';

export interface FeedChange extends CorrectionView {
  /** The claim page's address (absolute under SITE_URL, else its path). */
  pageUrl: string;
}

export interface ChangesFeedInfo {
  /** The feed's own address (absolute under SITE_URL, else its path). */
  selfUrl: string;
  homeUrl: string;
  title: string;
  author: string;
}

const isAbsolute = (address: string) => /^https?:\/\//.test(address);
const PLACEHOLDER = 'https://site-path.invalid';
const forFeed = (address: string) => (isAbsolute(address) ? address : `${PLACEHOLDER}${address}`);

/** The Atom document; entries newest first. `now` dates an empty feed. */
export function changesFeed(changes: FeedChange[], info: ChangesFeedInfo, now = new Date()): string {
  const entries = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const feedId = isAbsolute(info.selfUrl) ? info.selfUrl : 'urn:annotated-edition:changes';
  const feed = new Feed({
    id: feedId,
    title: info.title,
    description: 'Every correction to a note on a claim: the date, what changed and why.',
    link: forFeed(info.homeUrl),
    language: 'en',
    updated: entries[0] ? new Date(`${entries[0].date}T00:00:00Z`) : now,
    generator: info.author,
    feedLinks: { atom: forFeed(info.selfUrl) },
    author: { name: info.author, link: forFeed(info.homeUrl) },
  });
  for (const change of entries) {
    feed.addItem({
      id: `${feedId}#${change.claimId}-${change.anchor}`,
      title: `${change.what} ${change.claim}`,
      link: forFeed(`${change.pageUrl}#${change.anchor}`),
      date: new Date(`${change.date}T00:00:00Z`),
      description: `${change.what} Why: ${change.why}`,
      author: [{ name: info.author, link: forFeed(info.homeUrl) }],
    });
  }
  return feed.atom1().replaceAll(PLACEHOLDER, '');
}
