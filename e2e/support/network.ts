/**
 * Waiting for a page's network to settle, by counting its requests in flight.
 *
 * Playwright's `networkidle` does not fit a gate that reads many pages in one browser page: it waits a fixed
 * 500 ms after the last request, twice per page that was a minute of the suite spent idle, and once reached it
 * stays reached for that load, so a second wait (after scrolling to the end, opening every <details>) returns
 * at once without waiting for what the scroll made the page load. Playwright has no other "requests in flight"
 * wait, so this counts them from its own request events: `settled()` lets the page lay out what the last action
 * changed (two animation frames, when lazy images are asked for), then waits until no request has been in
 * flight for a short quiet spell (long enough for a script to ask for the next file once one arrives).
 */
import type { Page, Request } from '@playwright/test';

/** How long nothing must be in flight before the network counts as settled. */
const QUIET_MS = 100;
/** How often the count is read. */
const POLL_MS = 20;

export interface RequestTracker {
  /** Resolves once no request has been in flight for `quietMs`; rejects after `timeoutMs` with what is still open. */
  settled(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
}

/** Starts counting the page's requests (call it before the page loads what is to be waited for). */
export function trackRequests(page: Page): RequestTracker {
  const open = new Set<Request>();
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));

  return {
    async settled({ quietMs = QUIET_MS, timeoutMs = 15_000 } = {}) {
      // What the last action changed is laid out, and any lazy image it brought into view is asked for
      // (without scripting, the page runs no frame callbacks, and lazy images load at once anyway).
      await page.evaluate(() =>
        matchMedia('(scripting: enabled)').matches
          ? new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))
          : document.documentElement.getBoundingClientRect(),
      );
      const deadline = Date.now() + timeoutMs;
      let quietSince = open.size === 0 ? Date.now() : undefined;
      while (quietSince === undefined || Date.now() - quietSince < quietMs) {
        if (Date.now() > deadline) {
          throw new Error(
            `the network did not settle in ${timeoutMs} ms; still in flight: ${[...open].map((r) => r.url()).join(', ')}`,
          );
        }
        await new Promise((wait) => setTimeout(wait, POLL_MS));
        if (open.size > 0) quietSince = undefined;
        else quietSince ??= Date.now();
      }
    },
  };
}
