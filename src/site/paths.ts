/** Joins a site path to the configured base, so the site works under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export function articlePath(id: string): string {
  return withBase(`/articles/${id}/`);
}

/** The absolute URL of a site path (with the base already joined, as `withBase` gives it). */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  if (site === undefined) throw new Error('the site URL is not configured: set `site` in astro.config.mjs (SITE_URL)');
  return new URL(pathWithBase, site).href;
}

export function speakerPath(id: string): string {
  return withBase(`/speakers/${id}/`);
}

/** A claim's note on its article page: its stable address. */
export function claimNotePath(articleId: string, claimId: string): string {
  return `${articlePath(articleId)}#claim-${claimId}`;
}

export function eventPath(id: string): string {
  return `${withBase('/timeline/')}#event-${id}`;
}

/** The page of an article's places: the map and the list with coordinates, sources and distances. */
export function placesPath(articleId: string): string {
  return withBase(`/articles/${articleId}/places/`);
}

export function placePath(articleId: string, placeId: string): string {
  return `${placesPath(articleId)}#place-${placeId}`;
}

/** A claim's own page: the full review, its history, how to cite and dispute it. */
export function claimPagePath(id: string): string {
  return withBase(`/claims/${id}/`);
}
