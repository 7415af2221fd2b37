/**
 * /changes.xml: the Atom feed of corrections to the notes, as the editors
 * wrote them in the claim files (src/edition/corrections.ts and
 * src/exports/changes-feed.ts).
 */
import type { APIRoute } from 'astro';
import { allCorrections } from '~/edition/corrections.ts';
import { loadEdition } from '~/edition/load.ts';
import { changesFeed } from '~/exports/changes-feed.ts';
import { claimPagePath, withBase } from '~/site/paths.ts';
import { SITE_NAME, siteAddress } from '~/site/site.ts';

export const GET: APIRoute = async () => {
  const edition = await loadEdition();
  const address = (path: string) => siteAddress(path);
  const body = changesFeed(
    allCorrections(edition).map((c) => ({ ...c, pageUrl: address(claimPagePath(c.claimId)) })),
    {
      selfUrl: address(withBase('/changes.xml')),
      homeUrl: address(withBase('/')),
      title: `${SITE_NAME}: corrections to the notes`,
      author: SITE_NAME,
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
