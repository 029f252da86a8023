import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DataSource, In } from 'typeorm';
import { Application, ApplicationStatus } from '../application/application.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { DataCipher } from '../common/data-cipher';
import { notificationOf } from '../events/event-catalog';
import { Facility } from '../facility/facility.entity';
import { StatusChange } from '../history/status-change.entity';
import { invitationCode } from '../member/invitation-code';
import { Member, MemberRole, MemberStatus } from '../member/member.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { Offer, OfferKind, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { VirtualTwin } from '../offer/virtual-twin.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { MessageRenderer } from './message-renderer';
import { MessageFacts, NoteFacts, VisitFacts } from './messages';
import { NotificationIntent } from './notification-dispatcher';
import { NotificationType } from './notification-type';

export { entryRequirementsText, visitDay } from './messages';

const groupBy = <V>(items: V[], key: (item: V) => string | null): Map<string | null, V[]> => {
  const groups = new Map<string | null, V[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/**
 * The "decide" half of the notify step: from a domain event (reloaded by id) to intents: who is
 * told, which facts their message is written from (the words live in ./messages, one module per
 * type), and which organizations' webhooks hear it. Lists are loaded with one query per kind of
 * row, never one per item. No I/O beyond reading the database.
 */
@Injectable()
export class NotificationPlanner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cipher: DataCipher,
    private readonly renderer: MessageRenderer,
  ) {}

  private repo<E extends object>(entity: new () => E) {
    return this.dataSource.getRepository(entity);
  }

  private intent<K extends NotificationType>(
    type: K,
    eventKey: string,
    members: Member[],
    facts: MessageFacts[K],
    extra: Pick<NotificationIntent, 'sealed' | 'webhook'> = {},
  ): NotificationIntent {
    return { type, eventKey, members, message: this.renderer.render(type, facts), ...extra };
  }

  staffOf(organizationIds: string[], roles = [MemberRole.ADMIN, MemberRole.COORDINATOR]): Promise<Member[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.repo(Member).findBy({
      organizationId: In([...new Set(organizationIds)]),
      role: In(roles),
      status: MemberStatus.ACTIVE,
    });
  }

  /** Who wrote a note, for its quotation heading: the organization of the member, or the member. */
  private async authorOf(memberId: string): Promise<string> {
    const member = await this.repo(Member).findOne({ where: { id: memberId }, relations: { organization: true } });
    return member?.organization?.name ?? member?.fullName ?? 'another member';
  }

  /** Site-visit sessions' places and calendar invitations (one UID per session, so calendars update one event), with one query for their facilities. */
  private async visits(sessions: { offer: Offer; slot: OfferSlot }[]): Promise<Map<string, VisitFacts>> {
    const ids = [...new Set(sessions.map((s) => s.offer.facilityId).filter((id): id is string => !!id))];
    const facilities = new Map(
      (ids.length ? await this.repo(Facility).findBy({ id: In(ids) }) : []).map((f) => [f.id, f]),
    );
    return new Map(
      sessions.map(({ offer, slot }) => {
        const facility = facilities.get(offer.facilityId) ?? null;
        const location = facility ? `${facility.name}, ${facility.address}, ${facility.city}, ${facility.country}` : '';
        const calendar = {
          uid: `${slot.id}@practicum`,
          title: offer.title,
          description: offer.description,
          location,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          url: `${this.config.publicUrl}/offers/${offer.id}`,
        };
        return [slot.id, { startsAt: slot.startsAt, facility, location, calendar }];
      }),
    );
  }

  private async visitOf(offer: Offer, slotId: string | null): Promise<VisitFacts | null> {
    if (offer.kind !== OfferKind.SITE_VISIT || !slotId) return null;
    const slot = await this.repo(OfferSlot).findOneBy({ id: slotId });
    if (!slot) return null;
    return (await this.visits([{ offer, slot }])).get(slot.id) ?? null;
  }

  async memberInvited(eventKey: string, p: { memberId: string; nonce: string }): Promise<NotificationIntent[]> {
    const member = await this.repo(Member).findOne({ where: { id: p.memberId }, relations: { organization: true } });
    if (!member || member.status !== MemberStatus.INVITED) return [];
    const code = invitationCode(this.cipher, p.nonce);
    return [
      this.intent(
        NotificationType.MEMBER_INVITED,
        eventKey,
        [member],
        { organization: member.organization?.name ?? null, role: member.role, code },
        { sealed: true },
      ),
    ];
  }

  passwordReset(eventKey: string, member: Member, reset: PasswordReset): NotificationIntent[] {
    const minutes = Math.round((reset.expiresAt.getTime() - reset.createdAt.getTime()) / 60_000);
    return [this.intent(NotificationType.PASSWORD_RESET, eventKey, [member], { passwordResetId: reset.id, minutes })];
  }

  async organizationVerified(eventKey: string, p: { organizationId: string }): Promise<NotificationIntent[]> {
    const organization = await this.repo(Organization).findOneBy({ id: p.organizationId });
    if (!organization) return [];
    return [
      this.intent(
        NotificationType.ORGANIZATION_VERIFIED,
        eventKey,
        await this.staffOf([organization.id], [MemberRole.ADMIN]),
        { name: organization.name, isCompany: organization.kind === OrganizationKind.COMPANY },
        { webhook: { organizationIds: [organization.id], data: { organizationId: organization.id } } },
      ),
    ];
  }

  async applicationSubmitted(eventKey: string, p: { applicationId: string }): Promise<NotificationIntent[]> {
    const application = await this.repo(Application).findOneBy({ id: p.applicationId });
    if (!application) return [];
    const [offer, student] = await Promise.all([
      this.repo(Offer).findOneByOrFail({ id: application.offerId }),
      this.repo(Member).findOneByOrFail({ id: application.studentId }),
    ]);
    return [
      this.intent(
        NotificationType.APPLICATION_SUBMITTED,
        eventKey,
        await this.staffOf([offer.companyId]),
        { offer, student: student.fullName, motivation: application.motivation },
        {
          webhook: {
            organizationIds: [offer.companyId],
            data: { applicationId: application.id, offerId: offer.id, slotId: application.slotId },
          },
        },
      ),
    ];
  }

  async applicationStatusChanged(
    eventKey: string,
    p: { applicationId: string; from: string | null; to: string; promoted?: boolean; holdExpired?: boolean },
  ): Promise<NotificationIntent[]> {
    const application = await this.repo(Application).findOneBy({ id: p.applicationId });
    if (!application) return [];
    const type = p.holdExpired
      ? NotificationType.APPLICATION_HOLD_EXPIRED
      : p.promoted
        ? NotificationType.APPLICATION_PROMOTED
        : notificationOf('application.status_changed', `APPLICATION_${p.to}`);
    if (!type) return [];
    const [offer, student, change, twin] = await Promise.all([
      this.repo(Offer).findOneByOrFail({ id: application.offerId }),
      this.repo(Member).findOneBy({ id: application.studentId }),
      this.repo(StatusChange).findOne({ where: { subjectId: application.id, toStatus: p.to }, order: { at: 'DESC' } }),
      this.repo(VirtualTwin).findOneBy({ offerId: application.offerId }),
    ]);
    if (!student) return [];
    // A person's note (a company's reason for rejecting) is quoted as theirs; Practicum's own explanations are not.
    let note: NoteFacts | null = null;
    if (change?.note && type !== NotificationType.APPLICATION_HOLD_EXPIRED) {
      const theirs =
        change.actorId && change.actorId !== application.studentId && change.note !== application.matchExplanation;
      note = { from: theirs ? await this.authorOf(change.actorId!) : null, text: change.note };
    }
    // The confirmation of an accepted onsite seat of a site visit carries the session's calendar invitation, like the reminder.
    const visit =
      type === NotificationType.APPLICATION_ACCEPTED && application.holdsSeat
        ? await this.visitOf(offer, application.slotId)
        : null;
    return [
      this.intent(
        type,
        eventKey,
        [student],
        { application, offer, to: p.to, note, twin, visit },
        {
          webhook: {
            organizationIds: [offer.companyId, application.universityId],
            data: {
              applicationId: application.id,
              offerId: offer.id,
              from: p.from,
              to: p.to,
              holdExpiresAt: application.holdExpiresAt?.toISOString() ?? null,
            },
          },
        },
      ),
    ];
  }

  async bookingProposed(eventKey: string, p: { bookingId: string }): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const [offer, slot, university] = await Promise.all([
      this.repo(Offer).findOneByOrFail({ id: booking.offerId }),
      this.repo(OfferSlot).findOneByOrFail({ id: booking.slotId }),
      this.repo(Organization).findOneByOrFail({ id: booking.universityId }),
    ]);
    return [
      this.intent(
        NotificationType.BOOKING_PROPOSED,
        eventKey,
        await this.staffOf([booking.companyId]),
        {
          bookingId: booking.id,
          offerTitle: offer.title,
          university: university.name,
          headcount: booking.headcount,
          startsAt: slot.startsAt,
          note: booking.note,
        },
        {
          webhook: {
            organizationIds: [booking.companyId],
            data: { bookingId: booking.id, offerId: offer.id, slotId: slot.id, headcount: booking.headcount },
          },
        },
      ),
    ];
  }

  async bookingStatusChanged(
    eventKey: string,
    p: { bookingId: string; from: string; to: string },
  ): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const type = notificationOf('booking.status_changed', `BOOKING_${p.to}`);
    if (!type) return [];
    const [offer, change, twin] = await Promise.all([
      this.repo(Offer).findOneByOrFail({ id: booking.offerId }),
      this.repo(StatusChange).findOne({ where: { subjectId: booking.id, toStatus: p.to }, order: { at: 'DESC' } }),
      this.repo(VirtualTwin).findOneBy({ offerId: booking.offerId }),
    ]);
    const organizations = p.to === 'CANCELLED' ? [booking.universityId, booking.companyId] : [booking.universityId];
    const members = await this.staffOf(organizations);
    const facts = { booking, offerTitle: offer.title, to: p.to };
    const webhook = {
      organizationIds: [booking.universityId, booking.companyId],
      data: {
        bookingId: booking.id,
        offerId: offer.id,
        from: p.from,
        to: p.to,
        onsiteSeats: booking.onsiteSeats,
        virtualSeats: booking.virtualSeats,
        waitlistedSeats: booking.waitlistedSeats,
      },
    };
    if (type === NotificationType.BOOKING_CONFIRMED) {
      // A confirmed site visit with seats onsite comes with its calendar invitation, like the reminder.
      const visit = booking.onsiteSeats > 0 ? await this.visitOf(offer, booking.slotId) : null;
      return [this.intent(type, eventKey, members, { ...facts, twinUrl: twin?.joinUrl ?? null, visit }, { webhook })];
    }
    const note = change?.note
      ? { from: change.actorId ? await this.authorOf(change.actorId) : null, text: change.note }
      : null;
    return [this.intent(type, eventKey, members, { ...facts, note }, { webhook })];
  }

  async bookingSeatsMoved(
    eventKey: string,
    p: { bookingId: string; toOnsite: number; toVirtual: number },
  ): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const [offer, twin] = await Promise.all([
      this.repo(Offer).findOneByOrFail({ id: booking.offerId }),
      this.repo(VirtualTwin).findOneBy({ offerId: booking.offerId }),
    ]);
    return [
      this.intent(
        NotificationType.BOOKING_SEATS_MOVED,
        eventKey,
        await this.staffOf([booking.universityId]),
        {
          offerTitle: offer.title,
          toOnsite: p.toOnsite,
          toVirtual: p.toVirtual,
          twinUrl: twin?.joinUrl ?? null,
          booking,
        },
        {
          webhook: {
            organizationIds: [booking.universityId],
            data: {
              ...p,
              onsiteSeats: booking.onsiteSeats,
              virtualSeats: booking.virtualSeats,
              waitlistedSeats: booking.waitlistedSeats,
            },
          },
        },
      ),
    ];
  }

  /**
   * Students hear of their own applications through each one's `application.status_changed`
   * event, like any other change; here each university's webhooks get the ids of their own
   * students' applications, and each company's staff a summary.
   */
  async matchRoundPublished(
    eventKey: string,
    p: { matchRoundId: string; applicationIds: string[] },
  ): Promise<NotificationIntent[]> {
    if (!p.applicationIds?.length) return [];
    const applications = await this.repo(Application).findBy({ id: In(p.applicationIds) });
    const offers = await this.repo(Offer).findBy({ id: In([...new Set(applications.map((a) => a.offerId))]) });
    const companyOf = new Map(offers.map((o) => [o.id, o.companyId]));
    const webhook = (organizationId: string, theirs: Application[]) => ({
      organizationIds: [organizationId],
      data: { matchRoundId: p.matchRoundId, applicationIds: theirs.map((a) => a.id) },
    });
    const intents = [...groupBy(applications, (a) => a.universityId)].map(([universityId, theirs]) =>
      this.intent(
        NotificationType.MATCH_ROUND_PUBLISHED,
        eventKey,
        [],
        { summary: null },
        { webhook: webhook(universityId!, theirs) },
      ),
    );
    const byCompany = groupBy(applications, (a) => companyOf.get(a.offerId) ?? null);
    byCompany.delete(null);
    const staff = groupBy(await this.staffOf([...byCompany.keys()] as string[]), (m) => m.organizationId);
    for (const [companyId, theirs] of byCompany) {
      const summary = {
        offered: theirs.filter((a) => a.status === ApplicationStatus.OFFERED).length,
        applicants: theirs.length,
      };
      intents.push(
        this.intent(
          NotificationType.MATCH_ROUND_PUBLISHED,
          eventKey,
          staff.get(companyId) ?? [],
          { summary },
          { webhook: webhook(companyId!, theirs) },
        ),
      );
    }
    return intents;
  }

  /** Students with applications still in play for a match-round offer closing within `withinMs`. */
  async deadlineReminders(withinMs: number): Promise<NotificationIntent[]> {
    const offers = await this.repo(Offer)
      .createQueryBuilder('o')
      .where(
        'o.status = :published AND o.allocation = :round AND o."applicationDeadline" > now() AND o."applicationDeadline" <= now() + make_interval(secs => :s)',
        {
          published: OfferStatus.PUBLISHED,
          round: SeatAllocation.MATCH_ROUND,
          s: withinMs / 1000,
        },
      )
      .getMany();
    if (!offers.length) return [];
    const open = groupBy(
      await this.repo(Application).findBy({
        offerId: In(offers.map((o) => o.id)),
        status: In([ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED]),
      }),
      (a) => a.offerId,
    );
    const studentIds = [...open.values()].flat().map((a) => a.studentId);
    const students = new Map(
      (studentIds.length
        ? await this.repo(Member).findBy({ id: In([...new Set(studentIds)]), status: MemberStatus.ACTIVE })
        : []
      ).map((m) => [m.id, m]),
    );
    return offers
      .filter((offer) => open.get(offer.id)?.length)
      .map((offer) =>
        this.intent(
          NotificationType.DEADLINE_REMINDER,
          `deadline:${offer.id}:${offer.applicationDeadline.getTime()}`,
          open.get(offer.id)!.flatMap((a) => students.get(a.studentId) ?? []),
          { offerTitle: offer.title, deadline: offer.applicationDeadline },
        ),
      );
  }

  /** Promoted students whose hold ends within `withinMs` and who have not accepted. */
  async holdReminders(withinMs: number): Promise<NotificationIntent[]> {
    const held = await this.repo(Application)
      .createQueryBuilder('a')
      .where(
        'a.status = :offered AND a."holdsSeat" AND a."holdExpiresAt" > now() AND a."holdExpiresAt" <= now() + make_interval(secs => :s)',
        { offered: ApplicationStatus.OFFERED, s: withinMs / 1000 },
      )
      .getMany();
    if (!held.length) return [];
    const [offers, students] = await Promise.all([
      this.repo(Offer).findBy({ id: In([...new Set(held.map((a) => a.offerId))]) }),
      this.repo(Member).findBy({ id: In([...new Set(held.map((a) => a.studentId))]) }),
    ]);
    const offerOf = new Map(offers.map((o) => [o.id, o]));
    const studentOf = new Map(students.map((m) => [m.id, m]));
    return held
      .filter((application) => studentOf.has(application.studentId))
      .map((application) =>
        this.intent(
          NotificationType.HOLD_REMINDER,
          `hold:${application.id}:${application.holdExpiresAt!.getTime()}`,
          [studentOf.get(application.studentId)!],
          {
            applicationId: application.id,
            offerTitle: offerOf.get(application.offerId)!.title,
            holdExpiresAt: application.holdExpiresAt!,
          },
        ),
      );
  }

  /** Everyone with an onsite seat of a site-visit session starting within `withinMs`, with an .ics. */
  async siteVisitReminders(withinMs: number): Promise<NotificationIntent[]> {
    const slots = await this.repo(OfferSlot)
      .createQueryBuilder('s')
      .innerJoin(Offer, 'o', 'o.id = s."offerId"')
      .where('o.kind = :visit AND s."startsAt" > now() AND s."startsAt" <= now() + make_interval(secs => :s)', {
        visit: OfferKind.SITE_VISIT,
        s: withinMs / 1000,
      })
      .getMany();
    if (!slots.length) return [];
    const slotIds = slots.map((s) => s.id);
    const [offers, accepted, bookings] = await Promise.all([
      this.repo(Offer).findBy({ id: In([...new Set(slots.map((s) => s.offerId))]) }),
      this.repo(Application).findBy({ slotId: In(slotIds), status: ApplicationStatus.ACCEPTED, holdsSeat: true }),
      this.repo(Booking).findBy({ slotId: In(slotIds), status: BookingStatus.CONFIRMED }),
    ]);
    const offerOf = new Map(offers.map((o) => [o.id, o]));
    const onsite = bookings.filter((b) => b.onsiteSeats > 0);
    const [visits, students, staff] = await Promise.all([
      this.visits(slots.map((slot) => ({ offer: offerOf.get(slot.offerId)!, slot }))),
      accepted.length
        ? this.repo(Member).findBy({
            id: In([...new Set(accepted.map((a) => a.studentId))]),
            status: MemberStatus.ACTIVE,
          })
        : Promise.resolve([]),
      this.staffOf(onsite.map((b) => b.universityId)),
    ]);
    const studentOf = new Map(students.map((m) => [m.id, m]));
    const staffOf = groupBy(staff, (m) => m.organizationId);
    const acceptedOf = groupBy(accepted, (a) => a.slotId);
    const onsiteOf = groupBy(onsite, (b) => b.slotId);
    const now = new Date();
    return slots.map((slot) => {
      const members = [
        ...(acceptedOf.get(slot.id) ?? []).flatMap((a) => studentOf.get(a.studentId) ?? []),
        ...[...new Set((onsiteOf.get(slot.id) ?? []).map((b) => b.universityId))].flatMap(
          (id) => staffOf.get(id) ?? [],
        ),
      ];
      return this.intent(NotificationType.SITE_VISIT_REMINDER, `visit:${slot.id}:${slot.startsAt.getTime()}`, members, {
        offerTitle: offerOf.get(slot.offerId)!.title,
        visit: visits.get(slot.id)!,
        now,
      });
    });
  }
}
