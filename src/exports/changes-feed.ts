/**
 * /changes.xml: the corrections log as an Atom feed, so that readers can
 * follow every change to a note (status, sources, wording) with its date and
 * the reason given. Written with the `feed` library (RSS 2.0, Atom 1.0 and
 * JSON Feed; `@astrojs/rss` writes RSS only).
 */
import { Feed } from 'feed';

export interface FeedChange {
  claimId: string;
  /** The claim in one sentence, as it reads now (or at its last version). */
  claim: string;
  /** The claim page's absolute address (the claims index's, for a withdrawn claim). */
  pageUrl: string;
  commit: string;
  /** ISO 8601 date-time of the commit. */
  date: string;
  reason: string;
  /** What changed, one sentence each (`describeChange`). */
  what: string[];
}

export interface ChangesFeedInfo {
  /** The feed's own address. */
  selfUrl: string;
  homeUrl: string;
  title: string;
  author: string;
}

/** The Atom document; entries newest first. `now` dates an empty feed. */
export function changesFeed(changes: FeedChange[], info: ChangesFeedInfo, now = new Date()): string {
  const entries = [...changes].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const feed = new Feed({
    id: info.selfUrl,
    title: info.title,
    description: 'Every change to a note on a claim: the date, what changed and the reason given.',
    link: info.homeUrl,
    language: 'en',
    updated: entries[0] ? new Date(entries[0].date) : now,
    generator: info.author,
    feedLinks: { atom: info.selfUrl },
    author: { name: info.author, link: info.homeUrl },
  });
  for (const change of entries) {
    const link = `${change.pageUrl}#change-${change.commit.slice(0, 12)}`;
    feed.addItem({
      id: `${info.selfUrl}#${change.claimId}-${change.commit}`,
      title: `${change.what[0] ?? 'Changed'} ${change.claim}`,
      link,
      date: new Date(change.date),
      description: `${change.what.join(' ')} Reason given: “${change.reason}”`,
      author: [{ name: info.author, link: info.homeUrl }],
    });
  }
  return feed.atom1();
}
