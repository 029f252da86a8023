import { GqlClient } from './gql';
import { PASSWORD, registerOrganization, Registered, uniq, verify } from './factories';

const must = <T = any>(res: { data?: any; errors?: unknown }, field: string): T => {
  if (res.errors) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
  return res.data[field];
};

export const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86400000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export async function createProgram(
  api: GqlClient,
  token: string,
  level = 'MSC',
  name = uniq('Program'),
): Promise<string> {
  const res = await api.gql(
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    { input: { name, level, topics: ['GMP'], cohortSize: 30, termStart: '2027-01-01', termEnd: '2027-12-31' } },
    token,
  );
  return must(res, 'createProgram').id;
}

export async function registerStudent(
  api: GqlClient,
  universityId: string,
  programId: string,
): Promise<{ token: string; id: string }> {
  const res = await api.gql(
    `mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { accessToken member { id } } }`,
    {
      input: {
        universityId,
        programId,
        email: `${uniq('student')}@uni.example`,
        fullName: 'Test Student',
        password: PASSWORD,
      },
    },
  );
  const p = must(res, 'registerStudent');
  return { token: p.accessToken, id: p.member.id };
}

export async function createFacility(
  api: GqlClient,
  token: string,
  at = { latitude: 59.2225, longitude: 17.9386, city: 'Huddinge', country: 'SE' },
): Promise<string> {
  const res = await api.gql(
    `mutation($input: FacilityInput!) { createFacility(input: $input) { id } }`,
    {
      input: {
        name: uniq('GMP suite'),
        kind: 'GMP_CLEANROOM',
        address: 'Hälsovägen 7',
        ...at,
        requirements: ['GOWNING_QUALIFICATION'],
      },
    },
    token,
  );
  return must(res, 'createFacility').id;
}

export interface OfferOptions {
  kind?: 'INTERNSHIP' | 'SITE_VISIT';
  title?: string;
  description?: string;
  topics?: string[];
  eligibleLevels?: string[];
  capacities?: number[];
  virtualTwin?: { format: string; capacity?: number; joinUrl: string } | null;
  allocation?: 'FIRST_COME' | 'MATCH_ROUND';
  priorityGroup?: { name: string; programIds?: string[]; universityIds?: string[]; reservedSeats: number };
  publish?: boolean;
  deadlineDays?: number;
}

export async function createOffer(
  api: GqlClient,
  token: string,
  facilityId: string,
  o: OfferOptions = {},
): Promise<{ id: string; slotIds: string[] }> {
  const capacities = o.capacities ?? [4];
  const deadline = o.deadlineDays ?? 10;
  const res = await api.gql(
    `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id status slots { id } } }`,
    {
      input: {
        facilityId,
        kind: o.kind ?? 'SITE_VISIT',
        title: o.title ?? uniq('Cleanroom visit'),
        description: o.description ?? 'A guided visit of our GMP cleanroom with gowning.',
        topics: o.topics ?? ['GMP', 'ASEPTIC_PROCESSING'],
        eligibleLevels: o.eligibleLevels ?? ['MSC', 'PHD'],
        applicationDeadline: inDays(deadline),
        allocation: o.allocation ?? 'FIRST_COME',
        slots: capacities.map((capacity, i) => ({
          startsAt: inDays(deadline + 5 + i),
          endsAt: inDays(deadline + 5 + i, 15),
          capacity,
        })),
        virtualTwin: o.virtualTwin === undefined ? undefined : o.virtualTwin,
        priorityGroup: o.priorityGroup,
      },
    },
    token,
  );
  const offer = must(res, 'createOffer');
  if (o.publish !== false)
    must(
      await api.gql(`mutation($id: ID!) { publishOffer(id: $id) { status } }`, { id: offer.id }, token),
      'publishOffer',
    );
  return { id: offer.id, slotIds: offer.slots.map((s: { id: string }) => s.id) };
}

export interface Market {
  companyX: Registered;
  companyY: Registered;
  uniA: Registered;
  uniB: Registered;
  programA: string;
  programB: string;
  bscProgramA: string;
  studentA: { token: string; id: string };
  studentB: { token: string; id: string };
  bscStudentA: { token: string; id: string };
  facilityX: string;
}

/** Two verified companies, two verified universities with programs and students. */
export async function buildMarket(api: GqlClient): Promise<Market> {
  const [companyX, companyY, uniA, uniB] = await Promise.all([
    registerOrganization(api, 'COMPANY', uniq('Vecura')),
    registerOrganization(api, 'COMPANY', uniq('Procella')),
    registerOrganization(api, 'UNIVERSITY', uniq('UCL')),
    registerOrganization(api, 'UNIVERSITY', uniq('Karolinska')),
  ]);
  for (const org of [companyX, companyY, uniA, uniB]) await verify(api, org.organizationId);
  const [programA, bscProgramA, programB] = await Promise.all([
    createProgram(api, uniA.token, 'MSC'),
    createProgram(api, uniA.token, 'BSC'),
    createProgram(api, uniB.token, 'MSC'),
  ]);
  const [studentA, studentB, bscStudentA, facilityX] = await Promise.all([
    registerStudent(api, uniA.organizationId, programA),
    registerStudent(api, uniB.organizationId, programB),
    registerStudent(api, uniA.organizationId, bscProgramA),
    createFacility(api, companyX.token),
  ]);
  return {
    companyX,
    companyY,
    uniA,
    uniB,
    programA,
    programB,
    bscProgramA,
    studentA,
    studentB,
    bscStudentA,
    facilityX,
  };
}
