import fc from 'fast-check';
import { MatchingInputError } from './errors';
import {
  DEFAULT_RECOMMENDATION_WEIGHTS,
  haversineKm,
  OfferProfile,
  rankRecommendations,
  rankRequestsForOffer,
  RequestProfile,
  ScoreFactor,
  scoreOffer,
} from './recommend';

const LONDON = { lat: 51.5246, lon: -0.134 };
const STEVENAGE = { lat: 51.9017, lon: -0.2019 };
const STOCKHOLM = { lat: 59.3293, lon: 18.0686 };

const request = (overrides: Partial<RequestProfile> = {}): RequestProfile => ({
  id: 'req-ucl',
  kind: 'SITE_VISIT',
  topics: ['GMP', 'QC/QA', 'closed bioreactors', 'regulatory'],
  level: 'MSC',
  headcount: 12,
  windowStart: '2025-03-01',
  windowEnd: '2025-03-31',
  maxDistanceKm: 100,
  virtualAcceptable: true,
  universityLocation: LONDON,
  ...overrides,
});

const offer = (overrides: Partial<OfferProfile> = {}): OfferProfile => ({
  id: 'offer-cgt',
  kind: 'SITE_VISIT',
  topics: ['GMP', 'qc/qa', 'Closed bioreactors', 'CAR-T'],
  eligibleLevels: ['MSC', 'PHD'],
  dates: [{ start: '2025-03-10T09:00:00Z', end: '2025-03-10T15:00:00Z' }],
  onsiteFreeSeats: 20,
  virtualTwin: { capacity: null },
  facility: { ...STEVENAGE, requirements: ['GOWNING_QUALIFICATION', 'NDA'] },
  ...overrides,
});

const factor = (factors: ScoreFactor[], name: ScoreFactor['factor']): ScoreFactor =>
  factors.find((f) => f.factor === name)!;

describe('scoreOffer', () => {
  it('explains every factor of an eligible pair', () => {
    const result = scoreOffer(request(), offer());
    expect(result.eligible).toBe(true);
    expect(result.factors.map((f) => f.factor)).toEqual([
      'kind',
      'topics',
      'level',
      'dates',
      'capacity',
      'distance',
      'requirements',
    ]);
    expect(factor(result.factors, 'topics')).toMatchObject({
      value: 0.75,
      hard: false,
      reason: 'covers 3 of 4 requested topics: GMP, QC/QA, closed bioreactors; missing: regulatory',
    });
    expect(factor(result.factors, 'requirements').reason).toBe('2 entry requirements: gowning qualification, NDA');
    expect(factor(result.factors, 'distance').reason).toBe('42 km away, within the 100 km limit');
    expect(factor(result.factors, 'capacity').reason).toBe('all 12 onsite (20 free seats)');
    expect(factor(result.factors, 'dates').reason).toBe(
      '1 of 1 session falls inside the window 2025-03-01 to 2025-03-31',
    );
    const w = DEFAULT_RECOMMENDATION_WEIGHTS;
    const expected =
      result.factors.reduce((sum, f) => sum + f.weight * f.value, 0) /
      (w.kind + w.topics + w.level + w.dates + w.capacity + w.distance + w.requirements);
    expect(result.score).toBeCloseTo(100 * expected, 1);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(100);
  });

  it('scores a perfect offer 100', () => {
    const perfect = offer({ topics: request().topics, facility: { ...LONDON, requirements: [] } });
    expect(scoreOffer(request(), perfect).score).toBe(100);
  });

  it('fails the study level hard, but still explains everything', () => {
    const result = scoreOffer(request({ level: 'BSC' }), offer());
    expect(result).toMatchObject({ eligible: false, score: 0 });
    expect(factor(result.factors, 'level')).toMatchObject({
      hard: true,
      passed: false,
      reason: 'offer is for MSC, PHD students, not BSC',
    });
    expect(factor(result.factors, 'topics').value).toBe(0.75);
    expect(scoreOffer(request({ level: 'BSC' }), offer({ eligibleLevels: [] })).eligible).toBe(true);
  });

  it('fails the kind hard', () => {
    const result = scoreOffer(request({ kind: 'INTERNSHIP' }), offer());
    expect(result.eligible).toBe(false);
    expect(factor(result.factors, 'kind').reason).toBe('an internship was requested but the offer is a site visit');
  });

  it('fails dates outside the window hard and rates partial overlaps', () => {
    const outside = scoreOffer(request(), offer({ dates: [{ start: '2025-04-02', end: '2025-04-02' }] }));
    expect(outside.eligible).toBe(false);
    expect(factor(outside.factors, 'dates')).toMatchObject({
      passed: false,
      reason: 'none of the 1 session overlaps the window 2025-03-01 to 2025-03-31',
    });
    const internship = offer({
      kind: 'INTERNSHIP',
      dates: [
        { start: '2025-03-22', end: '2025-04-30' },
        { start: '2025-06-01', end: '2025-08-31' },
      ],
    });
    const partial = scoreOffer(request({ kind: 'INTERNSHIP' }), internship);
    expect(partial.eligible).toBe(true);
    expect(factor(partial.factors, 'dates').value).toBeCloseTo(10 / 40, 2);
    expect(factor(partial.factors, 'dates').reason).toBe(
      '1 of 2 positions overlaps the window 2025-03-01 to 2025-03-31 (at best 25% of it inside)',
    );
    expect(factor(scoreOffer(request(), offer({ dates: [] })).factors, 'dates')).toMatchObject({
      passed: false,
      reason: 'no session is scheduled',
    });
  });

  it('counts the last day of a date-only window', () => {
    const lastDay = offer({ dates: [{ start: '2025-03-31T16:00:00Z', end: '2025-03-31T18:00:00Z' }] });
    expect(scoreOffer(request(), lastDay).eligible).toBe(true);
  });

  it('lets the virtual twin cover the rest of the cohort when virtual is acceptable', () => {
    const some = offer({ onsiteFreeSeats: 8, virtualTwin: { capacity: 10 } });
    const result = factor(scoreOffer(request(), some).factors, 'capacity');
    expect(result).toMatchObject({ passed: true, reason: '8 of 12 onsite, 4 in the virtual twin' });
    expect(result.value).toBeCloseTo((8 + 0.5 * 4) / 12);
    const noVirtual = factor(scoreOffer(request({ virtualAcceptable: false }), some).factors, 'capacity');
    expect(noVirtual.reason).toBe('8 of 12 onsite; 4 would be waitlisted (virtual is not acceptable)');
    expect(noVirtual.value).toBeCloseTo(8 / 12);
    const smallTwin = factor(
      scoreOffer(request(), offer({ onsiteFreeSeats: 8, virtualTwin: { capacity: 1 } })).factors,
      'capacity',
    );
    expect(smallTwin.reason).toBe(
      '8 of 12 onsite, 1 in the virtual twin; 3 would be waitlisted (the virtual twin has 1 seat)',
    );
  });

  it('fails capacity hard only when nobody can be placed', () => {
    expect(scoreOffer(request(), offer({ onsiteFreeSeats: 0, virtualTwin: null })).eligible).toBe(false);
    const virtualOnly = scoreOffer(request(), offer({ onsiteFreeSeats: 0 }));
    expect(virtualOnly.eligible).toBe(true);
    expect(factor(virtualOnly.factors, 'capacity').value).toBe(0.5);
  });

  it('fails distance hard unless the cohort can go virtual', () => {
    const far = offer({ facility: { ...STOCKHOLM, requirements: [] } });
    const virtual = scoreOffer(request(), far);
    expect(virtual.eligible).toBe(true);
    expect(factor(virtual.factors, 'distance')).toMatchObject({ hard: false, passed: false, value: 0 });
    expect(factor(virtual.factors, 'distance').reason).toMatch(
      /^1,4\d\d km away, beyond the 100 km limit; the cohort can join the virtual twin$/,
    );
    expect(scoreOffer(request({ virtualAcceptable: false }), far).eligible).toBe(false);
    expect(scoreOffer(request(), { ...far, virtualTwin: null }).eligible).toBe(false);
    expect(factor(scoreOffer(request({ maxDistanceKm: null }), far).factors, 'distance')).toMatchObject({
      value: 1,
      passed: true,
    });
  });

  it('prefers fewer entry requirements', () => {
    const values = [
      [],
      ['NDA'],
      ['NDA', 'VACCINATION'],
      ['NDA', 'VACCINATION', 'MINIMUM_AGE', 'GOWNING_QUALIFICATION'],
    ].map(
      (requirements) =>
        factor(scoreOffer(request(), offer({ facility: { ...STEVENAGE, requirements } })).factors, 'requirements')
          .value,
    );
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
    const none = factor(
      scoreOffer(request(), offer({ facility: { ...STEVENAGE, requirements: [] } })).factors,
      'requirements',
    );
    expect(none.reason).toBe('no entry requirements');
  });

  it('uses the given weights', () => {
    const topicsOnly = {
      ...DEFAULT_RECOMMENDATION_WEIGHTS,
      kind: 0,
      level: 0,
      dates: 0,
      capacity: 0,
      distance: 0,
      requirements: 0,
    };
    expect(scoreOffer(request(), offer(), topicsOnly).score).toBe(75);
    expect(() => scoreOffer(request(), offer(), { ...topicsOnly, topics: 0 })).toThrow(MatchingInputError);
    expect(() => scoreOffer(request(), offer(), { ...topicsOnly, topics: -1 })).toThrow(MatchingInputError);
  });

  it('rejects invalid dates and headcounts', () => {
    expect(() => scoreOffer(request({ windowStart: 'soon' }), offer())).toThrow(/windowStart is not a valid date/);
    expect(() => scoreOffer(request({ windowEnd: '2025-01-01' }), offer())).toThrow(/windowEnd is before windowStart/);
    expect(() => scoreOffer(request({ headcount: 0 }), offer())).toThrow(/headcount/);
  });

  it('measures distances on the sphere', () => {
    expect(haversineKm(LONDON, LONDON)).toBe(0);
    expect(haversineKm(LONDON, STOCKHOLM)).toBeCloseTo(1435, -1);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 3);
  });
});

describe('ranking', () => {
  const offers: OfferProfile[] = [
    offer({ id: 'c', topics: ['GMP'] }),
    offer({ id: 'a', topics: ['GMP'] }),
    offer({ id: 'b', topics: ['GMP', 'QC/QA', 'closed bioreactors', 'regulatory'] }),
    offer({ id: 'z', eligibleLevels: ['PHD'] }),
  ];

  it('sorts by score, then offer id, and drops ineligible offers unless asked', () => {
    expect(rankRecommendations(request(), offers).map((r) => r.offerId)).toEqual(['b', 'a', 'c']);
    expect(rankRecommendations(request(), offers, DEFAULT_RECOMMENDATION_WEIGHTS, 2).map((r) => r.offerId)).toEqual([
      'b',
      'a',
    ]);
    const all = rankRecommendations(request(), offers, DEFAULT_RECOMMENDATION_WEIGHTS, Infinity, {
      includeIneligible: true,
    });
    expect(all.map((r) => [r.offerId, r.eligible])).toEqual([
      ['b', true],
      ['a', true],
      ['c', true],
      ['z', false],
    ]);
    expect(all[0].requestId).toBe('req-ucl');
  });

  it('is deterministic whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(offers, { minLength: offers.length }), (shuffled) => {
        expect(rankRecommendations(request(), shuffled)).toEqual(rankRecommendations(request(), offers));
      }),
    );
  });

  it('ranks requests for an offer, mirrored', () => {
    const requests = [
      request({ id: 'r2', topics: ['GMP'] }),
      request({ id: 'r1', topics: ['GMP'] }),
      request({ id: 'r0', topics: ['CAR-T'] }),
      request({ id: 'rx', level: 'BSC' }),
    ];
    const ranked = rankRequestsForOffer(offer(), requests);
    expect(ranked.map((r) => r.requestId)).toEqual(['r0', 'r1', 'r2']);
    expect(ranked.every((r) => r.offerId === 'offer-cgt')).toBe(true);
  });
});
