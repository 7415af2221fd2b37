/**
 * The overflow gate's measure: is the page wider than the screen (the reader would scroll sideways), and if
 * so, which element makes it so. The browser knows the first (the document's scroll width against its client
 * width); nothing in it names the second, so the page is searched here: every element whose own box, or
 * whose own line of text, reaches past the right edge of the screen, outside any box that scrolls or clips
 * its content (a wide table in a scrolling wrapper is fine), and not fixed to the screen. The widest of them
 * is named by a selector path and its width, so that the failure says what to fix.
 */
import type { Page } from '@playwright/test';

/** Theme and width a page is measured at. */
export interface Overflow {
  /** The document's width, in CSS pixels, and the screen's. */
  documentWidth: number;
  screenWidth: number;
  /** The widest element reaching past the screen's right edge, when the document is wider than the screen. */
  widest?: { path: string; width: number; right: number };
}

/** Measures the loaded page at its current width (one call into the page). */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const screenWidth = root.clientWidth;
    const documentWidth = root.scrollWidth;
    if (documentWidth <= screenWidth) return { documentWidth, screenWidth };

    const pathOf = (el: Element): string => {
      const steps: string[] = [];
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        if (node.id) {
          steps.unshift(`${node.localName}#${node.id}`);
          break;
        }
        const classes = Array.from(node.classList, (c) => `.${c}`).join('');
        const sameTag = node.parentElement
          ? Array.from(node.parentElement.children).filter((c) => c.localName === node.localName)
          : [];
        const nth = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(node) + 1})` : '';
        steps.unshift(`${node.localName}${classes}${nth}`);
      }
      return steps.join(' > ');
    };

    let widest: Overflow['widest'];
    const consider = (el: Element, left: number, right: number) => {
      const width = Math.round(right - left);
      if (right > screenWidth + 0.5 && (!widest || width > widest.width)) {
        widest = { path: pathOf(el), width, right: Math.round(right) };
      }
    };
    const range = document.createRange();
    // Walks the tree, leaving out what scrolls or clips its content, and what is fixed to the screen.
    const visit = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.position === 'fixed') return;
      const box = el.getBoundingClientRect();
      if (box.width > 0) consider(el, box.left + scrollX, box.right + scrollX);
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '') {
          range.selectNodeContents(child);
          for (const line of Array.from(range.getClientRects()))
            consider(el, line.left + scrollX, line.right + scrollX);
        }
      }
      if (style.overflowX !== 'visible') return;
      for (const child of Array.from(el.children)) visit(child);
    };
    visit(document.body);
    return { documentWidth, screenWidth, ...(widest ? { widest } : {}) };
  });
}

/** The failure's message: page, width, theme and scripting, then the document's width and the widest element. */
export function describeOverflow(at: string, overflow: Overflow): string {
  const widest = overflow.widest
    ? `the widest element reaching past it: ${overflow.widest.path} (${overflow.widest.width} px wide, its right edge at ${overflow.widest.right} px)`
    : 'no element found reaching past it (a pseudo-element or a transform?)';
  return `${at}: the page is ${overflow.documentWidth} px wide on a ${overflow.screenWidth} px screen; ${widest}`;
}
