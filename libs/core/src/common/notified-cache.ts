/**
 * What every cache kept correct by PostgreSQL's change notifications shares (the API's listing
 * cache, the sign-in ActorCache): it serves and keeps nothing until the API's change feed listens
 * (`setLive`), forgets everything on each announced change (`invalidate`), and counts those
 * changes, so that a value computed while one arrived is not kept (`isCurrent`).
 */
export abstract class NotifiedCache {
  private generationValue = 0;
  private liveValue = false;

  /** False when its setting turns it off: then nobody listens for it. */
  abstract get enabled(): boolean;

  /** Drops every value held. */
  protected abstract clear(): void;

  /** True while the change feed listens: only then is anything served or kept. */
  get live(): boolean {
    return this.liveValue;
  }

  /** Taken before computing a value, handed back when keeping it. */
  get generation(): number {
    return this.generationValue;
  }

  invalidate(): void {
    this.generationValue++;
    this.clear();
  }

  setLive(live: boolean): void {
    this.invalidate();
    this.liveValue = live;
  }

  /** Whether a value computed at `generation` may be kept: live, and no change announced since. */
  protected isCurrent(generation: number): boolean {
    return this.liveValue && generation === this.generationValue;
  }
}
