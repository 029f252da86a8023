/*
 * Slow, obviously-correct reference implementations for the matching tests: a choice rule per
 * placement, a stability checker, a naive deferred acceptance and a brute-force enumeration of
 * all stable matchings. They work on strict instances (ties already broken).
 */
import type { MatchingInstance, PreferenceTier } from '../src/allocate';

export interface StrictPlacement {
  capacity: number;
  prefs: string[];
  reserveSeats: number;
  group: Set<string>;
}

export interface StrictInstance {
  students: Map<string, string[]>;
  placements: Map<string, StrictPlacement>;
}

/** Student to placement (or undefined). */
export type Matching = Map<string, string | undefined>;

/** Strict view of an instance, ties ordered by the given lottery (best first). */
export function strictify(instance: MatchingInstance, lottery: readonly string[] = []): StrictInstance {
  const position = new Map(lottery.map((id, i) => [id, i]));
  const flatten = (prefs: readonly PreferenceTier[]): string[] =>
    prefs.flatMap((tier) =>
      typeof tier === 'string' ? [tier] : [...tier].sort((a, b) => position.get(a)! - position.get(b)!),
    );
  return {
    students: new Map(Object.entries(instance.students).map(([s, list]) => [s, [...list]])),
    placements: new Map(
      Object.entries(instance.placements).map(([p, spec]) => [
        p,
        {
          capacity: spec.capacity,
          prefs: flatten(spec.prefs),
          reserveSeats: spec.reserve?.seats ?? 0,
          group: new Set(spec.reserve?.group ?? []),
        },
      ]),
    ),
  };
}

/**
 * The placement's choice from a set of applicants: open seats take the best by list, then
 * reserved seats take group members first (by list), then anyone left.
 */
export function choose(placement: StrictPlacement, applicants: Iterable<string>): Set<string> {
  const rank = (s: string): number => placement.prefs.indexOf(s);
  const acceptable = [...applicants].filter((s) => rank(s) >= 0).sort((a, b) => rank(a) - rank(b));
  const openSeats = placement.capacity - placement.reserveSeats;
  const chosen = acceptable.slice(0, openSeats);
  const rest = acceptable.slice(openSeats);
  const reservedOrder = [...rest.filter((s) => placement.group.has(s)), ...rest.filter((s) => !placement.group.has(s))];
  return new Set([...chosen, ...reservedOrder.slice(0, placement.reserveSeats)]);
}

function holders(matching: Matching, placement: string): string[] {
  return [...matching].filter(([, p]) => p === placement).map(([s]) => s);
}

/** Reasons the matching is not individually rational or not stable; empty when it is stable. */
export function instabilities(instance: StrictInstance, matching: Matching): string[] {
  const problems: string[] = [];
  for (const [p, placement] of instance.placements) {
    const held = holders(matching, p);
    if (held.length > placement.capacity) problems.push(`${p} over capacity`);
    for (const s of held) {
      if (!placement.prefs.includes(s)) problems.push(`${p} holds unlisted ${s}`);
      if (!instance.students.get(s)?.includes(p)) problems.push(`${s} holds unlisted ${p}`);
    }
  }
  for (const [s, list] of instance.students) {
    const current = matching.get(s);
    const limit = current === undefined ? list.length : list.indexOf(current);
    for (const p of list.slice(0, limit)) {
      const placement = instance.placements.get(p)!;
      if (choose(placement, [...holders(matching, p), s]).has(s)) problems.push(`blocking pair ${s}-${p}`);
    }
  }
  return problems;
}

/** Deferred acceptance recomputing each placement's choice from scratch at every step. */
export function naiveDeferredAcceptance(instance: StrictInstance): Matching {
  const next = new Map([...instance.students.keys()].map((s) => [s, 0]));
  const held = new Map([...instance.placements.keys()].map((p) => [p, new Set<string>()]));
  const free = [...instance.students.keys()];
  while (free.length > 0) {
    const s = free.pop()!;
    const list = instance.students.get(s)!;
    const i = next.get(s)!;
    if (i >= list.length) continue;
    next.set(s, i + 1);
    const p = list[i];
    const placement = instance.placements.get(p)!;
    const chosen = choose(placement, [...held.get(p)!, s]);
    for (const x of [...held.get(p)!, s]) if (!chosen.has(x)) free.push(x);
    held.set(p, chosen);
  }
  const matching: Matching = new Map([...instance.students.keys()].map((s) => [s, undefined]));
  for (const [p, set] of held) for (const s of set) matching.set(s, p);
  return matching;
}

/** Every stable matching, by enumerating each student's mutually acceptable options. */
export function allStableMatchings(instance: StrictInstance): Matching[] {
  const students = [...instance.students.keys()];
  const options = students.map((s) => [
    undefined,
    ...instance.students.get(s)!.filter((p) => instance.placements.get(p)!.prefs.includes(s)),
  ]);
  const found: Matching[] = [];
  const count = new Map<string, number>();
  const current: Matching = new Map();
  const visit = (i: number): void => {
    if (i === students.length) {
      if (instabilities(instance, current).length === 0) found.push(new Map(current));
      return;
    }
    for (const p of options[i]) {
      if (p !== undefined) {
        const n = count.get(p) ?? 0;
        if (n >= instance.placements.get(p)!.capacity) continue;
        count.set(p, n + 1);
      }
      current.set(students[i], p);
      visit(i + 1);
      if (p !== undefined) count.set(p, count.get(p)! - 1);
    }
  };
  visit(0);
  return found;
}

/** The matching described by a result's assignments. */
export function matchingOf(instance: StrictInstance, assignments: Record<string, string[]>): Matching {
  const matching: Matching = new Map([...instance.students.keys()].map((s) => [s, undefined]));
  for (const [p, list] of Object.entries(assignments)) for (const s of list) matching.set(s, p);
  return matching;
}
