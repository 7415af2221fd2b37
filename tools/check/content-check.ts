/**
 * The content step of `npm run check`. The rules live in
 * src/check/content-check.ts because the build runs the very same function
 * (src/check/loader.ts), so that neither can pass what the other refuses.
 */
export * from '~/check/content-check.ts';
