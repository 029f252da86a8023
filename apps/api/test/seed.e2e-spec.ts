import { seed } from '@practicum/database';
import { createMigratedDatabase, login } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource } from 'typeorm';

describe('demo seed (e2e)', () => {
  // An empty database of its own: other specs (the portal's browser journeys) seed the run's shared one.
  let api: TestApi;
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    database = await createMigratedDatabase();
    api = await startApi({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('loads the demo market once; a second run adds nothing', async () => {
    const dataSource = api.app.get(DataSource);
    const first = await seed(dataSource);
    const second = await seed(dataSource);
    expect(first.organizations).toBeGreaterThanOrEqual(14);
    expect(second).toEqual({ organizations: 0, members: 0, programs: 0, facilities: 0, offers: 0, partnerRequests: 0 });
    expect(first.offers).toBe(5);
    const token = await login(api, 'coordinator@ucl.example', 'Practicum-demo-2026');
    const me = await api.gql(`{ me { role organization { name verified programs { name level } } } }`, {}, token);
    expect(me.data.me.organization.name).toBe('University College London');
    expect(me.data.me.organization.programs[0].name).toMatch(/Manufacturing of Stem Cell and Gene Therapies/);
    const student = await login(api, 'amelia.jones@student.ucl.example', 'Practicum-demo-2026');
    const offers = await api.gql(
      `{ offers(first: 20, filter: { text: "cleanroom CAR-T" }) { edges { node { title company { name } slots { capacity } virtualTwin { format } } } } }`,
      {},
      student,
    );
    expect(offers.data.offers.edges[0].node).toMatchObject({
      title: 'CAR-T manufacturing cleanroom visit',
      company: { name: 'Vecura' },
      virtualTwin: { format: 'LIVE_STREAM' },
    });
    const requests = await api.gql(`{ partnerRequests { edges { node { headcount program { name } } } } }`, {}, token);
    expect(requests.data.partnerRequests.edges.length).toBeGreaterThanOrEqual(1);
  });
});
