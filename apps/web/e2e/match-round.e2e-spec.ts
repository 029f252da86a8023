import { login } from '@practicum/testing';
import { PortalJourney, startPortalJourney } from './browser';

const STUDENT = 'amelia.jones@student.ucl.example';
const OTHERS = [
  'noah.patel@student.ucl.example',
  'olivia.brown@student.ucl.example',
  'elsa.andersson@student.ki.example',
  'liam.johansson@student.ki.example',
];
const COMPANY = 'admin@vecura.example';
const PASSWORD = 'Practicum-demo-2026';
const ROUND_OFFER = 'QC/QA internship: release testing of cell therapies';
const OTHER_OFFER = 'iPSC-derived therapies: from research to pre-GMP';

/**
 * Across the kinds of user: students apply and rank, the company runs and publishes a match round
 * over its 3 internship seats, the student ranked fourth is placed in the virtual twin (join link
 * shown), a matched student declines, and the worker offers the freed seat to her with a hold that
 * she accepts in time, its countdown on screen.
 */
describe('a match round from applications to an accepted seat, in a real browser (e2e)', () => {
  let journey: PortalJourney;
  let offerId = '';
  const applications = new Map<string, string>();

  const gql = async <T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await journey.api.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  beforeAll(async () => {
    journey = await startPortalJourney({ worker: true });
    [{ id: offerId }] = await journey.dataSource.query(`SELECT id FROM offer WHERE title = $1`, [ROUND_OFFER]);
    // Three other students apply through the API (the first three whose programme the internship takes).
    for (const email of OTHERS) {
      if (applications.size === 3) break;
      const token = await login(journey.api, email, PASSWORD);
      const res = await journey.api.gql(
        `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
        { input: { offerId, motivation: 'Release testing is what I want to learn.', rank: 1 } },
        token,
      );
      if (!res.errors) applications.set(email, res.data.applyToOffer.id);
    }
    expect(applications.size).toBe(3);
  }, 600_000);

  afterEach(async () => {
    const { page } = journey;
    if (process.env.PORTAL_SCREENSHOTS)
      await page.screenshot({
        path: `${process.env.PORTAL_SCREENSHOTS}/after-round-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(-50)}.png`,
        fullPage: true,
      });
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('a student applies to two offers and puts the second first; the order is saved', async () => {
    const { page, signIn, check } = journey;
    await signIn(STUDENT);
    for (const [title, rank] of [
      [ROUND_OFFER, 1],
      [OTHER_OFFER, 2],
    ] as const) {
      await page.getByRole('link', { name: 'Find offers' }).click();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page
        .getByRole('textbox', { name: 'Motivation' })
        .fill('I want to see how release testing and comparability are handled at GMP scale.');
      await page.getByRole('button', { name: 'Send application' }).click();
      await page.getByText(`It is your choice number ${rank}`).waitFor();
    }
    await page.getByRole('link', { name: 'My applications', exact: true }).click();
    const choices = page.getByRole('list', { name: 'My choices, first choice first' });
    await choices.getByRole('link', { name: OTHER_OFFER }).waitFor();
    await page.getByRole('button', { name: `Move ${OTHER_OFFER} up` }).click();
    await page.getByRole('status').filter({ hasText: 'Your order is saved' }).waitFor();
    await page.reload();
    await choices.locator('li').first().getByRole('link', { name: OTHER_OFFER }).waitFor();
    const [{ rank }] = await journey.dataSource.query(
      `SELECT a.rank FROM application a JOIN member m ON m.id = a."studentId" WHERE m.email = $1 AND a."offerId" = $2`,
      [STUDENT, offerId],
    );
    expect(rank).toBe(2);
    await check('round-student-ranked');
    await journey.signOut();
  }, 180_000);

  it('the company runs a round after the deadline, reads the draft and publishes it', async () => {
    const { page, signIn, check, api, dataSource } = journey;
    // The deadline passes (the demo internship's is weeks away).
    await dataSource.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 minute' WHERE id = $1`, [
      offerId,
    ]);
    // The company ranks Amelia last of four: the internship has 3 seats.
    const company = await login(api, COMPANY, PASSWORD);
    const [{ id: amelia }] = await dataSource.query(
      `SELECT a.id FROM application a JOIN member m ON m.id = a."studentId" WHERE m.email = $1 AND a."offerId" = $2`,
      [STUDENT, offerId],
    );
    const order = [...applications.values(), amelia];
    for (const [i, id] of order.entries())
      await gql(
        `mutation($id: ID!, $rank: Int!) { rankApplicant(id: $id, rank: $rank) { id } }`,
        { id, rank: i + 1 },
        company,
      );

    await signIn(COMPANY);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Match rounds', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Match rounds' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(ROUND_OFFER.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) }).check();
    await page.getByRole('button', { name: 'Create and run' }).click();
    await page.getByRole('heading', { level: 1, name: 'Match round' }).waitFor();
    // The worker runs it; the page follows its progress until the draft is there.
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await page.waitForFunction(
      () => {
        const buttons = [...(globalThis as any).document.querySelectorAll('button')] as {
          textContent: string;
          disabled: boolean;
        }[];
        return buttons.some((b) => b.textContent.trim() === 'Publish' && !b.disabled);
      },
      undefined,
      { timeout: 60_000 },
    );
    const draft = page.getByRole('region', { name: `Draft for ${ROUND_OFFER}` });
    await draft.getByText('Amelia Jones').waitFor();
    await check('round-company-draft');
    await publish.click();
    await page
      .getByRole('dialog', { name: 'Publish this round?' })
      .getByRole('button', { name: 'Publish the round' })
      .click();
    await page.getByText('Published: every student has been told.').waitFor();
    await check('round-company-published');
    await journey.signOut();
  }, 180_000);

  it('the student ranked fourth is placed virtually, then offered the seat a matched student declines, and accepts it before the hold expires', async () => {
    const { page, signIn, check, api } = journey;
    await signIn(STUDENT);
    await page.getByRole('link', { name: 'My applications', exact: true }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: ROUND_OFFER }) });
    await card.getByText('Placed virtually', { exact: true }).waitFor();
    const join = card.getByRole('link', { name: /open the join link/ });
    expect(await join.getAttribute('href')).toBe('https://learn.vecura.example/qc');
    await check('round-student-virtual');

    // The first matched student declines; the worker offers the freed seat to Amelia with a hold.
    const [first] = applications.keys();
    await gql(
      `mutation($id: ID!) { declineOffer(id: $id) { status } }`,
      { id: applications.get(first) },
      await login(api, first, PASSWORD),
    );
    const countdown = card.getByText(/Held for you: .* left \(until /);
    for (let i = 0; i < 30 && !(await countdown.isVisible()); i++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    }
    await countdown.waitFor();
    await check('round-student-hold');
    await card.getByRole('button', { name: 'Accept the offer' }).click();
    await card.getByText('Accepted', { exact: true }).waitFor();
    const [{ status }] = await journey.dataSource.query(
      `SELECT a.status FROM application a JOIN member m ON m.id = a."studentId" WHERE m.email = $1 AND a."offerId" = $2`,
      [STUDENT, offerId],
    );
    expect(status).toBe('ACCEPTED');
  }, 180_000);

  it('the student chooses how she hears about offers: in the app only', async () => {
    const { page, check } = journey;
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('link', { name: 'Notification preferences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notification preferences' }).waitFor();
    const byEmail = page.getByRole('checkbox', { name: 'A seat was offered: by email' });
    expect(await byEmail.isChecked()).toBe(true);
    await byEmail.uncheck();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: new notifications follow these choices.' }).waitFor();
    await check('round-student-preferences');
    const [row] = await journey.dataSource.query(
      `SELECT p."inApp", p.email FROM notification_preference p JOIN member m ON m.id = p."memberId" WHERE m.email = $1 AND p.type = 'APPLICATION_OFFERED'`,
      [STUDENT],
    );
    expect(row).toEqual({ inApp: true, email: false });
  }, 120_000);

  it('finds no serious or critical accessibility violation on the pages of the journey', () => {
    expect(journey.visited.length).toBeGreaterThanOrEqual(5);
    expect(journey.visited.filter((v) => v.violations.length)).toEqual([]);
  });
});
