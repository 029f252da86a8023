/*
 * Explained scoring of a university partner request against a company offer. A score is the
 * weighted mean of factor values (0..1) scaled to 0..100; when any hard factor fails the pair is
 * ineligible and scores 0, but every factor is still computed and explained.
 */
import { MatchingInputError } from './errors';

/** What a company posts. */
export type OfferKind = 'INTERNSHIP' | 'SITE_VISIT';
/** Level of a university program. */
export type StudyLevel = 'BSC' | 'MSC' | 'PHD' | 'PROFESSIONAL';
/** A Date or an ISO-8601 string; a date-only `windowEnd` ("2025-03-31") includes that whole day (UTC). */
export type DateInput = Date | string;

/** A point on Earth in decimal degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A session (site visit) or position (internship) period, both ends inclusive. */
export interface DateInterval {
  start: DateInput;
  end: DateInput;
}

/** The parts of a partner request that scoring looks at. */
export interface RequestProfile {
  id: string;
  kind: OfferKind;
  topics: readonly string[];
  level: StudyLevel;
  /** Number of students to place (positive integer). */
  headcount: number;
  windowStart: DateInput;
  windowEnd: DateInput;
  /** Largest acceptable travel distance; null or undefined = no limit. */
  maxDistanceKm?: number | null;
  virtualAcceptable: boolean;
  universityLocation: GeoPoint;
}

/** The parts of an offer that scoring looks at. */
export interface OfferProfile {
  id: string;
  kind: OfferKind;
  topics: readonly string[];
  /** Levels the offer accepts; empty = every level. */
  eligibleLevels: readonly StudyLevel[];
  dates: readonly DateInterval[];
  onsiteFreeSeats: number;
  /** The virtual alternative; capacity null = unlimited; null = no twin. */
  virtualTwin: { capacity: number | null } | null;
  facility: GeoPoint & { requirements: readonly string[] };
}

/** Names of the scoring factors. */
export type FactorName = 'kind' | 'topics' | 'level' | 'dates' | 'capacity' | 'distance' | 'requirements';

/** One explained part of a score. */
export interface ScoreFactor {
  factor: FactorName;
  /** The configured weight of this factor. */
  weight: number;
  /** How well the pair does on this factor, 0..1. */
  value: number;
  /** A failed hard factor makes the pair ineligible. */
  hard: boolean;
  passed: boolean;
  reason: string;
}

/** The score of one request/offer pair. */
export interface ScoreResult {
  /** 0..100, one decimal; 0 when ineligible. */
  score: number;
  eligible: boolean;
  factors: ScoreFactor[];
}

/** A scored pair, as returned by the ranking functions. */
export interface Recommendation extends ScoreResult {
  requestId: string;
  offerId: string;
}

/** Factor weights (non-negative, any scale) and the value of a virtual seat. */
export interface RecommendationWeights {
  kind: number;
  topics: number;
  level: number;
  dates: number;
  capacity: number;
  distance: number;
  requirements: number;
  /** How much a student placed in the virtual twin counts against one placed onsite, 0..1. */
  virtualSeatValue: number;
}

/** Default weights: topic fit and seats matter most. */
export const DEFAULT_RECOMMENDATION_WEIGHTS: Readonly<RecommendationWeights> = Object.freeze({
  kind: 5,
  topics: 35,
  level: 5,
  dates: 15,
  capacity: 20,
  distance: 10,
  requirements: 10,
  virtualSeatValue: 0.5,
});

/** Options of the ranking functions. */
export interface RankOptions {
  /** Keep ineligible pairs (after all eligible ones); default false. */
  includeIneligible?: boolean;
}

const FACTOR_NAMES: readonly FactorName[] = [
  'kind',
  'topics',
  'level',
  'dates',
  'capacity',
  'distance',
  'requirements',
];
const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const REQUIREMENT_LABELS: Readonly<Record<string, string>> = {
  GOWNING_QUALIFICATION: 'gowning qualification',
  VACCINATION: 'vaccination',
  NDA: 'NDA',
  MINIMUM_AGE: 'minimum age',
};

function invalid(message: string): never {
  throw new MatchingInputError('INVALID_ARGUMENT', message);
}

function toTime(value: DateInput, what: string, endOfDay = false): number {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(time)) invalid(`${what} is not a valid date: ${String(value)}`);
  return endOfDay && typeof value === 'string' && DATE_ONLY.test(value) ? time + DAY_MS - 1 : time;
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const kindLabel = (kind: OfferKind): string => (kind === 'SITE_VISIT' ? 'a site visit' : 'an internship');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const normalizeTopic = (topic: string): string => topic.trim().toLowerCase();
const percent = (x: number): string => `${Math.round(x * 100)}%`;

function checkWeights(weights: RecommendationWeights): void {
  let sum = 0;
  for (const name of FACTOR_NAMES) {
    const w = weights[name];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      invalid(`weight "${name}" must be a non-negative number`);
    sum += w;
  }
  if (sum <= 0) invalid('at least one factor weight must be positive');
  const v = weights.virtualSeatValue;
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) invalid('virtualSeatValue must be between 0 and 1');
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Partial = Omit<ScoreFactor, 'weight'>;

function kindFactor(request: RequestProfile, offer: OfferProfile): Partial {
  const passed = request.kind === offer.kind;
  return {
    factor: 'kind',
    value: passed ? 1 : 0,
    hard: true,
    passed,
    reason: passed
      ? `offer is ${kindLabel(offer.kind)} as requested`
      : `${kindLabel(request.kind)} was requested but the offer is ${kindLabel(offer.kind)}`,
  };
}

function topicsFactor(request: RequestProfile, offer: OfferProfile): Partial {
  const offered = new Set(offer.topics.map(normalizeTopic));
  const seen = new Set<string>();
  const covered: string[] = [];
  const missing: string[] = [];
  for (const topic of request.topics) {
    const key = normalizeTopic(topic);
    if (seen.has(key)) continue;
    seen.add(key);
    (offered.has(key) ? covered : missing).push(topic.trim());
  }
  const asked = covered.length + missing.length;
  let reason: string;
  if (asked === 0) reason = 'no topics requested';
  else if (missing.length === 0) reason = `covers all ${plural(asked, 'requested topic')}: ${covered.join(', ')}`;
  else if (covered.length === 0)
    reason = `covers none of the ${plural(asked, 'requested topic')}; missing: ${missing.join(', ')}`;
  else
    reason = `covers ${covered.length} of ${asked} requested topics: ${covered.join(', ')}; missing: ${missing.join(', ')}`;
  return {
    factor: 'topics',
    value: asked === 0 ? 1 : covered.length / asked,
    hard: false,
    passed: asked === 0 || covered.length > 0,
    reason,
  };
}

function levelFactor(request: RequestProfile, offer: OfferProfile): Partial {
  const levels = offer.eligibleLevels;
  const passed = levels.length === 0 || levels.includes(request.level);
  let reason: string;
  if (levels.length === 0) reason = 'open to every study level';
  else if (passed) reason = `${request.level} students are eligible`;
  else reason = `offer is for ${levels.join(', ')} students, not ${request.level}`;
  return { factor: 'level', value: passed ? 1 : 0, hard: true, passed, reason };
}

function datesFactor(request: RequestProfile, offer: OfferProfile): Partial {
  const from = toTime(request.windowStart, 'windowStart');
  const to = toTime(request.windowEnd, 'windowEnd', true);
  if (to < from) invalid(`request ${request.id}: windowEnd is before windowStart`);
  const unit = offer.kind === 'SITE_VISIT' ? 'session' : 'position';
  const window = `the window ${isoDay(from)} to ${isoDay(to)}`;
  let overlapping = 0;
  let inside = 0;
  let best = 0;
  offer.dates.forEach((interval, i) => {
    const start = toTime(interval.start, `offer ${offer.id} date ${i} start`);
    const end = toTime(interval.end, `offer ${offer.id} date ${i} end`, true);
    if (end < start) invalid(`offer ${offer.id}: date ${i} ends before it starts`);
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap < 0) return;
    overlapping++;
    const share = end === start ? 1 : overlap / (end - start);
    if (share >= 1) inside++;
    best = Math.max(best, share);
  });
  const total = offer.dates.length;
  let reason: string;
  if (total === 0) reason = `no ${unit} is scheduled`;
  else if (overlapping === 0) reason = `none of the ${plural(total, unit)} overlaps ${window}`;
  else if (inside > 0)
    reason = `${inside} of ${plural(total, unit)} ${inside === 1 ? 'falls' : 'fall'} inside ${window}`;
  else
    reason = `${overlapping} of ${plural(total, unit)} ${overlapping === 1 ? 'overlaps' : 'overlap'} ${window} (at best ${percent(best)} of it inside)`;
  return { factor: 'dates', value: best, hard: true, passed: overlapping > 0, reason };
}

function capacityFactor(request: RequestProfile, offer: OfferProfile, virtualSeatValue: number): Partial {
  const headcount = request.headcount;
  if (!Number.isInteger(headcount) || headcount < 1)
    invalid(`request ${request.id}: headcount must be a positive integer`);
  const free = Math.max(0, Math.floor(offer.onsiteFreeSeats));
  const onsite = Math.min(headcount, free);
  const rest = headcount - onsite;
  const twin = offer.virtualTwin;
  const virtualCapacity = twin ? (twin.capacity ?? Infinity) : 0;
  const virtual = request.virtualAcceptable ? Math.min(rest, Math.max(0, virtualCapacity)) : 0;
  const left = rest - virtual;
  const placed = onsite + virtual;
  let reason =
    rest === 0 ? `all ${headcount} onsite (${plural(free, 'free seat')})` : `${onsite} of ${headcount} onsite`;
  if (virtual > 0) reason += `, ${virtual} in the virtual twin`;
  if (left > 0) {
    const why = !request.virtualAcceptable
      ? 'virtual is not acceptable'
      : !twin
        ? 'the offer has no virtual twin'
        : `the virtual twin has ${plural(virtualCapacity, 'seat')}`;
    reason += `; ${left} would be waitlisted (${why})`;
  }
  return {
    factor: 'capacity',
    value: (onsite + virtualSeatValue * virtual) / headcount,
    hard: true,
    passed: placed > 0,
    reason,
  };
}

function distanceFactor(request: RequestProfile, offer: OfferProfile): Partial {
  const km = haversineKm(request.universityLocation, offer.facility);
  const shown = `${Math.round(km).toLocaleString('en-US')} km away`;
  const limit = request.maxDistanceKm;
  const virtualOut = request.virtualAcceptable && offer.virtualTwin !== null;
  if (limit === null || limit === undefined) {
    return { factor: 'distance', value: 1, hard: false, passed: true, reason: `${shown} (no distance limit)` };
  }
  if (!(limit >= 0)) invalid(`request ${request.id}: maxDistanceKm must be a non-negative number`);
  if (km <= limit) {
    const value = limit === 0 ? 1 : 1 - (0.5 * km) / limit;
    return { factor: 'distance', value, hard: false, passed: true, reason: `${shown}, within the ${limit} km limit` };
  }
  return {
    factor: 'distance',
    value: 0,
    hard: !virtualOut,
    passed: false,
    reason: `${shown}, beyond the ${limit} km limit${virtualOut ? '; the cohort can join the virtual twin' : ''}`,
  };
}

function requirementsFactor(offer: OfferProfile): Partial {
  const labels = [...new Set(offer.facility.requirements)].map(
    (code) => REQUIREMENT_LABELS[code] ?? code.toLowerCase().replace(/_/g, ' '),
  );
  const n = labels.length;
  return {
    factor: 'requirements',
    value: 1 / (1 + n / 2),
    hard: false,
    passed: true,
    reason: n === 0 ? 'no entry requirements' : `${plural(n, 'entry requirement')}: ${labels.join(', ')}`,
  };
}

/**
 * Scores `offer` for `request`: a weighted mean of the factors (kind, topics, level, dates,
 * capacity, distance, requirements) in 0..100, or 0 with eligible=false when a hard factor fails.
 * Throws {@link MatchingInputError} (INVALID_ARGUMENT) on invalid dates, headcount or weights.
 */
export function scoreOffer(
  request: RequestProfile,
  offer: OfferProfile,
  weights: RecommendationWeights = DEFAULT_RECOMMENDATION_WEIGHTS,
): ScoreResult {
  checkWeights(weights);
  const parts: Partial[] = [
    kindFactor(request, offer),
    topicsFactor(request, offer),
    levelFactor(request, offer),
    datesFactor(request, offer),
    capacityFactor(request, offer, weights.virtualSeatValue),
    distanceFactor(request, offer),
    requirementsFactor(offer),
  ];
  let weighted = 0;
  let total = 0;
  let eligible = true;
  const factors = parts.map((part): ScoreFactor => {
    const weight = weights[part.factor];
    weighted += weight * part.value;
    total += weight;
    if (part.hard && !part.passed) eligible = false;
    return {
      factor: part.factor,
      weight,
      value: part.value,
      hard: part.hard,
      passed: part.passed,
      reason: part.reason,
    };
  });
  const score = eligible ? Math.round((1000 * weighted) / total) / 10 : 0;
  return { score, eligible, factors };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rank(
  list: Recommendation[],
  key: (r: Recommendation) => string,
  first: number,
  options: RankOptions,
): Recommendation[] {
  if (!(first >= 0)) invalid('first must be a non-negative number');
  const kept = options.includeIneligible ? list : list.filter((r) => r.eligible);
  kept.sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score || byId(key(a), key(b)));
  return kept.slice(0, first);
}

/**
 * Offers for a request, best first: score descending, ties by offer id (code-unit order), so the
 * result does not depend on the order of `offers`. Returns at most `first` (default all);
 * ineligible offers are left out unless `options.includeIneligible`.
 */
export function rankRecommendations(
  request: RequestProfile,
  offers: readonly OfferProfile[],
  weights: RecommendationWeights = DEFAULT_RECOMMENDATION_WEIGHTS,
  first = Infinity,
  options: RankOptions = {},
): Recommendation[] {
  const scored = offers.map((offer) => ({
    requestId: request.id,
    offerId: offer.id,
    ...scoreOffer(request, offer, weights),
  }));
  return rank(scored, (r) => r.offerId, first, options);
}

/** The mirror of {@link rankRecommendations}: requests for an offer, ties by request id. */
export function rankRequestsForOffer(
  offer: OfferProfile,
  requests: readonly RequestProfile[],
  weights: RecommendationWeights = DEFAULT_RECOMMENDATION_WEIGHTS,
  first = Infinity,
  options: RankOptions = {},
): Recommendation[] {
  const scored = requests.map((request) => ({
    requestId: request.id,
    offerId: offer.id,
    ...scoreOffer(request, offer, weights),
  }));
  return rank(scored, (r) => r.requestId, first, options);
}
