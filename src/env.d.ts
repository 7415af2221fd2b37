/**
 * Build-time values that integrations give the site's modules
 * (src/exports/share-image-cache.ts defines the one here).
 */
interface ImportMetaEnv {
  /** Where the claims' share cards are kept between builds; absent outside an Astro build. */
  readonly SHARE_CARD_CACHE_DIR?: string;
}
