import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DataSource, In } from 'typeorm';
import { Application, ApplicationStatus } from '../application/application.entity';
import { Booking } from '../booking/booking.entity';
import { EntryRequirement, Facility } from '../facility/facility.entity';
import { DataCipher } from '../common/data-cipher';
import { invitationCode } from '../member/invitation-code';
import { Member, MemberRole, MemberStatus } from '../member/member.entity';
import { Offer, OfferKind, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { VirtualTwin } from '../offer/virtual-twin.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { StatusChange } from '../history/status-change.entity';
import { MailParagraph, plainName as n } from '../mail/templates';
import { CalendarSession } from './calendar';
import { PasswordReset } from '../auth/password-reset.entity';
import { SECRET_PLACEHOLDER } from '../auth/password-reset-token';
import { NotificationIntent } from './notification-dispatcher';
import { NotificationType } from './notification-type';

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const DAY_MS = 24 * 3600_000;

/** When a visit is, as a reminder's title says it: "Today", "Tomorrow" or "On 2027-03-04" (UTC days, like every time in these messages). */
export function visitDay(startsAt: Date, now: Date): string {
  const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
  const diff = day(startsAt) - day(now);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  return `On ${startsAt.toISOString().slice(0, 10)}`;
}

const REQUIREMENT_WORDS: Record<EntryRequirement, (minimumAge: number | null) => string> = {
  [EntryRequirement.GOWNING_QUALIFICATION]: () => 'a valid cleanroom gowning qualification',
  [EntryRequirement.VACCINATION]: () => 'proof of the vaccinations the site requires',
  [EntryRequirement.NDA]: () => 'a signed non-disclosure agreement',
  [EntryRequirement.MINIMUM_AGE]: (age) => (age ? `proof that you are at least ${age} years old` : 'proof of age'),
};

/** The facility's own entry requirements, in a sentence (never a generic list). */
export function entryRequirementsText(facility: Pick<Facility, 'requirements' | 'minimumAge'> | null): string {
  const requirements = facility?.requirements ?? [];
  if (!requirements.length) return 'The facility lists no entry requirements.';
  const words = requirements.map((r) => REQUIREMENT_WORDS[r]?.(facility?.minimumAge ?? null) ?? r);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return `To enter, the facility requires ${list}.`;
}

const STATUS_TYPE: Partial<Record<ApplicationStatus, NotificationType>> = {
  [ApplicationStatus.SHORTLISTED]: NotificationType.APPLICATION_SHORTLISTED,
  [ApplicationStatus.OFFERED]: NotificationType.APPLICATION_OFFERED,
  [ApplicationStatus.ACCEPTED]: NotificationType.APPLICATION_ACCEPTED,
  [ApplicationStatus.REJECTED]: NotificationType.APPLICATION_REJECTED,
  [ApplicationStatus.WAITLISTED]: NotificationType.APPLICATION_WAITLISTED,
  [ApplicationStatus.VIRTUAL]: NotificationType.APPLICATION_VIRTUAL,
};

/**
 * The "decide" half of the notify step: from a domain event (reloaded by id) to intents: who is
 * told, in which words, and which organizations' webhooks hear it. No I/O beyond reading the database.
 */
@Injectable()
export class NotificationPlanner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cipher: DataCipher,
  ) {}

  private repo<E extends object>(entity: new () => E) {
    return this.dataSource.getRepository(entity);
  }

  staffOf(organizationIds: string[], roles = [MemberRole.ADMIN, MemberRole.COORDINATOR]): Promise<Member[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.repo(Member).findBy({ organizationId: In(organizationIds), role: In(roles), status: MemberStatus.ACTIVE });
  }

  /** Who wrote a note, for its quotation heading: the organization of the member, or the member. */
  private async authorOf(memberId: string): Promise<string> {
    const member = await this.repo(Member).findOne({ where: { id: memberId }, relations: { organization: true } });
    return member?.organization?.name ?? member?.fullName ?? 'another member';
  }

  private link(path: string) {
    return `${this.config.publicUrl}${path}`;
  }

  /** A site-visit session's place and calendar invitation (one UID per session, so calendars update one event). */
  private async visitOf(offer: Offer, slotId: string | null): Promise<{ slot: OfferSlot; facility: Facility | null; location: string; calendar: CalendarSession } | null> {
    if (offer.kind !== OfferKind.SITE_VISIT || !slotId) return null;
    const slot = await this.repo(OfferSlot).findOneBy({ id: slotId });
    if (!slot) return null;
    const facility = await this.repo(Facility).findOneBy({ id: offer.facilityId });
    const location = facility ? `${facility.name}, ${facility.address}, ${facility.city}, ${facility.country}` : '';
    const calendar: CalendarSession = {
      uid: `${slot.id}@practicum`,
      title: offer.title,
      description: offer.description,
      location,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      url: this.link(`/offers/${offer.id}`),
    };
    return { slot, facility, location, calendar };
  }

  async memberInvited(eventKey: string, p: { memberId: string; nonce: string }): Promise<NotificationIntent[]> {
    const member = await this.repo(Member).findOne({ where: { id: p.memberId }, relations: { organization: true } });
    if (!member || member.status !== MemberStatus.INVITED) return [];
    const code = invitationCode(this.cipher, p.nonce);
    const org = member.organization ? n(member.organization.name) : 'Practicum';
    return [
      {
        type: NotificationType.MEMBER_INVITED,
        eventKey,
        members: [member],
        sealed: true,
        render: () => ({
          title: `You are invited to ${org} on Practicum`,
          paragraphs: [
            `You have been invited to join ${org} as ${member.role.toLowerCase()}.`,
            `Your invitation code is: ${code}`,
            'Accept it with the acceptInvitation mutation (or the link below) within 7 days and choose your password.',
          ],
          action: { label: 'Accept the invitation', url: this.link(`/invitations/${code}`) },
        }),
      },
    ];
  }

  /** The link carries SECRET_PLACEHOLDER: the send step puts the token in, so no stored copy holds it. */
  passwordReset(eventKey: string, member: Member, reset: PasswordReset): NotificationIntent[] {
    const minutes = Math.round((reset.expiresAt.getTime() - reset.createdAt.getTime()) / 60_000);
    return [
      {
        type: NotificationType.PASSWORD_RESET,
        eventKey,
        members: [member],
        render: () => ({
          title: 'Reset your Practicum password',
          paragraphs: [
            'Someone (we hope you) asked to reset the password of your Practicum account.',
            `The link below works once, for ${minutes} minutes. If you did not ask, ignore this email: your password stays as it is.`,
          ],
          action: { label: 'Choose a new password', url: this.link(`/reset-password?token=${SECRET_PLACEHOLDER}`) },
          secret: { passwordResetId: reset.id },
        }),
      },
    ];
  }

  async organizationVerified(eventKey: string, p: { organizationId: string }): Promise<NotificationIntent[]> {
    const organization = await this.repo(Organization).findOneBy({ id: p.organizationId });
    if (!organization) return [];
    return [
      {
        type: NotificationType.ORGANIZATION_VERIFIED,
        eventKey,
        members: await this.staffOf([organization.id], [MemberRole.ADMIN]),
        render: () => ({
          title: `${n(organization.name)} is verified on Practicum`,
          paragraphs: [
            `${n(organization.name)} has been verified by the Practicum team.`,
            organization.kind === OrganizationKind.COMPANY ? 'Your published offers are now visible to students.' : 'Your students can now register and apply.',
          ],
        }),
        webhook: { organizationIds: [organization.id], data: { organizationId: organization.id } },
      },
    ];
  }

  async applicationSubmitted(eventKey: string, p: { applicationId: string }): Promise<NotificationIntent[]> {
    const application = await this.repo(Application).findOneBy({ id: p.applicationId });
    if (!application) return [];
    const offer = await this.repo(Offer).findOneByOrFail({ id: application.offerId });
    const student = await this.repo(Member).findOneByOrFail({ id: application.studentId });
    return [
      {
        type: NotificationType.APPLICATION_SUBMITTED,
        eventKey,
        members: await this.staffOf([offer.companyId]),
        render: () => ({
          title: `New application: ${n(offer.title)}`,
          paragraphs: [`${n(student.fullName)} applied to ${n(offer.title)}.`, { from: student.fullName, quote: application.motivation }],
          action: { label: 'Review the applicants', url: this.link(`/offers/${offer.id}/applications`) },
        }),
        webhook: { organizationIds: [offer.companyId], data: { applicationId: application.id, offerId: offer.id, slotId: application.slotId } },
      },
    ];
  }

  async applicationStatusChanged(
    eventKey: string,
    p: { applicationId: string; from: string | null; to: string; promoted?: boolean; holdExpired?: boolean },
  ): Promise<NotificationIntent[]> {
    const application = await this.repo(Application).findOneBy({ id: p.applicationId });
    if (!application) return [];
    const type = p.holdExpired ? NotificationType.APPLICATION_HOLD_EXPIRED : p.promoted ? NotificationType.APPLICATION_PROMOTED : STATUS_TYPE[p.to as ApplicationStatus];
    if (!type) return [];
    const offer = await this.repo(Offer).findOneByOrFail({ id: application.offerId });
    const student = await this.repo(Member).findOneBy({ id: application.studentId });
    if (!student) return [];
    const change = await this.repo(StatusChange).findOne({ where: { subjectId: application.id, toStatus: p.to }, order: { at: 'DESC' } });
    const twin = await this.repo(VirtualTwin).findOneBy({ offerId: offer.id });
    const lines: MailParagraph[] = [];
    let title = `${n(offer.title)}: your application is ${p.to.toLowerCase()}`;
    let action: { label: string; url: string } | undefined = { label: 'See your application', url: this.link(`/applications/${application.id}`) };
    if (type === NotificationType.APPLICATION_PROMOTED) {
      title = `${n(offer.title)}: an onsite seat is yours if you accept by ${when(application.holdExpiresAt ?? new Date())}`;
      lines.push(`An onsite seat of ${n(offer.title)} has freed up and it is held for you until ${when(application.holdExpiresAt ?? new Date())}.`);
      lines.push('Accept the offer before then to take it; after that it goes to the next person on the waitlist.');
      if (application.holdsVirtualSeat) lines.push('When you accept, you leave your virtual place.');
    } else if (type === NotificationType.APPLICATION_HOLD_EXPIRED) {
      title = `${n(offer.title)}: the seat held for you has gone to the next person`;
      lines.push(`You did not accept the onsite seat of ${n(offer.title)} in time, so it went to the next person on the waitlist.`);
      if (p.to === ApplicationStatus.VIRTUAL) lines.push('You keep your virtual place.');
    } else {
      lines.push(`Your application to ${n(offer.title)} is now ${p.to.toLowerCase()}.`);
    }
    // A person's note (a company's reason for rejecting) is quoted as theirs; Practicum's own explanations are not.
    if (change?.note && type !== NotificationType.APPLICATION_HOLD_EXPIRED) lines.push(change.actorId && change.actorId !== application.studentId && change.note !== application.matchExplanation ? { from: await this.authorOf(change.actorId), quote: change.note } : change.note);
    if (p.to === ApplicationStatus.VIRTUAL && twin) {
      lines.push(`Join the virtual placement (${twin.format.toLowerCase().replace('_', ' ')}) here: ${twin.joinUrl}`);
      action = { label: 'Join the virtual placement', url: twin.joinUrl };
    }
    if (p.to === ApplicationStatus.WAITLISTED && !p.holdExpired) lines.push('You will be told at once if a seat frees up.');
    // The confirmation of an accepted onsite seat of a site visit carries the session's calendar invitation, like the reminder.
    const visit = type === NotificationType.APPLICATION_ACCEPTED && application.holdsSeat ? await this.visitOf(offer, application.slotId) : null;
    if (visit) {
      title = `${offer.title}: your place is confirmed`;
      lines[0] = `Your place at ${offer.title} on ${when(visit.slot.startsAt)}${visit.location ? ` at ${visit.location}` : ''} is confirmed.`;
      lines.push(entryRequirementsText(visit.facility), 'The calendar invitation is attached.');
    }
    return [
      {
        type,
        eventKey,
        members: [student],
        render: () => ({ title, paragraphs: lines, action, calendar: visit?.calendar }),
        webhook: { organizationIds: [offer.companyId, application.universityId], data: { applicationId: application.id, offerId: offer.id, from: p.from, to: p.to, holdExpiresAt: application.holdExpiresAt?.toISOString() ?? null } },
      },
    ];
  }

  async bookingProposed(eventKey: string, p: { bookingId: string }): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const offer = await this.repo(Offer).findOneByOrFail({ id: booking.offerId });
    const slot = await this.repo(OfferSlot).findOneByOrFail({ id: booking.slotId });
    const university = await this.repo(Organization).findOneByOrFail({ id: booking.universityId });
    return [
      {
        type: NotificationType.BOOKING_PROPOSED,
        eventKey,
        members: await this.staffOf([booking.companyId]),
        render: () => ({
          title: `Booking request: ${n(offer.title)}`,
          paragraphs: [`${n(university.name)} asks for ${booking.headcount} seats of ${n(offer.title)} on ${when(slot.startsAt)}.`, ...(booking.note ? [{ from: university.name, quote: booking.note }] : [])],
          action: { label: 'Answer the request', url: this.link(`/bookings/${booking.id}`) },
        }),
        webhook: { organizationIds: [booking.companyId], data: { bookingId: booking.id, offerId: offer.id, slotId: slot.id, headcount: booking.headcount } },
      },
    ];
  }

  async bookingStatusChanged(eventKey: string, p: { bookingId: string; from: string; to: string }): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const type = ({ CONFIRMED: NotificationType.BOOKING_CONFIRMED, DECLINED: NotificationType.BOOKING_DECLINED, CANCELLED: NotificationType.BOOKING_CANCELLED } as Record<string, NotificationType>)[p.to];
    if (!type) return [];
    const offer = await this.repo(Offer).findOneByOrFail({ id: booking.offerId });
    const change = await this.repo(StatusChange).findOne({ where: { subjectId: booking.id, toStatus: p.to }, order: { at: 'DESC' } });
    const twin = await this.repo(VirtualTwin).findOneBy({ offerId: offer.id });
    const lines: MailParagraph[] = [`The booking of ${booking.headcount} seats of ${n(offer.title)} is now ${p.to.toLowerCase()}.`];
    if (p.to === 'CONFIRMED') {
      lines.push(`Onsite: ${booking.onsiteSeats}. Virtual: ${booking.virtualSeats}. Waitlisted: ${booking.waitlistedSeats}.`);
      if (booking.virtualSeats > 0 && twin) lines.push(`The virtual part of the cohort joins here: ${twin.joinUrl}`);
      if (booking.waitlistedSeats > 0) lines.push('Waitlisted seats move onsite (or virtual) as soon as seats free up; you will be told.');
    } else if ((p.to === 'DECLINED' || p.to === 'CANCELLED') && change?.note) {
      lines.push(change.actorId ? { from: await this.authorOf(change.actorId), quote: change.note } : change.note);
    }
    const organizations = p.to === 'CANCELLED' ? [booking.universityId, booking.companyId] : [booking.universityId];
    // A confirmed site visit with seats onsite comes with its calendar invitation, like the reminder.
    const visit = p.to === 'CONFIRMED' && booking.onsiteSeats > 0 ? await this.visitOf(offer, booking.slotId) : null;
    if (visit) lines.push(entryRequirementsText(visit.facility), 'The calendar invitation is attached.');
    return [
      {
        type,
        eventKey,
        members: await this.staffOf(organizations),
        render: () => ({
          title: `${n(offer.title)}: booking ${p.to.toLowerCase()}`,
          paragraphs: lines,
          action: { label: 'See the booking', url: this.link(`/bookings/${booking.id}`) },
          calendar: visit?.calendar,
        }),
        webhook: {
          organizationIds: [booking.universityId, booking.companyId],
          data: { bookingId: booking.id, offerId: offer.id, from: p.from, to: p.to, onsiteSeats: booking.onsiteSeats, virtualSeats: booking.virtualSeats, waitlistedSeats: booking.waitlistedSeats },
        },
      },
    ];
  }

  async bookingSeatsMoved(eventKey: string, p: { bookingId: string; toOnsite: number; toVirtual: number }): Promise<NotificationIntent[]> {
    const booking = await this.repo(Booking).findOneBy({ id: p.bookingId });
    if (!booking) return [];
    const offer = await this.repo(Offer).findOneByOrFail({ id: booking.offerId });
    const twin = await this.repo(VirtualTwin).findOneBy({ offerId: offer.id });
    const lines: string[] = [];
    if (p.toOnsite) lines.push(`${p.toOnsite} more of your cohort now have an onsite seat of ${n(offer.title)}.`);
    if (p.toVirtual) lines.push(`${p.toVirtual} waitlisted members of your cohort now have a virtual place${twin ? `: ${twin.joinUrl}` : ''}.`);
    lines.push(`Now: onsite ${booking.onsiteSeats}, virtual ${booking.virtualSeats}, waitlisted ${booking.waitlistedSeats}.`);
    return [
      {
        type: NotificationType.BOOKING_SEATS_MOVED,
        eventKey,
        members: await this.staffOf([booking.universityId]),
        render: () => ({ title: `${n(offer.title)}: seats moved for your cohort`, paragraphs: lines }),
        webhook: { organizationIds: [booking.universityId], data: { ...p, onsiteSeats: booking.onsiteSeats, virtualSeats: booking.virtualSeats, waitlistedSeats: booking.waitlistedSeats } },
      },
    ];
  }

  /**
   * Students hear of their own applications through each one's `application.status_changed`
   * event, like any other change; here each university's webhooks get the ids of their own
   * students' applications, and each company's staff a summary.
   */
  async matchRoundPublished(eventKey: string, p: { matchRoundId: string; applicationIds: string[] }): Promise<NotificationIntent[]> {
    if (!p.applicationIds?.length) return [];
    const applications = await this.repo(Application).findBy({ id: In(p.applicationIds) });
    const offers = await this.repo(Offer).findBy({ id: In([...new Set(applications.map((a) => a.offerId))]) });
    const intents: NotificationIntent[] = [...new Set(applications.map((a) => a.universityId))].map((universityId) => ({
      type: NotificationType.MATCH_ROUND_PUBLISHED,
      eventKey,
      members: [],
      render: () => ({ title: 'Match round published', paragraphs: [] }),
      webhook: { organizationIds: [universityId], data: { matchRoundId: p.matchRoundId, applicationIds: applications.filter((a) => a.universityId === universityId).map((a) => a.id) } },
    }));
    for (const companyId of new Set(offers.map((o) => o.companyId))) {
      const theirs = applications.filter((a) => offers.find((o) => o.id === a.offerId)?.companyId === companyId);
      intents.push({
        type: NotificationType.MATCH_ROUND_PUBLISHED,
        eventKey,
        members: await this.staffOf([companyId]),
        render: () => ({
          title: 'Match round published',
          paragraphs: [`The match round placed ${theirs.filter((a) => a.status === ApplicationStatus.OFFERED).length} of ${theirs.length} applicants to your offers.`],
        }),
        webhook: { organizationIds: [companyId], data: { matchRoundId: p.matchRoundId, applicationIds: theirs.map((a) => a.id) } },
      });
    }
    return intents;
  }

  /** Students with applications still in play for a match-round offer closing within `withinMs`. */
  async deadlineReminders(withinMs: number): Promise<NotificationIntent[]> {
    const offers = await this.repo(Offer)
      .createQueryBuilder('o')
      .where('o.status = :published AND o.allocation = :round AND o."applicationDeadline" > now() AND o."applicationDeadline" <= now() + make_interval(secs => :s)', {
        published: OfferStatus.PUBLISHED,
        round: SeatAllocation.MATCH_ROUND,
        s: withinMs / 1000,
      })
      .getMany();
    const intents: NotificationIntent[] = [];
    for (const offer of offers) {
      const open = await this.repo(Application).findBy({ offerId: offer.id, status: In([ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED]) });
      if (!open.length) continue;
      const students = await this.repo(Member).findBy({ id: In(open.map((a) => a.studentId)), status: MemberStatus.ACTIVE });
      intents.push({
        type: NotificationType.DEADLINE_REMINDER,
        eventKey: `deadline:${offer.id}:${offer.applicationDeadline.getTime()}`,
        members: students,
        render: () => ({
          title: `${n(offer.title)} closes ${when(offer.applicationDeadline)}`,
          paragraphs: [`Applications to ${n(offer.title)} close at ${when(offer.applicationDeadline)}; the match round runs then.`, 'Check that your ranking of your applications is final.'],
          action: { label: 'Review your ranking', url: this.link('/applications') },
        }),
      });
    }
    return intents;
  }

  /** Promoted students whose hold ends within `withinMs` and who have not accepted. */
  async holdReminders(withinMs: number): Promise<NotificationIntent[]> {
    const held = await this.repo(Application)
      .createQueryBuilder('a')
      .where('a.status = :offered AND a."holdsSeat" AND a."holdExpiresAt" > now() AND a."holdExpiresAt" <= now() + make_interval(secs => :s)', { offered: ApplicationStatus.OFFERED, s: withinMs / 1000 })
      .getMany();
    const intents: NotificationIntent[] = [];
    for (const application of held) {
      const [offer, student] = await Promise.all([this.repo(Offer).findOneByOrFail({ id: application.offerId }), this.repo(Member).findOneBy({ id: application.studentId })]);
      if (!student) continue;
      intents.push({
        type: NotificationType.HOLD_REMINDER,
        eventKey: `hold:${application.id}:${application.holdExpiresAt!.getTime()}`,
        members: [student],
        render: () => ({
          title: `${n(offer.title)}: your held seat expires ${when(application.holdExpiresAt!)}`,
          paragraphs: [`The onsite seat of ${n(offer.title)} is held for you until ${when(application.holdExpiresAt!)}. Accept the offer before then or it goes to the next person.`],
          action: { label: 'Accept the offer', url: this.link(`/applications/${application.id}`) },
        }),
      });
    }
    return intents;
  }

  /** Everyone with an onsite seat of a site-visit session starting within `withinMs`, with an .ics. */
  async siteVisitReminders(withinMs: number): Promise<NotificationIntent[]> {
    const slots = await this.repo(OfferSlot)
      .createQueryBuilder('s')
      .innerJoin(Offer, 'o', 'o.id = s."offerId"')
      .where('o.kind = :visit AND s."startsAt" > now() AND s."startsAt" <= now() + make_interval(secs => :s)', { visit: OfferKind.SITE_VISIT, s: withinMs / 1000 })
      .getMany();
    const intents: NotificationIntent[] = [];
    for (const slot of slots) {
      const offer = await this.repo(Offer).findOneByOrFail({ id: slot.offerId });
      const visit = (await this.visitOf(offer, slot.id))!;
      const accepted = await this.repo(Application).findBy({ slotId: slot.id, status: ApplicationStatus.ACCEPTED, holdsSeat: true });
      const bookings = await this.repo(Booking).findBy({ slotId: slot.id, status: 'CONFIRMED' as Booking['status'] });
      const students = accepted.length ? await this.repo(Member).findBy({ id: In(accepted.map((a) => a.studentId)), status: MemberStatus.ACTIVE }) : [];
      const staff = await this.staffOf(bookings.filter((b) => b.onsiteSeats > 0).map((b) => b.universityId));
      intents.push({
        type: NotificationType.SITE_VISIT_REMINDER,
        eventKey: `visit:${slot.id}:${slot.startsAt.getTime()}`,
        members: [...students, ...staff],
        render: () => ({
          title: `${visitDay(slot.startsAt, new Date())}: ${n(offer.title)}`,
          paragraphs: [
            `${n(offer.title)} starts at ${when(slot.startsAt)}${visit.location ? ` at ${n(visit.location)}` : ''}.`,
            entryRequirementsText(visit.facility),
            'The calendar invitation is attached.',
          ],
          calendar: visit.calendar,
        }),
      });
    }
    return intents;
  }
}
