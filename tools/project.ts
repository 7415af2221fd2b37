/**
 * The project's root folder, for the tools and tests that read its files
 * (the check, the bench, the gates, Vitest and Playwright). Defined once so
 * that moving a tool does not silently change what it reads.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
