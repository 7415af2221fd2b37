/** Joins a site path to the configured base, so the site works under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export function articlePath(id: string): string {
  return withBase(`/articles/${id}/`);
}
