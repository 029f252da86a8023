import type { Page } from 'playwright-core';
import { horizontalOverflow, PortalJourney, screenshot, seriousViolations, startPortalJourney } from './browser';

const STUDENT = 'amelia.jones@student.ucl.example';
const PASSWORD = 'Practicum-demo-2026';

describe('portal in a real browser (e2e)', () => {
  // A world of its own (startPortalJourney): a migrated database with the demo data, which the journey changes.
  let journey: PortalJourney;
  let origin: { url: string; close(): Promise<void> };
  let page: Page;
  const visited: { name: string; violations: string[] }[] = [];
  /** The first message the subscription socket received for a field (graphql-ws `next`). */
  let pushed: (field: string) => Promise<{ payload: { data: Record<string, unknown> } }>;

  /** Runs axe on the page as it is, and keeps a screenshot of it. */
  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    visited.push({ name, violations: await seriousViolations(page) });
    await screenshot(page, name);
  };

  beforeAll(async () => {
    journey = await startPortalJourney({ worker: false });
    ({ origin, page } = journey);
    const messages: string[] = [];
    const waiting: { field: string; resolve(message: string): void }[] = [];
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        const text = String(payload);
        messages.push(text);
        waiting.filter((w) => text.includes(`"${w.field}"`)).forEach((w) => w.resolve(text));
      }),
    );
    pushed = (field) =>
      new Promise<string>((resolve) => {
        const seen = messages.find((m) => m.includes(`"${field}"`));
        if (seen) resolve(seen);
        else waiting.push({ field, resolve });
      }).then((text) => JSON.parse(text));
  }, 600_000);

  // The page as each test left it, to look at when one fails.
  afterEach(async () => {
    await screenshot(page, `after-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(-60)}`);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('refuses a wrong password with a clear message next to the form', async () => {
    await page.goto(`${origin.url}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await check('sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill(STUDENT);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not sign in' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Email or password is wrong');
    await check('sign-in-error');
  }, 120_000);

  it('shows field errors before sending an empty form', async () => {
    await page.getByRole('textbox', { name: 'Email' }).fill('');
    await page.getByRole('textbox', { name: 'Password' }).fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address').waitFor();
    await page.getByText('Enter your password').waitFor();
  }, 60_000);

  it('a student signs in, searches, opens an offer, applies and finds it in my applications', async () => {
    await page.getByRole('textbox', { name: 'Email' }).fill(STUDENT);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Welcome, Amelia/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/student');
    await check('student-home');
    // The session is the httpOnly cookie: a reload keeps the student signed in.
    await page.reload();
    await page.getByRole('heading', { name: /Welcome, Amelia/ }).waitFor();
    expect(await page.evaluate('document.cookie')).not.toContain('practicum_token');
    // The bell's count comes over the cookie-authenticated socket.
    expect((await pushed('notificationCount')).payload.data.notificationCount).toBe(0);

    await page.getByRole('link', { name: 'Find offers' }).click();
    await page.getByRole('heading', { name: 'Find offers' }).waitFor();
    await page.getByRole('textbox', { name: 'Words' }).fill('cleanroom');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=cleanroom/);
    const result = page.getByRole('link', { name: 'CAR-T manufacturing cleanroom visit' });
    await result.waitFor();
    // The unfiltered list shown before the answer has the internship; the filtered one has not.
    await page
      .getByRole('link', { name: 'QC/QA internship: release testing of cell therapies' })
      .waitFor({ state: 'detached' });
    await check('student-offers');

    await result.click();
    await page.getByRole('heading', { name: 'CAR-T manufacturing cleanroom visit' }).waitFor();
    await page.getByRole('heading', { name: 'Facility' }).waitFor();
    expect(await page.getByText('Gowning qualification').count()).toBeGreaterThan(0);
    expect(await page.getByText(/Virtual alternative: Live-streamed visit/).count()).toBe(1);
    const seats = (await pushed('offerSeats')).payload.data.offerSeats as { free: number; capacity: number }[];
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.every((s) => s.free >= 0 && s.free <= s.capacity)).toBe(true);
    await check('student-offer');

    await page.getByRole('radio').first().check();
    await page
      .getByRole('textbox', { name: 'Motivation' })
      .fill('I run aseptic processing in our teaching lab and want to see closed CAR-T manufacturing at GMP scale.');
    await page.getByRole('button', { name: 'Send application' }).click();
    // The applied offer is fetched again at once, so the page shows the application's status.
    await page.getByText('You applied:').waitFor();
    await page.getByRole('link', { name: 'See my applications' }).click();
    await page.getByRole('heading', { name: 'My applications' }).waitFor();
    const choices = page.getByRole('list', { name: 'My choices, first choice first' });
    await choices.getByRole('link', { name: 'CAR-T manufacturing cleanroom visit' }).waitFor();
    expect(await choices.getByText('Submitted').count()).toBe(1);
    await check('student-applications');
  }, 180_000);

  it('ranks with the keyboard alternative to dragging', async () => {
    const nextOffer = 'iPSC-derived therapies: from research to pre-GMP';
    await page.getByRole('link', { name: 'Find offers' }).click();
    await page.getByRole('link', { name: nextOffer }).click();
    await page
      .getByRole('textbox', { name: 'Motivation' })
      .fill('Pre-GMP iPSC work is the subject of my thesis; I want to see how comparability is handled.');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByText('It is your choice number 2').waitFor();
    await page.getByRole('link', { name: 'My applications', exact: true }).click();
    const choices = page.getByRole('list', { name: 'My choices, first choice first' });
    await choices.getByRole('link', { name: nextOffer }).waitFor();
    await page.getByRole('button', { name: `Move ${nextOffer} up` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${nextOffer} moved to choice 1.` })
      .waitFor();
    const first = choices.locator('li').first();
    expect(await first.getByRole('link').first().textContent()).toBe(nextOffer);
    await check('student-ranking');
  }, 120_000);

  it('fits a 375 px phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Find offers' }).click();
    await page.getByRole('heading', { name: 'Find offers' }).waitFor();
    await page.getByRole('link', { name: 'CAR-T manufacturing cleanroom visit' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-offers');
    await page.getByRole('link', { name: 'CAR-T manufacturing cleanroom visit' }).click();
    await page.getByRole('heading', { name: 'Facility' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-offer');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-notifications');
  }, 120_000);

  it('signs out to the sign-in page with a message, which also fits a phone', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Create your student account' }).click();
    await page.getByRole('heading', { name: 'Create your student account' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-sign-up');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin.url}/register`);
    await page.getByRole('heading', { name: 'Register your organization' }).waitFor();
    await check('register-organization');
    await page.goto(`${origin.url}/student/offers`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  }, 120_000);

  it('asks for a reset link without telling whether the account exists, and refuses a made-up token', async () => {
    await page.goto(`${origin.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await page.getByRole('textbox', { name: 'Email' }).fill('nobody@nowhere.example');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'If an account exists for this address, we emailed it a link' })
      .waitFor();
    await check('forgot-password');

    await page.goto(`${origin.url}/reset-password?token=made-up-token-0000`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password', { exact: false }).first().fill('Another-password-2026');
    await page.getByLabel('Repeat the password', { exact: false }).fill('Another-password-2026');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not change the password' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reset-password');
    await check('reset-password-refused');
  }, 120_000);

  it('finds no serious or critical accessibility violation on any visited page', () => {
    expect(visited.length).toBeGreaterThanOrEqual(10);
    expect(visited.filter((v) => v.violations.length)).toEqual([]);
  });
});
