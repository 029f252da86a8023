import { login } from '@practicum/testing';
import { TestApi } from '../../api/test/support/apps';
import type { Page } from 'playwright-core';
import { horizontalOverflow, PortalJourney, screenshot, seriousViolations, startPortalJourney } from './browser';

const ADMIN = 'admin@vecura.example';
const UNIVERSITY = 'coordinator@ucl.example';
const PASSWORD = 'Practicum-demo-2026';
const TITLE = 'Closed-system CAR-T: a morning in grade B';

/** `YYYY-MM-DDTHH:mm` some days ahead, as a datetime-local field takes it (the browser's zone). */
function daysAhead(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

describe('company portal in a real browser (e2e)', () => {
  let api: TestApi;
  // A world of its own (startPortalJourney): a migrated database with the demo data, which the journey changes.
  let journey: PortalJourney;
  let origin: { url: string; close(): Promise<void> };
  let page: Page;
  let offerId = '';
  const visited: { name: string; violations: string[] }[] = [];

  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    // The pointer rests off the page: a hovered active navigation link is the theme's concern, not the page's.
    await page.mouse.move(0, 0);
    // Colours are checked once the navigation's and buttons' transitions have ended.
    await page.waitForFunction(() =>
      (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
        .getAnimations()
        .every((a) => a.playState !== 'running'),
    );
    visited.push({ name, violations: await seriousViolations(page) });
    await screenshot(page, name);
  };
  const open = async (link: string, heading: string | RegExp) => {
    if ((page.viewportSize()?.width ?? 1280) < 768) await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  beforeAll(async () => {
    journey = await startPortalJourney({ worker: true });
    ({ api, origin, page } = journey);
  }, 600_000);

  afterEach(async () => {
    await screenshot(page, `after-company-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(-50)}`);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('the company admin signs in to a dashboard whose numbers open their lists', async () => {
    await page.goto(`${origin.url}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/company');
    await page.getByRole('link', { name: 'CAR-T manufacturing cleanroom visit', exact: true }).waitFor();
    await check('company-dashboard');
    await page.getByRole('link', { name: /^Published offers 2/ }).click();
    await page.waitForURL(/status=PUBLISHED/);
    await page.getByRole('button', { name: 'Published', pressed: true }).waitFor();
    await page
      .getByRole('link', { name: 'QC/QA internship: release testing of cell therapies', exact: true })
      .waitFor();
    await check('company-offers');
  }, 180_000);

  it('shows the facilities with their entry requirements', async () => {
    await open('Facilities', 'Facilities');
    await page.getByRole('heading', { name: 'Vecura GMP cleanroom suite (grade B/A)' }).waitFor();
    expect(await page.getByText('Gowning qualification').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add a facility' }).click();
    await page.getByRole('button', { name: 'Add facility' }).click();
    await page.getByText('Two letters, such as SE or DE').waitFor();
    await check('company-facilities');
    await page.getByRole('button', { name: 'Cancel' }).click();
  }, 120_000);

  it('creates a site visit, refuses it without a session time, then publishes it', async () => {
    await open('Offers', 'Offers');
    await page.getByRole('link', { name: 'New offer' }).click();
    await page.getByRole('heading', { level: 1, name: 'New offer' }).waitFor();
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByText('Give the offer a title of 3 characters or more').waitFor();
    await page.getByText('Choose the facility where it takes place').waitFor();

    await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill('Gowning, a closed automated CAR-T run and in-process QC, from the corridor window and inside grade C.');
    await page
      .getByRole('combobox', { name: 'Facility' })
      .selectOption({ label: 'Vecura GMP cleanroom suite (grade B/A) (Huddinge)' });
    await page.getByLabel('Application deadline').fill(daysAhead(5, 17));
    await page.getByLabel('Starts').fill(daysAhead(12, 9));
    await page.getByLabel('Ends').fill(daysAhead(12, 13));
    await page.getByRole('textbox', { name: 'Onsite seats' }).fill('2');
    await page.getByRole('switch', { name: 'Offer a virtual twin where the overflow goes' }).check();
    await page.getByRole('textbox', { name: 'Join link' }).fill('https://live.vecura.example/grade-b');
    await check('company-offer-editor');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByText('Draft created. Publish it when it is ready.').waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    offerId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published: verified students and universities can see it now.').waitFor();
    await page.getByRole('button', { name: 'Close' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
    await check('company-offer');
  }, 180_000);

  it('confirms a booking larger than the seats after seeing the onsite / virtual / waitlist split', async () => {
    const token = await login(api, UNIVERSITY, PASSWORD);
    const me = await api.gql<{ me: { organization: { programs: { id: string; name: string }[] } } }>(
      '{ me { organization { programs { id name } } } }',
      {},
      token,
    );
    const program = me.data!.me.organization.programs.find((p) => p.name.startsWith('MSc'))!;
    const offer = await api.gql<{ offer: { slots: { id: string }[] } }>(
      'query($id: ID!) { offer(id: $id) { slots { id } } }',
      { id: offerId },
      token,
    );
    const booked = await api.gql(
      'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }',
      {
        input: {
          programId: program.id,
          slotId: offer.data!.offer.slots[0].id,
          headcount: 5,
          note: 'Module 4 field trip',
        },
      },
      token,
    );
    expect(booked.errors).toBeUndefined();
    for (const email of ['amelia.jones@student.ucl.example', 'noah.patel@student.ucl.example']) {
      const student = await login(api, email, PASSWORD);
      const applied = await api.gql(
        'mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }',
        {
          input: {
            offerId,
            rank: 1,
            motivation: 'Closed-system CAR-T manufacturing is the subject of my dissertation project this year.',
          },
        },
        student,
      );
      expect(applied.errors).toBeUndefined();
    }

    await open('Bookings', 'Bookings');
    const card = page.getByRole('listitem', { name: `University College London: 5 for ${TITLE}` });
    await card.waitFor();
    await card.getByRole('group', { name: 'If you confirm now: 2 onsite, 3 virtual, 0 waitlisted' }).waitFor();
    await check('company-bookings');
    await card.getByRole('button', { name: `Confirm the booking of University College London for ${TITLE}` }).click();
    await page.getByText('Booking of University College London confirmed.').waitFor();
    await page.getByRole('button', { name: 'Confirmed', pressed: false }).click();
    await page.getByRole('group', { name: 'Confirmed split: 2 onsite, 3 virtual, 0 waitlisted' }).waitFor();
  }, 180_000);

  it('ranks applicants, runs through the other company pages, and each passes the axe check', async () => {
    await open('Applicants', 'Applicants');
    await check('company-applicants');
    await page.goto(`${origin.url}/company/offers/${offerId}/applicants`);
    await page.getByRole('heading', { level: 1, name: `Applicants of ${TITLE}` }).waitFor();
    const ranking = page.getByRole('list', { name: 'Applicants, best first' });
    await ranking.getByText('Noah Patel').waitFor();
    await ranking.getByText('Amelia Jones').waitFor();
    const second = (await ranking.locator('li').nth(1).textContent())?.includes('Noah Patel')
      ? 'Noah Patel'
      : 'Amelia Jones';
    await page.getByRole('button', { name: `Move ${second} up` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${second} moved to choice 1.` })
      .waitFor();
    expect(await ranking.locator('li').first().textContent()).toContain(second);
    await page.getByRole('button', { name: `Shortlist ${second}` }).click();
    await page.getByText(`${second} is shortlisted.`).waitFor();
    await check('company-offer-applicants');
    await page.reload();
    await ranking.getByText(second).waitFor();
    expect(await ranking.locator('li').first().textContent()).toContain(second);
    await open('Match rounds', 'Match rounds');
    await page.getByRole('checkbox', { name: /QC\/QA internship/ }).waitFor();
    await check('company-rounds');
    await open('Members', 'Members');
    await page.getByText('host@vecura.example', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Nora Sund');
    await page.getByRole('textbox', { name: 'Email' }).fill('nora.sund@vecura.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Nora Sund is invited: the invitation went to nora.sund@vecura.example.').waitFor();
    await page.getByRole('button', { name: 'Remove Nora Sund' }).waitFor();
    await check('company-members');
    await open('Webhooks', 'Webhooks');
    await page.getByRole('textbox', { name: 'URL' }).fill('https://hooks.vecura.example/practicum');
    await page.getByRole('button', { name: 'Register' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your signing secret' });
    await dialog.getByText(/^whsec_/).waitFor();
    await check('company-webhook-secret');
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await page.getByRole('button', { name: 'Remove the endpoint https://hooks.vecura.example/practicum' }).waitFor();
    expect(await page.getByText(/^whsec_/).count()).toBe(0);
    await check('company-webhooks');
  }, 180_000);

  it('fits a 375 px phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open('Dashboard', 'Dashboard');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-company-dashboard');
    await open('Bookings', 'Bookings');
    await page.getByRole('button', { name: 'All' }).click();
    await page
      .getByRole('group', { name: /Confirmed split/ })
      .first()
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-company-bookings');
    await page.goto(`${origin.url}/company/offers/${offerId}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit ${TITLE}` }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await check('mobile-company-offer-editor');
    await open('Webhooks', 'Webhooks');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('finds no serious or critical accessibility violation on any company page', () => {
    expect(visited.length).toBeGreaterThanOrEqual(12);
    expect(visited.filter((v) => v.violations.length)).toEqual([]);
  });
});
