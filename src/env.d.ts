/**
 * Build-time values that integrations give the site's modules
 * (src/exports/share-cards-integration.ts defines the one here, for `astro dev`).
 */
interface ImportMetaEnv {
  /** Where the claims' share cards are kept between builds; absent outside `astro dev` (a build's cards are written by the integration itself). */
  readonly SHARE_CARD_CACHE_DIR?: string;
}
