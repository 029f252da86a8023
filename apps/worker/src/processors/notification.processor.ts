import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { Application, Booking, MailService, Member, MemberRole, MemberStatus, Offer, OfferSlot, Organization, renderMail, StatusChange, VirtualTwin } from '@practicum/core';
import { JobName, JobPayloads, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DataSource, In, Repository } from 'typeorm';

type NotificationJob = JobName;

@Processor(QueueName.NOTIFICATIONS)
export class NotificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationProcessor.name);

  private readonly handlers: { [N in NotificationJob]: (payload: JobPayloads[N]) => Promise<unknown> } = {
    [JobName.MEMBER_INVITED]: (p) => this.memberInvited(p),
    [JobName.ORGANIZATION_VERIFIED]: (p) => this.organizationVerified(p),
    [JobName.APPLICATION_SUBMITTED]: (p) => this.applicationSubmitted(p),
    [JobName.APPLICATION_STATUS_CHANGED]: (p) => this.applicationStatusChanged(p),
    [JobName.BOOKING_PROPOSED]: (p) => this.bookingProposed(p),
    [JobName.BOOKING_STATUS_CHANGED]: (p) => this.bookingStatusChanged(p),
  };

  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  onApplicationBootstrap() {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  handledJobs(): JobName[] {
    return Object.keys(this.handlers) as JobName[];
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as NotificationJob] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`No handler for job ${job.name} on ${QueueName.NOTIFICATIONS}`);
    return handler(job.data);
  }

  private async memberInvited({ memberId, invitationToken }: JobPayloads[JobName.MEMBER_INVITED]) {
    const member = await this.members.findOne({ where: { id: memberId }, relations: { organization: true } });
    if (!member || member.status !== MemberStatus.INVITED) return { skipped: 'member gone or already active' };
    const mail = renderMail(
      `You are invited to ${member.organization?.name ?? 'Practicum'} on Practicum`,
      member.fullName,
      [
        `You have been invited to join ${member.organization?.name} as ${member.role.toLowerCase()}.`,
        `Your invitation code is: ${invitationToken}`,
        'Accept it with the acceptInvitation mutation (or the link below) within 7 days and choose your password.',
      ],
      { label: 'Accept the invitation', url: `${this.config.publicUrl}/invitations/${invitationToken}` },
    );
    return { messageId: await this.mail.send({ to: member.email, ...mail }) };
  }

  private async organizationVerified({ organizationId }: JobPayloads[JobName.ORGANIZATION_VERIFIED]) {
    const organization = await this.organizations.findOneBy({ id: organizationId });
    if (!organization) return { skipped: 'organization gone' };
    const admins = await this.members.findBy({ organizationId, role: MemberRole.ADMIN, status: MemberStatus.ACTIVE });
    for (const admin of admins) {
      const mail = renderMail(`${organization.name} is verified on Practicum`, admin.fullName, [
        `${organization.name} has been verified by the Practicum team.`,
        organization.kind === 'COMPANY' ? 'Your published offers are now visible to students.' : 'Your students can now register and apply.',
      ]);
      await this.mail.send({ to: admin.email, ...mail });
    }
    this.logger.log(`organization.verified sent to ${admins.length} admin(s)`);
    return { sent: admins.length };
  }

  private staffOf(organizationId: string): Promise<Member[]> {
    return this.members.findBy({ organizationId, role: In([MemberRole.ADMIN, MemberRole.COORDINATOR]), status: MemberStatus.ACTIVE });
  }

  private async sendAll(recipients: Member[], subject: string, paragraphs: string[]): Promise<{ sent: number }> {
    for (const to of recipients) await this.mail.send({ to: to.email, ...renderMail(subject, to.fullName, paragraphs) });
    return { sent: recipients.length };
  }

  private async applicationSubmitted({ applicationId }: JobPayloads[JobName.APPLICATION_SUBMITTED]) {
    const application = await this.dataSource.getRepository(Application).findOneBy({ id: applicationId });
    if (!application) return { skipped: 'application gone' };
    const offer = await this.dataSource.getRepository(Offer).findOneByOrFail({ id: application.offerId });
    const student = await this.members.findOneByOrFail({ id: application.studentId });
    return this.sendAll(await this.staffOf(offer.companyId), `New application: ${offer.title}`, [
      `${student.fullName} applied to ${offer.title}.`,
      `Motivation: ${application.motivation}`,
    ]);
  }

  private async applicationStatusChanged({ applicationId, to }: JobPayloads[JobName.APPLICATION_STATUS_CHANGED]) {
    const application = await this.dataSource.getRepository(Application).findOneBy({ id: applicationId });
    if (!application) return { skipped: 'application gone' };
    if (to === 'WITHDRAWN') return { skipped: 'the student did it' };
    const offer = await this.dataSource.getRepository(Offer).findOneByOrFail({ id: application.offerId });
    const student = await this.members.findOneByOrFail({ id: application.studentId });
    const change = await this.dataSource.getRepository(StatusChange).findOne({ where: { subjectId: applicationId, toStatus: to }, order: { at: 'DESC' } });
    const lines = [`Your application to ${offer.title} is now ${to.toLowerCase()}.`];
    if (change?.note) lines.push(change.note);
    if (to === 'VIRTUAL') {
      const twin = await this.dataSource.getRepository(VirtualTwin).findOneBy({ offerId: offer.id });
      if (twin) lines.push(`Join the virtual placement here: ${twin.joinUrl}`);
    }
    return this.sendAll([student], `${offer.title}: your application is ${to.toLowerCase()}`, lines);
  }

  private async bookingProposed({ bookingId }: JobPayloads[JobName.BOOKING_PROPOSED]) {
    const booking = await this.dataSource.getRepository(Booking).findOneBy({ id: bookingId });
    if (!booking) return { skipped: 'booking gone' };
    const offer = await this.dataSource.getRepository(Offer).findOneByOrFail({ id: booking.offerId });
    const slot = await this.dataSource.getRepository(OfferSlot).findOneByOrFail({ id: booking.slotId });
    const university = await this.organizations.findOneByOrFail({ id: booking.universityId });
    return this.sendAll(await this.staffOf(booking.companyId), `Booking request: ${offer.title}`, [
      `${university.name} asks for ${booking.headcount} seats of ${offer.title} on ${slot.startsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      booking.note,
    ].filter(Boolean));
  }

  private async bookingStatusChanged({ bookingId, to }: JobPayloads[JobName.BOOKING_STATUS_CHANGED]) {
    const booking = await this.dataSource.getRepository(Booking).findOneBy({ id: bookingId });
    if (!booking) return { skipped: 'booking gone' };
    const offer = await this.dataSource.getRepository(Offer).findOneByOrFail({ id: booking.offerId });
    const lines = [`The booking of ${booking.headcount} seats of ${offer.title} is now ${to.toLowerCase()}.`];
    if (to === 'CONFIRMED') lines.push(`Onsite: ${booking.onsiteSeats}. Virtual: ${booking.virtualSeats}. Waitlisted: ${booking.waitlistedSeats}.`);
    const recipients = to === 'CANCELLED' ? [...(await this.staffOf(booking.universityId)), ...(await this.staffOf(booking.companyId))] : await this.staffOf(booking.universityId);
    return this.sendAll(recipients, `${offer.title}: booking ${to.toLowerCase()}`, lines);
  }
}
