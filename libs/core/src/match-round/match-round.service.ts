import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { allocate, MatchingInstance, PlacementSpec, PreferenceTier, randomSeed } from '@practicum/matching';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Application, ApplicationStatus } from '../application/application.entity';
import { ApplicationLifecycle, ApplicationMove } from '../application/application.lifecycle';
import { BadInputError, ConflictError, InvalidTransitionError, NotFoundError } from '../common/domain-error';
import { inTransaction } from '../common/transaction';
import { Actor, isPlatformAdmin, isStaff, requireOrganizationKind, requireStaffOf } from '../common/policy';
import { Offer, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { SeatBatch, SeatLedger } from '../offer/seat-ledger';
import { OrganizationKind } from '../organization/organization.entity';
import { OutboxService } from '../outbox/outbox.service';
import { MatchResultLine, MatchRound, MatchRoundStatus, MatchRunStatus } from './match-round.entity';
import { MatchRoundLifecycle } from './match-round.lifecycle';

const ACTIVE = [ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.WAITLISTED];
const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

export interface RoundInput {
  instance: MatchingInstance;
  applications: Application[];
  offers: Map<string, Offer>;
  freeSeats: Map<string, number>;
}

@Injectable()
export class MatchRoundService {
  constructor(
    @InjectRepository(MatchRound) private readonly rounds: Repository<MatchRound>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly lifecycle: MatchRoundLifecycle,
    private readonly applicationLifecycle: ApplicationLifecycle,
  ) {}

  /**
   * The company that holds the seats creates a round over its match-round offers whose deadline
   * has passed; nobody else can (universities only read the published outcome of their students).
   * The worker runs it.
   */
  async create(actor: Actor, input: { offerIds: string[]; seed?: number | null }): Promise<MatchRound> {
    requireOrganizationKind(actor, OrganizationKind.COMPANY);
    requireStaffOf(actor, actor.organizationId ?? '');
    const offerIds = [...new Set(input.offerIds)];
    const offers = await this.dataSource.getRepository(Offer).findBy({ id: In(offerIds) });
    const visible = offers.filter((o) => o.companyId === actor.organizationId);
    const missing = offerIds.find((id) => !visible.some((o) => o.id === id));
    if (missing) throw new NotFoundError('Offer', missing);
    for (const offer of visible) {
      if (offer.allocation !== SeatAllocation.MATCH_ROUND)
        throw new BadInputError('offerIds', `"${offer.title}" gives seats first come, not by match round`);
      if (offer.applicationDeadline.getTime() > Date.now())
        throw new ConflictError('DEADLINE_NOT_PASSED', `"${offer.title}" is still open: its deadline has not passed`);
      if (offer.status === OfferStatus.DRAFT)
        throw new ConflictError('OFFER_NEVER_PUBLISHED', `"${offer.title}" was never published`);
    }
    const companyId = actor.organizationId!;
    return this.dataSource.transaction(async (manager) => {
      const round = await manager
        .getRepository(MatchRound)
        .save(
          manager
            .getRepository(MatchRound)
            .create({ companyId, createdById: actor.id, offerIds, seed: input.seed ?? randomSeed() }),
        );
      await this.outbox.record(manager, 'match_round.requested', { matchRoundId: round.id });
      return round;
    });
  }

  /** Runs a draft round again (with fresh ranks; the same seed unless a new one is given); also one stuck QUEUED or RUNNING. */
  async rerun(actor: Actor, id: string, seed?: number | null): Promise<MatchRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockOwned(manager, actor, id);
      if (round.status !== MatchRoundStatus.DRAFT)
        throw new InvalidTransitionError('MatchRound', round.status, 'DRAFT');
      const pending = round.runStatus === MatchRunStatus.QUEUED || round.runStatus === MatchRunStatus.RUNNING;
      if (pending && round.updatedAt.getTime() > Date.now() - this.config.MATCH_ROUND_STUCK_AFTER_MS) {
        throw new ConflictError(
          'ROUND_ALREADY_RUNNING',
          'This round is already queued or running; it can be re-run if it makes no progress for MATCH_ROUND_STUCK_AFTER_MS',
        );
      }
      Object.assign(round, { runStatus: MatchRunStatus.QUEUED, progress: 0, error: null, seed: seed ?? round.seed });
      await manager.getRepository(MatchRound).save(round);
      await this.outbox.record(manager, 'match_round.requested', { matchRoundId: round.id });
      return round;
    });
  }

  /**
   * Builds the matching instance: students rank slots by their application rank; each slot ranks
   * its applicants by the company's rank. Applications are grouped by slot in one pass.
   */
  async buildInput(round: MatchRound): Promise<RoundInput> {
    const offers = new Map(
      (await this.dataSource.getRepository(Offer).findBy({ id: In(round.offerIds) })).map((o) => [o.id, o]),
    );
    const slots = await this.dataSource
      .getRepository(OfferSlot)
      .find({ where: { offerId: In(round.offerIds) }, order: { startsAt: 'ASC', id: 'ASC' } });
    const applications = await this.dataSource.getRepository(Application).find({
      where: { offerId: In(round.offerIds), status: In(ACTIVE) },
      order: { rank: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const students: Record<string, string[]> = {};
    const bySlot = new Map<string, Application[]>();
    for (const a of applications) {
      (students[a.studentId] ??= []).push(a.slotId);
      const applicants = bySlot.get(a.slotId);
      if (applicants) applicants.push(a);
      else bySlot.set(a.slotId, [a]);
    }
    const freeSeats = new Map(slots.map((s) => [s.id, s.capacity - s.taken]));
    const placements: Record<string, PlacementSpec> = {};
    for (const slot of slots) {
      const offer = offers.get(slot.offerId)!;
      const applicants = bySlot.get(slot.id) ?? [];
      const ranked = new Map<number, string[]>();
      const unranked: string[] = [];
      const group: string[] = [];
      for (const a of applicants) {
        if (a.companyRank === null) unranked.push(a.studentId);
        else {
          const tier = ranked.get(a.companyRank);
          if (tier) tier.push(a.studentId);
          else ranked.set(a.companyRank, [a.studentId]);
        }
        if (a.inPriorityGroup) group.push(a.studentId);
      }
      const prefs: PreferenceTier[] = [...ranked.keys()]
        .sort((x, y) => x - y)
        .map((k) => (ranked.get(k)!.length === 1 ? ranked.get(k)![0] : ranked.get(k)!));
      if (unranked.length) prefs.push(unranked.length === 1 ? unranked[0] : unranked);
      const free = Math.max(0, freeSeats.get(slot.id)!);
      placements[slot.id] = {
        capacity: free,
        prefs,
        reserve: offer.reservedSeats > 0 ? { seats: Math.min(offer.reservedSeats, free), group } : null,
      };
    }
    return { instance: { students, placements, seed: round.seed }, applications, offers, freeSeats };
  }

  /**
   * Runs the allocation and stores the draft result; called by the worker, whose `commit` runs
   * the result's write in the transaction that marks the job's outbox event handled.
   */
  async run(
    id: string,
    progress: (percent: number) => Promise<void> = () => Promise.resolve(),
    commit: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T> = (work) =>
      inTransaction(this.dataSource, work),
  ): Promise<MatchRound | null> {
    const round = await this.rounds.findOneBy({ id });
    if (!round || round.status !== MatchRoundStatus.DRAFT) return null;
    await this.rounds.update(id, { runStatus: MatchRunStatus.RUNNING, progress: 5 });
    await progress(5);
    try {
      const input = await this.buildInput(round);
      await this.rounds.update(id, { progress: 30 });
      await progress(30);
      const result = allocate(input.instance);
      await progress(70);
      const lines = explain(input, result.assignments);
      const matched = new Set(lines.filter((l) => l.outcome === 'MATCHED').map((l) => l.studentId)).size;
      const students = new Set(input.applications.map((a) => a.studentId)).size;
      await commit((manager) =>
        manager.update(MatchRound, id, {
          runStatus: MatchRunStatus.DONE,
          progress: 100,
          runs: round.runs + 1,
          ranAt: new Date(),
          result: { lines, lotteryUsed: result.lotteryUsed, matched, unmatched: students - matched },
        }),
      );
      await progress(100);
    } catch (e) {
      await this.rounds.update(id, { runStatus: MatchRunStatus.FAILED, error: (e as Error).message });
      throw e;
    }
    return this.rounds.findOneBy({ id });
  }

  /**
   * Applies a draft: matched applications become OFFERED holding their seat; students' better
   * choices that filled up are WAITLISTED; worse choices are no longer needed; an unmatched
   * student's first choice goes to its virtual twin when it has room, the rest are WAITLISTED.
   * Every move goes through the application lifecycle, like any other change: history, and an
   * `application.status_changed` event that reaches the student and both organizations. Linear in
   * the round's lines: the applications, then the slots and twins, are locked and read with one
   * statement each, seats are counted in memory (`SeatBatch`) and written back at once.
   */
  async publish(actor: Actor, id: string): Promise<MatchRound> {
    return inTransaction(this.dataSource, async (manager) => {
      const round = await this.lockOwned(manager, actor, id);
      this.lifecycle.assertMove(round.status, MatchRoundStatus.PUBLISHED);
      if (round.runStatus !== MatchRunStatus.DONE || !round.result)
        throw new ConflictError('ROUND_NOT_RUN', 'Run the round (and wait for it to finish) before publishing');
      // The round's offers first, in ascending id order, then applications, slots and twins (docs/marketplace.md, lock order).
      const offers = new Map<string, Offer>();
      for (const offerId of [...round.offerIds].sort()) {
        const offer = await SeatLedger.lockOffer(manager, offerId);
        if (offer) offers.set(offer.id, offer);
      }
      const lines = round.result.lines;
      const locked = await manager.getRepository(Application).find({
        where: { id: In(lines.map((l) => l.applicationId)) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const applications = new Map(locked.map((a) => [a.id, a]));
      const seats = await SeatBatch.lock(
        manager,
        locked.map((a) => a.slotId),
        [...offers.keys()],
      );
      const placed = new Set(lines.filter((l) => l.outcome === 'MATCHED').map((l) => l.studentId));
      const moves: ApplicationMove[] = [];
      for (const line of lines) {
        const application = applications.get(line.applicationId);
        if (!application || !ACTIVE.includes(application.status)) continue;
        const offer = offers.get(line.offerId)!;
        let to: ApplicationStatus;
        let note = line.explanation;
        if (line.outcome === 'MATCHED') {
          const granted = seats.take(offer, application.slotId, 1, application.inPriorityGroup);
          to = granted ? ApplicationStatus.OFFERED : ApplicationStatus.WAITLISTED;
          application.holdsSeat = granted > 0;
          if (!granted)
            note = `${line.explanation}; but the seat was taken before the round was published, so you are on the waitlist`;
        } else if (line.outcome === 'NOT_NEEDED') {
          to = ApplicationStatus.REJECTED;
        } else if (line.choice === 1 && !placed.has(line.studentId) && seats.takeVirtual(offer.id, 1)) {
          to = ApplicationStatus.VIRTUAL;
          application.holdsVirtualSeat = true;
          note = `${line.explanation}; you have a place in its virtual twin`;
        } else {
          to = ApplicationStatus.WAITLISTED;
        }
        if (application.status === to || !this.applicationLifecycle.canMove(application.status, to)) continue;
        application.matchExplanation = note.slice(0, 500);
        moves.push({ subject: application, to, note });
      }
      await seats.write(manager);
      await this.applicationLifecycle.transition(manager, actor.id, moves);
      return this.lifecycle.move(manager, actor.id, {
        subject: round,
        to: MatchRoundStatus.PUBLISHED,
        event: { applicationIds: moves.map((m) => m.subject.id) },
      });
    });
  }

  /**
   * The company's staff and the platform admin see the whole round. University staff see a
   * published round only, reduced to their own students' lines, without the company's ranks.
   */
  async get(actor: Actor, id: string): Promise<MatchRound> {
    const round = await this.rounds.findOneBy({ id });
    if (round && this.owns(actor, round)) return round;
    if (round && this.readsOutcomes(actor) && round.status === MatchRoundStatus.PUBLISHED) {
      const [view] = await this.outcomesFor(actor.organizationId!, [round]);
      if (view) return view;
    }
    throw new NotFoundError('MatchRound', id);
  }

  /** The company's rounds; for university staff, the published rounds that placed their students (their lines only). */
  async list(actor: Actor): Promise<MatchRound[]> {
    requireStaffOf(actor, actor.organizationId ?? '');
    if (!this.readsOutcomes(actor))
      return this.rounds.find({ where: { companyId: actor.organizationId! }, order: { createdAt: 'DESC' }, take: 100 });
    const published = await this.rounds
      .createQueryBuilder('r')
      .where('r.status = :published', { published: MatchRoundStatus.PUBLISHED })
      .andWhere(
        'EXISTS (SELECT 1 FROM application a WHERE a."offerId" = ANY(r."offerIds") AND a."universityId" = :org)',
        { org: actor.organizationId },
      )
      .orderBy('r."createdAt"', 'DESC')
      .take(100)
      .getMany();
    return this.outcomesFor(actor.organizationId!, published);
  }

  /** Only the round's company's staff (and the platform admin) create, run, re-run, publish and read it whole. */
  private owns(actor: Actor, round: MatchRound): boolean {
    if (isPlatformAdmin(actor)) return true;
    return (
      isStaff(actor) && actor.organizationKind === OrganizationKind.COMPANY && round.companyId === actor.organizationId
    );
  }

  private readsOutcomes(actor: Actor): boolean {
    return isStaff(actor) && actor.organizationKind === OrganizationKind.UNIVERSITY && !!actor.organizationId;
  }

  /** Each round reduced to the lines of the university's students, company ranks and run errors removed; rounds with none are dropped. */
  private async outcomesFor(universityId: string, rounds: MatchRound[]): Promise<MatchRound[]> {
    const lineIds = rounds.flatMap((r) => r.result?.lines.map((l) => l.applicationId) ?? []);
    if (!lineIds.length) return [];
    const own: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM application WHERE "universityId" = $1 AND id = ANY($2::uuid[])`,
      [universityId, lineIds],
    );
    const ours = new Set(own.map((r) => r.id));
    return rounds.flatMap((round) => {
      const lines = (round.result?.lines ?? [])
        .filter((l) => ours.has(l.applicationId))
        .map((l) => ({ ...l, companyRank: null }));
      if (!lines.length) return [];
      const matched = new Set(lines.filter((l) => l.outcome === 'MATCHED').map((l) => l.studentId)).size;
      const students = new Set(lines.map((l) => l.studentId)).size;
      const view = this.rounds.create({
        ...round,
        error: null,
        result: { lines, lotteryUsed: round.result!.lotteryUsed, matched, unmatched: students - matched },
      });
      return [view];
    });
  }

  private async lockOwned(manager: DataSource['manager'], actor: Actor, id: string): Promise<MatchRound> {
    const round = await manager
      .getRepository(MatchRound)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round || !this.owns(actor, round)) throw new NotFoundError('MatchRound', id);
    return round;
  }
}

/** Turns assignments into one explained line per application, readable by the student. */
export function explain(input: RoundInput, assignments: Record<string, string[]>): MatchResultLine[] {
  const placedAt = new Map<string, string>();
  for (const [slotId, students] of Object.entries(assignments)) for (const s of students) placedAt.set(s, slotId);
  const byStudent = new Map<string, Application[]>();
  for (const a of input.applications) {
    const apps = byStudent.get(a.studentId);
    if (apps) apps.push(a);
    else byStudent.set(a.studentId, [a]);
  }
  const lines: MatchResultLine[] = [];
  for (const [studentId, apps] of byStudent) {
    const matchedIndex = apps.findIndex((a) => placedAt.get(studentId) === a.slotId);
    const reason = (a: Application) => {
      const offer = input.offers.get(a.offerId)!;
      if ((input.freeSeats.get(a.slotId) ?? 0) <= 0) return `"${offer.title}" had no free seat`;
      return `"${offer.title}" filled with applicants it ranked higher${offer.reservedSeats ? ' or its priority group' : ''}`;
    };
    apps.forEach((a, i) => {
      const choice = i + 1;
      const base = {
        applicationId: a.id,
        studentId,
        offerId: a.offerId,
        slotId: a.slotId,
        choice,
        companyRank: a.companyRank,
      };
      if (i === matchedIndex) {
        const better = apps.slice(0, i).map((b, j) => `your ${ordinal(j + 1)} choice ${reason(b)}`);
        lines.push({
          ...base,
          outcome: 'MATCHED',
          explanation: [`Placed at your ${ordinal(choice)} choice`, ...better].join('; '),
        });
      } else if (matchedIndex >= 0 && i > matchedIndex) {
        lines.push({
          ...base,
          outcome: 'NOT_NEEDED',
          explanation: `You were placed at your ${ordinal(matchedIndex + 1)} choice, which you ranked higher`,
        });
      } else {
        const where = matchedIndex >= 0 ? `; you were placed at your ${ordinal(matchedIndex + 1)} choice` : '';
        lines.push({ ...base, outcome: 'UNMATCHED', explanation: `Not placed: ${reason(a)}${where}` });
      }
    });
  }
  return lines;
}
