import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectNoSidewaysScroll, expectWholeBadges, PHONE } from './support/core-loop';

// The demo practice the API seeds on its empty test database (playwright.config.ts: ASKWELL_DEMO=on).
const DEMO = { email: 'demo@askwell.example', password: 'demo-password-for-e2e' };
const DESKTOP = { width: 1280, height: 900 };

async function signInAsDemo(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clients$/);
}

test.describe('practitioner insight on the demo practice', () => {
  test.use({ viewport: DESKTOP });

  test('caseload overview: who needs attention first, ordering by header or switch, filters', async ({
    page,
  }) => {
    await signInAsDemo(page);
    const table = page.getByRole('table', { name: 'Your clients' });
    const names = table.locator('tbody tr td:first-child');
    await expect(table.locator('tbody tr')).toHaveCount(3);
    for (const name of ['Maya Okafor', 'Jonah Reyes', 'Priya Nair'])
      await expect(table.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '3 clients' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Showing all 3 clients.' })).toBeVisible();
    // Jonah's open risk flag puts him first; its badge names the tier (which the demo's words earn from the
    // screen of the day), whole at 1280 px.
    await expect(names.first()).toHaveText('Jonah Reyes');
    const jonah = table.getByRole('row').filter({ hasText: 'Jonah Reyes' });
    await expect(jonah).toContainText(/(Explicit risk|Concern) · open risk flag/);
    await expectWholeBadges(page, jonah);
    await expect(jonah.getByRole('cell').nth(6)).toHaveText('3');
    await expectNoSeriousA11yViolations(page);

    // Adherence is computed for the clients shown only: not a sortable column.
    const adherence = table.getByRole('columnheader', { name: /Done, 7 days/ });
    await expect(adherence.getByRole('button')).toHaveCount(0);

    // Rung differs for each demo client: the order really changes.
    const rung = table.getByRole('columnheader', { name: /^Rung/ });
    await rung.getByRole('button').click();
    await expect(rung).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=rung/);
    await expect(names).toHaveText(['Maya Okafor', 'Jonah Reyes', 'Priya Nair']);
    await rung.getByRole('button').click();
    await expect(rung).toHaveAttribute('aria-sort', 'descending');
    await expect(names).toHaveText(['Priya Nair', 'Jonah Reyes', 'Maya Okafor']);

    const order = page.getByLabel('Order');
    await order.selectOption({ label: 'Name, Z to A' });
    await expect(page).toHaveURL(/sort=name&order=desc/);
    await expect(names).toHaveText(['Priya Nair', 'Maya Okafor', 'Jonah Reyes']);
    await page.getByRole('button', { name: 'Show who needs attention first' }).click();
    await expect(order).toHaveValue('attention:desc');
    await expect(names.first()).toHaveText('Jonah Reyes');

    const flaggedOnly = page.getByRole('checkbox', { name: 'Open risk flag' });
    await flaggedOnly.click();
    await expect(flaggedOnly).toBeChecked();
    await expect(page).toHaveURL(/flagged=true/);
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText('Jonah Reyes');
    await expect(page.getByRole('heading', { level: 2, name: '1 client matches' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Find a client').fill('pri');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText('Priya Nair');
    await expectNoSeriousA11yViolations(page);
  });

  test('caseload a page at a time: "Show more" keeps what is shown and moves the focus to the next client', async ({
    page,
  }) => {
    // The demo practice has three clients: pages of two (the API's own paging, only the size changed).
    await page.route(
      (url) => url.pathname === '/api/v1/caseload',
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '2');
        return route.continue({ url: url.toString() });
      },
    );
    await signInAsDemo(page);
    await page.goto('/clients?sort=name');
    const table = page.getByRole('table', { name: 'Your clients' });
    const names = table.locator('tbody tr td:first-child');
    await expect(names).toHaveText(['Jonah Reyes', 'Maya Okafor']);
    await expect(page.getByRole('heading', { level: 2, name: '3 clients' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of 3 clients.' })).toBeVisible();
    await page.getByRole('button', { name: 'Show 1 more client' }).click();
    await expect(names).toHaveText(['Jonah Reyes', 'Maya Okafor', 'Priya Nair']);
    await expect(table.getByRole('link', { name: 'Priya Nair' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Showing all 3 clients.' })).toBeVisible();
    await expect(page.getByRole('button', { name: /more client/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('Jonah’s brief: the risk flag first, talking points linked to their entries, printable', async ({
    page,
  }, testInfo) => {
    await signInAsDemo(page);
    await page
      .getByRole('table', { name: 'Your clients' })
      .getByRole('link', { name: 'Jonah Reyes' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jonah Reyes' })).toBeVisible();
    // The entry that raised the flag is marked with its tier in the timeline.
    await expect(
      page
        .getByRole('list', { name: 'Entries, newest first' })
        .getByText(/^(Explicit risk|Concern) flag$/)
        .first(),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Pre-session brief' }).click();
    await expect(page).toHaveURL(/\/clients\/[^/]+\/brief$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Brief: Jonah Reyes' })).toBeVisible();

    // The flag of a shared entry: its tier and category, and the words that raised it, quoted.
    const risk = page.getByRole('region', { name: 'Open risk flags' });
    await expect(risk).toBeVisible();
    const flag = risk.getByRole('list', { name: 'The open risk flags' }).getByRole('listitem').first();
    await expect(flag).toContainText(/^(Explicit risk|Concern): .+, raised /);
    await expect(flag.getByRole('list', { name: 'What the screen found' })).toContainText('“');
    await expect(flag.getByRole('list', { name: 'What the screen found' })).toContainText('not wake up');
    await expectWholeBadges(page, page.locator('main'));
    // The entry's review names the flag too, with what was found, to acknowledge there or later.
    await flag.getByRole('link', { name: 'Open the entry' }).click();
    const entryRisk = page.getByRole('region', { name: /^(Explicit risk|Concern): / });
    await expect(entryRisk).toContainText('This entry raised a risk flag on');
    await expect(entryRisk.getByRole('list', { name: 'Open risk flags of this entry' })).toContainText(
      'not wake up',
    );
    await expectNoSeriousA11yViolations(page);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Brief: Jonah Reyes' })).toBeVisible();
    const points = page.getByRole('list', { name: 'Talking points' }).getByRole('listitem');
    expect(await points.count()).toBeGreaterThan(0);
    await expect(points.first()).toContainText('Check in about safety first');
    await expectNoSeriousA11yViolations(page);

    const hrefs = await page
      .getByRole('list', { name: 'Talking points' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    const briefUrl = page.url();
    for (const href of [...new Set(hrefs)]) {
      expect(href).toMatch(/^\/entries\/[0-9a-f-]+$/);
      await page.goto(href);
      await expect(
        page.getByRole('heading', { level: 1, name: /^(Observation|Experiment|Reflection) · / }),
      ).toBeVisible();
      await expect(page.getByText('This entry could not be loaded')).toHaveCount(0);
    }
    await page.goto(briefUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Brief: Jonah Reyes' })).toBeVisible();

    // Mark reviewed: the time shows.
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect(page.getByText(/^Reviewed /)).toBeVisible();

    await testInfo.attach('brief-desktop', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    await page.screenshot({ path: testInfo.outputPath('brief-desktop.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Mark reviewed/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show this period' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Brief: Jonah Reyes' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Talking points' })).toBeVisible();
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('main *')].map((el) => el.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
    await testInfo.attach('brief-print', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    await page.screenshot({ path: testInfo.outputPath('brief-print.png'), fullPage: true });
    // The printable width of A4 with 15 mm margins is 180 mm (about 680 CSS px); Letter's is 186 mm.
    await page.setViewportSize({ width: 680, height: 900 });
    await expectNoSidewaysScroll(page);
    for (const format of ['A4', 'Letter'] as const) {
      const path = testInfo.outputPath(`brief-${format}.pdf`);
      const pdf = await page.pdf({ format, path, preferCSSPageSize: true });
      expect(pdf.byteLength).toBeGreaterThan(1000);
      await testInfo.attach(`brief-${format}.pdf`, { path, contentType: 'application/pdf' });
    }
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ media: 'screen' });

    // Another period through the date pickers.
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    await page.getByLabel('To', { exact: true }).fill('2020-01-31');
    await page.getByRole('button', { name: 'Show this period' }).click();
    await expect(page).toHaveURL(/since=2020-01-01&until=2020-01-31/);
    await expect(page.getByText('Not reviewed yet.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('progress, ladder and sessions on the client page', async ({ page }, testInfo) => {
    await signInAsDemo(page);
    await page.getByRole('table', { name: 'Your clients' }).getByRole('link', { name: 'Priya Nair' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Priya Nair' })).toBeVisible();

    await page.getByRole('tab', { name: 'Progress' }).click();
    for (const name of [
      'Predicted chance of a yes, and what happened',
      'Distress: expected and at its peak',
      'Belief in the feared thought, before and after',
      'Calibration by week',
    ]) {
      const figure = page.getByRole('figure', { name });
      await expect(figure).toBeVisible();
      await expect(figure.locator('.recharts-surface')).toBeVisible();
      // The table alternative is there for screen readers, and shown on request.
      const table = figure.getByRole('table', { name });
      await expect(table).toBeAttached();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    const first = page.getByRole('figure', { name: 'Predicted chance of a yes, and what happened' });
    await first.getByRole('button', { name: 'Show as table' }).click();
    await expect(first.getByRole('table')).toBeVisible();
    await expect(first.locator('.recharts-surface')).toHaveCount(0);
    await first.getByRole('button', { name: 'Show as chart' }).click();

    const map = page.getByRole('region', { name: 'Barrier map', exact: true });
    await expect(map).toBeVisible();
    const grid = map.getByRole('table', { name: 'Barrier map' });
    await expect(grid.locator('.bm-confirmed').first()).toBeVisible();
    await expect(grid.locator('.bm-unreviewed').first()).toBeVisible();
    // Apart: a filled confirmed square and a dashed unreviewed one never share a style.
    const styles = await grid.evaluate((t) => {
      const c = t.querySelector('.bm-confirmed');
      const u = t.querySelector('.bm-unreviewed');
      return [c && getComputedStyle(c).borderStyle, u && getComputedStyle(u).borderStyle];
    });
    expect(styles).toEqual(['solid', 'dashed']);
    await expect(grid.locator('tbody tr').first().getByRole('cell').first()).toContainText(/confirmed|none/);
    await expectNoSeriousA11yViolations(page);

    await page.screenshot({ path: testInfo.outputPath('progress.png'), fullPage: true });
    const reflections = page.getByRole('list', { name: 'Reflections' });
    await page.getByLabel('Show reflections tagged with').selectOption({ index: 1 });
    await expect(page.getByRole('status').filter({ hasText: /reflection/ })).toBeVisible();
    await expect(reflections).toBeAttached();

    await page.getByRole('tab', { name: 'Ladder' }).click();
    await expect(page.getByRole('heading', { name: 'Readiness for the next rung' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Readiness reasons' }).getByRole('listitem')).toHaveCount(3);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('A note on your decision (optional)').fill('Talked it over; one more week here.');
    await page.getByRole('button', { name: 'Not yet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recorded: not yet' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Decisions' })).toContainText(
      'Talked it over; one more week here.',
    );

    await page.screenshot({ path: testInfo.outputPath('ladder.png'), fullPage: true });
    await page.getByRole('button', { name: 'Approve: move to rung 6' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Approved. The client is now on rung 6.' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Decisions' }).getByRole('listitem').first()).toContainText(
      'Moved from rung 5 to rung 6',
    );
    await expect(page.getByText('This is the top rung.')).toBeVisible();
    await page.getByRole('tab', { name: 'Sessions and notes' }).click();
    await expect(
      page.getByText('Private to practitioners; never shown to the client.').first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Record a session' }).click();
    await page.getByLabel('Private note').fill('Talked through the vulnerable ask at work.');
    await page.getByRole('button', { name: 'Save the session' }).click();
    const sessions = page.getByRole('list', { name: 'Sessions' });
    await expect(sessions).toContainText('Talked through the vulnerable ask at work.');
    await expectNoSeriousA11yViolations(page);

    // Editing a note someone else changed meanwhile: 412, then the latest version is loaded.
    await sessions
      .getByRole('listitem')
      .filter({ hasText: 'Talked through the vulnerable ask' })
      .getByRole('button', { name: /^Edit the session/ })
      .click();
    const item = sessions.getByRole('listitem').filter({ has: page.getByLabel('Private note') });
    await expect(item.getByLabel('Private note')).toHaveValue('Talked through the vulnerable ask at work.');
    const sessionId = await page.evaluate(async () => {
      const res = await fetch('/api/v1/clients/' + location.pathname.split('/')[2] + '/sessions');
      const list = (await res.json()) as { id: string; note: string | null; version: number }[];
      return list.find((s) => s.note?.startsWith('Talked through'))?.id ?? '';
    });
    const changed = await page.evaluate(async (id) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1/sessions/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'if-match': '"v1"',
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify({ note: 'Changed in another tab.' }),
      });
      return res.status;
    }, sessionId);
    expect(changed).toBe(200);
    await item.getByLabel('Private note').fill('My edit.');
    await item.getByRole('button', { name: 'Save changes' }).click();
    await expect(item.getByRole('alert').filter({ hasText: 'Changed meanwhile' })).toBeVisible();
    await expect(item.getByLabel('Private note')).toHaveValue('Changed in another tab.');
    await item.getByLabel('Private note').fill('My edit, after reading theirs.');
    await item.getByRole('button', { name: 'Save changes' }).click();
    await expect(sessions).toContainText('My edit, after reading theirs.');
  });

  test('on a phone: the caseload as cards, the brief without sideways scrolling', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInAsDemo(page);
    const cards = page.getByRole('list', { name: 'Your clients' });
    await expect(cards.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('table', { name: 'Your clients' })).toBeHidden();
    const jonahCard = cards.getByRole('listitem').filter({ hasText: 'Jonah Reyes' });
    await expect(jonahCard).toContainText(/(Explicit risk|Concern) · open risk flag/);
    await expectWholeBadges(page, jonahCard);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await cards.getByRole('link', { name: 'Jonah Reyes' }).click();
    await page.getByRole('link', { name: 'Pre-session brief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Brief: Jonah Reyes' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  test('exports download with the session and show their progress', async ({ page }) => {
    await signInAsDemo(page);
    await page
      .getByRole('table', { name: 'Your clients' })
      .getByRole('link', { name: 'Maya Okafor' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maya Okafor' })).toBeVisible();
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const file = await json;
    expect(file.suggestedFilename()).toMatch(/^askwell-client-.+\.json$/);
    await expect(page.getByText(/^Downloaded askwell-client-.+\.json\.$/)).toBeVisible();
    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV (zip)' }).click();
    expect((await zip).suggestedFilename()).toMatch(/\.zip$/);
    await expectNoSeriousA11yViolations(page);
  });
});
