import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { uniqueEmail } from './accounts';

export const CLIENT_PASSWORD = 'blue kite morning walk';

/** The phone size the client side is built for. */
export const PHONE = { width: 360, height: 740 };

/** The signed-in session's CSRF token, for API calls that change something. */
export async function csrfOf(request: APIRequestContext): Promise<string> {
  const res = await request.get('/api/v1/auth/session');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** A client invitation made through the API (for tests about something else); returns the link. */
export async function inviteClientViaApi(
  request: APIRequestContext,
  displayName: string,
): Promise<{ link: string; email: string }> {
  const csrf = await csrfOf(request);
  const email = uniqueEmail(displayName.toLowerCase());
  const res = await request.post('/api/v1/invitations', {
    data: { displayName, email, role: 'client' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { link?: string };
  expect(body.link).toBeTruthy();
  return { link: body.link ?? '', email };
}

/** The client opens the invitation link in a browser of their own (a phone), and chooses a password. */
export async function joinAsClient(
  browser: Browser,
  link: string,
  displayName: string,
  timezoneId = 'Europe/Berlin',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, timezoneId });
  const page = await context.newPage();
  // The link names the server's PUBLIC_URL; the test server listens on 127.0.0.1: same path and fragment.
  await page.goto(`/invite${new URL(link).hash}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${displayName}, `) })).toBeVisible();
  await page.getByLabel('Choose a password').fill(CLIENT_PASSWORD);
  await page.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  return { context, page };
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
}

/**
 * Every risk badge shown under `scope` (at least one) shows its whole label: no text cut off by the badge or
 * its label (an ellipsis, hidden overflow), whatever room the column leaves.
 */
export async function expectWholeBadges(page: Page, scope: Locator): Promise<void> {
  const badges = scope.locator('.risk-badge');
  await expect(badges.first()).toBeVisible();
  const cut = await badges.evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .flatMap((el) => [el, el.querySelector('.mantine-Badge-label')])
      .filter((el): el is Element => el !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.textContent ?? ''}: ${el.scrollWidth} px of text in ${el.clientWidth} px`),
  );
  expect(cut).toEqual([]);
  expect(page.viewportSize()?.width ?? 0).toBeGreaterThan(0);
}

/** Every control in the page content is at least 44 × 44 px (checkboxes and radios: their whole label). */
export async function expectTouchTargets(page: Page): Promise<void> {
  const { checked, small } = await page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>(
      'main button, main a, main select, main input:not([type=radio]):not([type=checkbox]), main textarea, main .mantine-Radio-body, main .mantine-Checkbox-body, main label.rating-option',
    );
    const visible = [...targets].filter((el) => el.offsetParent !== null);
    const tooSmall = visible
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    return { checked: visible.length, small: tooSmall };
  });
  expect(checked).toBeGreaterThan(0);
  expect(small).toEqual([]);
}
