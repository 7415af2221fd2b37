/**
 * Controls a finger can hit: at 390 px, every visible button, select, text field and summary on every page is
 * at least 40 px tall, and each of the theme switch's choices at least 40 px each way (links in running text
 * aside). The sizes are the stylesheet's alone, so one page walks them all in one browser page.
 */
import { expect, test } from '@playwright/test';
import { builtPages, urlOf } from '../support/site.ts';

test(
  'every control is at least 40 px tall at 390 px, the theme switch’s choices 40 px each way',
  { tag: '@desktop' },
  async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const built of builtPages()) {
      await page.goto(urlOf(built));
      const small = await page.evaluate(() => {
        const found: string[] = [];
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
        for (const el of document.querySelectorAll(
          'button, select, input:not([type="radio"], [type="checkbox"], [type="hidden"]), summary',
        )) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if (box.height < 40) found.push(`${describe(el)}: ${box.height.toFixed(1)} px tall`);
        }
        for (const el of document.querySelectorAll('.theme-switch label')) {
          const box = el.getBoundingClientRect();
          if (box.height < 40 || box.width < 40)
            found.push(`theme switch ${describe(el)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`);
        }
        return found;
      });
      expect.soft(small, built.path).toEqual([]);
    }
  },
);
