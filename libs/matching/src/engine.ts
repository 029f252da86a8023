/*
 * The allocation core shared by allocate() and the CLI's fast reader: ids are already interned to
 * integers and validated. See allocate.ts for the semantics of ties and reserves; here a placement
 * with reserved seats keeps two max-heaps of ranks (open, then reserved) in one shared buffer, and a
 * proposal that loses its open seat falls through to the reserved heap. The proposal loop
 * allocates nothing.
 */

/** The student-optimal stable matching of an instance. */
export interface MatchingResult {
  /** Every placement (input order) to its students, in the placement's (tie-broken) order. */
  assignments: Record<string, string[]>;
  /** Students placed nowhere, in input order. */
  unassigned: string[];
  /** The lottery seed used (given or drawn). */
  seed: number;
  /** Whether some tie actually had to be broken by the lottery. */
  lotteryUsed: boolean;
  /** For placements that declare a reserve: the students holding reserved seats, in list order. */
  reserveHolders: Record<string, string[]>;
}

/** @internal An instance interned to integers, ready for deferred acceptance. */
export interface CompiledInstance {
  studentIds: string[];
  placementIds: string[];
  /** Student s's applications are entries studentStart[s]..studentStart[s+1]. */
  studentStart: Int32Array;
  entryPlacement: Int32Array;
  /** Rank of the student in the entry's placement list, or -1 when the placement does not list her. */
  entryRank: Int32Array;
  /** Placement p's strict list is prefStudent[listStart[p]..listStart[p+1]]. */
  listStart: Int32Array;
  prefStudent: Int32Array;
  /** 1 when prefStudent[i] belongs to the reserve group of that placement; null without reserves. */
  inGroup: Uint8Array | null;
  openCapacity: Int32Array;
  reservedCapacity: Int32Array;
  hasReserve: Uint8Array;
  seed: number;
  lotteryUsed: boolean;
}

/** @internal Sets an own property, even one named __proto__. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * @internal For every application, the applicant's rank in the placement's list, or -1 when the
 * placement does not list her. The placement lists are transposed by student (counting sort), so
 * this is linear and touches memory mostly in order; scanning each student's list per entry
 * instead is twice as slow at 50k students (cache misses). Student lists must not contain
 * duplicates.
 */
export function linkRanks(
  nS: number,
  nP: number,
  studentStart: Int32Array,
  entryPlacement: Int32Array,
  listStart: Int32Array,
  prefStudent: Int32Array,
): Int32Array {
  const listTotal = listStart[nP];
  const bucketStart = new Int32Array(nS + 1);
  for (let i = 0; i < listTotal; i++) bucketStart[prefStudent[i] + 1]++;
  for (let s = 0; s < nS; s++) bucketStart[s + 1] += bucketStart[s];
  const cursor = bucketStart.slice(0, nS);
  const bucketPlacement = new Int32Array(listTotal);
  const bucketRank = new Int32Array(listTotal);
  for (let p = 0; p < nP; p++) {
    const start = listStart[p];
    for (let i = start; i < listStart[p + 1]; i++) {
      const b = cursor[prefStudent[i]]++;
      bucketPlacement[b] = p;
      bucketRank[b] = i - start;
    }
  }
  const entryRank = new Int32Array(studentStart[nS]).fill(-1);
  const stamp = new Int32Array(nP).fill(-1);
  const entryOf = new Int32Array(nP);
  for (let s = 0; s < nS; s++) {
    for (let e = studentStart[s]; e < studentStart[s + 1]; e++) {
      const p = entryPlacement[e];
      stamp[p] = s;
      entryOf[p] = e;
    }
    for (let b = bucketStart[s]; b < bucketStart[s + 1]; b++) {
      const p = bucketPlacement[b];
      if (stamp[p] === s) entryRank[entryOf[p]] = bucketRank[b];
    }
  }
  return entryRank;
}

function siftDown(heap: Int32Array, base: number, size: number, value: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[base + child + 1] > heap[base + child]) child++;
    const c = heap[base + child];
    if (c <= value) break;
    heap[base + i] = c;
    i = child;
  }
  heap[base + i] = value;
}

function siftUp(heap: Int32Array, base: number, index: number, value: number): void {
  let i = index;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const v = heap[base + parent];
    if (v >= value) break;
    heap[base + i] = v;
    i = parent;
  }
  heap[base + i] = value;
}

interface Held {
  heap: Int32Array;
  heapStart: Int32Array;
  openSize: Int32Array;
  reservedSize: Int32Array;
}

const ACCEPTED = -1;

function deferredAcceptance(c: CompiledInstance): Held {
  const nS = c.studentIds.length;
  const nP = c.placementIds.length;
  const { studentStart, entryPlacement, entryRank, listStart, prefStudent, inGroup, openCapacity, reservedCapacity } =
    c;
  const heapStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) heapStart[p + 1] = heapStart[p] + openCapacity[p] + reservedCapacity[p];
  const heap = new Int32Array(heapStart[nP]);
  const openSize = new Int32Array(nP);
  const reservedSize = new Int32Array(nP);
  const next = studentStart.slice(0, nS);
  const free = new Int32Array(nS);
  let top = 0;
  for (let s = nS - 1; s >= 0; s--) free[top++] = s;

  // Reserved heap keys rank group members before everyone else: key = rank (+ list length if not in group).
  const offerReserved = (p: number, rank: number): number => {
    const base = heapStart[p];
    const capOpen = openCapacity[p];
    let candidate = rank;
    if (openSize[p] < capOpen) {
      siftUp(heap, base, openSize[p]++, rank);
      return ACCEPTED;
    }
    if (capOpen > 0 && rank < heap[base]) {
      candidate = heap[base];
      siftDown(heap, base, capOpen, rank);
    }
    const len = listStart[p + 1] - listStart[p];
    const key = inGroup![listStart[p] + candidate] === 1 ? candidate : candidate + len;
    const rbase = base + capOpen;
    const n = reservedSize[p];
    if (n < reservedCapacity[p]) {
      siftUp(heap, rbase, n, key);
      reservedSize[p] = n + 1;
      return ACCEPTED;
    }
    if (n > 0 && key < heap[rbase]) {
      const out = heap[rbase];
      siftDown(heap, rbase, n, key);
      return out >= len ? out - len : out;
    }
    return candidate;
  };

  while (top > 0) {
    const s = free[--top];
    const end = studentStart[s + 1];
    let e = next[s];
    for (; e < end; e++) {
      const rank = entryRank[e];
      if (rank < 0) continue;
      const p = entryPlacement[e];
      let rejected: number;
      if (c.hasReserve[p] === 0 || reservedCapacity[p] === 0) {
        const base = heapStart[p];
        const cap = openCapacity[p];
        const n = openSize[p];
        if (n < cap) {
          siftUp(heap, base, n, rank);
          openSize[p] = n + 1;
          rejected = ACCEPTED;
        } else if (cap > 0 && rank < heap[base]) {
          rejected = heap[base];
          siftDown(heap, base, cap, rank);
        } else continue;
      } else {
        rejected = offerReserved(p, rank);
        if (rejected === rank) continue;
      }
      if (rejected !== ACCEPTED) free[top++] = prefStudent[listStart[p] + rejected];
      break;
    }
    next[s] = e + 1;
  }
  return { heap, heapStart, openSize, reservedSize };
}

function decode(c: CompiledInstance, held: Held): MatchingResult {
  const { placementIds, studentIds, listStart, prefStudent, openCapacity, hasReserve } = c;
  const { heap, heapStart, openSize, reservedSize } = held;
  const nP = placementIds.length;
  const matched = new Uint8Array(studentIds.length);
  const assignments: Record<string, string[]> = {};
  const reserveHolders: Record<string, string[]> = {};
  const scratch = new Int32Array(heap.length);
  const namesOf = (p: number, ranks: Int32Array): string[] => {
    ranks.sort();
    const names = new Array<string>(ranks.length);
    for (let i = 0; i < ranks.length; i++) {
      const s = prefStudent[listStart[p] + ranks[i]];
      matched[s] = 1;
      names[i] = studentIds[s];
    }
    return names;
  };
  for (let p = 0; p < nP; p++) {
    const base = heapStart[p];
    const len = listStart[p + 1] - listStart[p];
    const nOpen = openSize[p];
    const nRes = reservedSize[p];
    const ranks = scratch.subarray(base, base + nOpen + nRes);
    ranks.set(heap.subarray(base, base + nOpen));
    for (let i = 0; i < nRes; i++) {
      const key = heap[base + openCapacity[p] + i];
      ranks[nOpen + i] = key >= len ? key - len : key;
    }
    if (hasReserve[p] === 1) setOwn(reserveHolders, placementIds[p], namesOf(p, ranks.slice(nOpen)));
    setOwn(assignments, placementIds[p], namesOf(p, ranks));
  }
  const unassigned: string[] = [];
  for (let s = 0; s < studentIds.length; s++) if (matched[s] === 0) unassigned.push(studentIds[s]);
  return { assignments, unassigned, seed: c.seed, lotteryUsed: c.lotteryUsed, reserveHolders };
}

/** @internal Runs deferred acceptance on an interned instance. */
export function solve(compiled: CompiledInstance): MatchingResult {
  return decode(compiled, deferredAcceptance(compiled));
}
