import type { Page } from 'playwright-core';
import { horizontalOverflow, PortalJourney, screenshot, seriousViolations, startPortalJourney } from './browser';

/** The part of the browser's DOM the wait reads (the e2e type check has no DOM library). */
type AnimatedPage = { document: { getAnimations(): { playState: string }[] } };

const COORDINATOR = 'coordinator@ucl.example';
const PASSWORD = 'Practicum-demo-2026';
const VISIT = 'CAR-T manufacturing cleanroom visit';
const PROGRAM = 'MSc Manufacturing of Stem Cell and Gene Therapies';

describe('university area in a real browser (e2e)', () => {
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

  const go = async (link: string, heading: string | RegExp) => {
    const burger = page.getByRole('button', { name: 'Open navigation' });
    if (await burger.isVisible()) await burger.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  beforeAll(async () => {
    journey = await startPortalJourney({ worker: false });
    ({ origin, page } = journey);
  }, 600_000);

  afterEach(async () => {
    await screenshot(page, `after-university-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(-50)}`);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('a coordinator signs in to the dashboard and reads programs, partner requests and their explained recommendations', async () => {
    await page.goto(`${origin.url}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(COORDINATOR);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/university');
    await page.getByRole('heading', { name: 'Where each cohort stands' }).waitFor();
    await page.getByRole('rowheader', { name: new RegExp(PROGRAM) }).waitFor();
    await check('university-dashboard');

    await go('Programs', 'Programs');
    await page.getByRole('cell', { name: new RegExp(PROGRAM) }).waitFor();
    await check('university-programs');

    await go('Partner requests', 'Partner requests');
    const request = page.getByRole('link', { name: new RegExp(`Site visit for 24 students of ${PROGRAM}`) });
    await request.waitFor();
    await check('university-requests');
    await request.click();
    await page.getByRole('heading', { name: 'Recommended offers' }).waitFor();
    const why = page.getByRole('list', { name: /^Why .* scores \d+/ }).first();
    await why.waitFor();
    expect(await why.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    expect(await why.textContent()).toMatch(/Topics/);
    await check('university-recommendations');
  }, 180_000);

  it('books a published site visit for a cohort larger than the free seats and sees the split and the minimum-onsite warning first', async () => {
    await go('Book for a cohort', 'Book for a cohort');
    await page.getByRole('link', { name: `Book ${VISIT}` }).waitFor();
    await check('university-choose-offer');
    await page.getByRole('link', { name: `Book ${VISIT}` }).click();
    await page.getByRole('heading', { level: 1, name: `Book ${VISIT}` }).waitFor();
    await page.getByRole('combobox', { name: 'Program' }).click();
    await page.getByRole('option', { name: new RegExp(PROGRAM) }).click();
    await page
      .getByRole('radio', { name: /8 of 8 seats free/ })
      .first()
      .check();
    const students = page.getByRole('textbox', { name: 'Students' });
    await students.fill('20');
    const split = page.getByRole('region', { name: 'Split with the seats free now' });
    await split.getByText('40% of 20').waitFor();
    expect(await split.textContent()).toMatch(/Onsite8.*Virtual12.*Waitlist0/);
    const warning = split.getByRole('alert');
    expect(await warning.textContent()).toContain(
      'Only 8 of 20 students (40%) can be onsite; the program asks for at least 50%',
    );
    await check('university-book');

    const send = page.getByRole('button', { name: 'Send booking request' });
    expect(await send.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Book anyway with 8 of 20 onsite' }).check();
    await page.getByRole('radio', { name: /Recorded lottery/ }).check();
    await send.click();
    await page.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    await page.getByText('Booking request sent').waitFor();
    const booking = page.getByRole('article', { name: VISIT });
    await booking.getByText('Waiting for the company').waitFor();
    expect(await booking.textContent()).toContain('20 students');
    await check('university-bookings');
  }, 180_000);

  it("shows the students' applications and the members", async () => {
    await go("Students' applications", "Students' applications");
    await page.waitForLoadState('networkidle');
    await check('university-students');
    await go('Members', 'Members');
    await page.getByRole('cell', { name: 'Priya Shah' }).waitFor();
    await page.getByRole('cell', { name: 'Amelia Jones' }).waitFor();
    await check('university-members');
  }, 120_000);

  it('cancels a booking after confirming in a dialog', async () => {
    await go('Bookings', 'Bookings');
    const booking = page.getByRole('article', { name: VISIT });
    await booking.getByRole('button', { name: `Cancel booking: ${VISIT}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel the booking of ${VISIT}?` });
    await dialog
      .getByRole('textbox', { name: 'Reason for the company (optional)' })
      .fill('The module moved to spring.');
    await check('university-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    await booking.getByText('Cancelled').waitFor();
  }, 120_000);

  it('fits a 375 px phone on the dashboard, the booking page and the bookings', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await go('Dashboard', 'Dashboard');
    await check('mobile-university-dashboard');
    await go('Book for a cohort', 'Book for a cohort');
    await page.getByRole('link', { name: `Book ${VISIT}` }).click();
    await page.getByRole('combobox', { name: 'Program' }).click();
    await page.getByRole('option', { name: new RegExp(PROGRAM) }).click();
    await page
      .getByRole('radio', { name: /8 of 8 seats free/ })
      .first()
      .check();
    await page.getByRole('textbox', { name: 'Students' }).fill('30');
    await page.getByRole('region', { name: 'Split with the seats free now' }).getByText('27% of 30').waitFor();
    await check('mobile-university-book');
    await go('Bookings', 'Bookings');
    await check('mobile-university-bookings');
    await go('Partner requests', 'Partner requests');
    await check('mobile-university-requests');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('finds no serious or critical accessibility violation on any visited page', () => {
    expect(visited.length).toBeGreaterThanOrEqual(12);
    expect(visited.filter((v) => v.violations.length)).toEqual([]);
  });
});
