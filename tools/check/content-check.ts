/**
 * The content step of `npm run check`. The rules live in
 * src/model/content-check.ts because the build runs the very same function
 * (src/model/loader.ts), so that neither can pass what the other refuses.
 */
export * from '~/model/content-check.ts';
