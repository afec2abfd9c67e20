/**
 * Accessibility checks on extension pages: axe-core (through @axe-core/playwright) for WCAG 2.1 A and AA,
 * and the keyboard: every control reached with Tab shows where the focus is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** No serious or critical violation on the page as it is now; each one found is listed with where it is. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // axe ran its rules on this page (an extension page's CSP could have kept it out).
  expect(passes.length).toBeGreaterThan(10);
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(serious).toEqual([]);
}

/**
 * Tabs through the page from its start: the controls reached in order, each with whether its focus is
 * visible (an outline or a focus ring drawn by box-shadow). Stops when the focus comes back to the first one.
 */
export async function tabThrough(page: Page, limit = 80): Promise<Array<{ name: string; visible: boolean }>> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: Array<{ name: string; visible: boolean }> = [];
  let first: string | null = null;
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const ringed = style.boxShadow !== 'none';
      // A date or time field's calendar button lives in the browser's own shadow tree, which draws its
      // focus ring itself; the field then holds the focus without matching :focus.
      const ownPicker = element instanceof HTMLInputElement && ['date', 'time'].includes(element.type) && !element.matches(':focus');
      const path = [element.tagName.toLowerCase(), element.getAttribute('data-testid') ?? element.getAttribute('name') ?? element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''].join(' ');
      return { name: `${path}#${Array.from(document.querySelectorAll('*')).indexOf(element)}`, visible: outlined || ringed || ownPicker };
    });
    if (!focused) continue;
    if (focused.name === first) break;
    first ??= focused.name;
    reached.push(focused);
  }
  return reached;
}
