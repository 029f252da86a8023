import type { Page } from 'playwright-core';
import { horizontalOverflow, PortalJourney, screenshot, seriousViolations, startPortalJourney } from './browser';

/** The part of the browser's DOM the wait reads (the e2e type check has no DOM library). */
type AnimatedPage = { document: { getAnimations(): { playState: string }[] } };

const ADMIN = 'admin@practicum.local';
const PASSWORD = 'practicum-admin-2026';

describe('platform admin area in a real browser (e2e)', () => {
  // A world of its own (startPortalJourney): a migrated database with the demo data, which the journey changes.
  let journey: PortalJourney;
  let origin: { url: string; close(): Promise<void> };
  let page: Page;
  const visited: { name: string; violations: string[] }[] = [];

  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    // axe reads colours as they are: let transitions (the active navigation link's) finish first.
    await page.mouse.move(0, 0);
    await page.waitForFunction(() =>
      (globalThis as unknown as AnimatedPage).document.getAnimations().every((a) => a.playState !== 'running'),
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    visited.push({ name, violations: await seriousViolations(page) });
    await screenshot(page, name);
  };

  beforeAll(async () => {
    journey = await startPortalJourney({ worker: false });
    ({ origin, page } = journey);
  }, 600_000);

  afterEach(async () => {
    await screenshot(page, `after-admin-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(-50)}`);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('the platform admin reads an unverified organization in the queue and verifies it', async () => {
    await page.goto(`${origin.url}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verification queue' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin');
    const kitm = page.getByRole('article', { name: 'KITM' });
    await kitm.waitFor();
    expect(await kitm.textContent()).toContain('https://kitm.example');
    expect(await kitm.getByRole('list', { name: 'People of KITM' }).textContent()).toContain(
      'Grace Park (admin), admin@kitm.example',
    );
    expect(await page.getByRole('link', { name: /queue dashboard/ }).getAttribute('href')).toBe('/admin/queues');
    await check('admin-queue');

    await kitm.getByRole('button', { name: 'Verify KITM' }).click();
    await page.getByRole('status').filter({ hasText: 'KITM is verified' }).waitFor();
    await kitm.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'University of Bonn' }).waitFor();
    await check('admin-queue-after');
  }, 180_000);

  it('lists all organizations with filters, KITM now verified', async () => {
    await page.getByRole('link', { name: 'All organizations' }).click();
    await page.getByRole('heading', { level: 1, name: 'All organizations' }).waitFor();
    const kitm = page.getByRole('row', { name: /KITM/ });
    await kitm.getByText('Verified').waitFor();
    await check('admin-organizations');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Waiting for verification' }).click();
    await page.getByRole('row', { name: /University of Bonn/ }).waitFor();
    await kitm.waitFor({ state: 'detached' });
  }, 120_000);

  it('fits a 375 px phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await check('mobile-admin-organizations');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Verification queue' }).click();
    await page.getByRole('article', { name: 'University of Bonn' }).waitFor();
    await check('mobile-admin-queue');
  }, 120_000);

  it('finds no serious or critical accessibility violation on any visited page', () => {
    expect(visited.length).toBeGreaterThanOrEqual(5);
    expect(visited.filter((v) => v.violations.length)).toEqual([]);
  });
});
