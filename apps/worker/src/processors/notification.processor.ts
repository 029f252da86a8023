import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { MailService, Member, MemberRole, MemberStatus, Organization, renderMail } from '@practicum/core';
import { JobName, JobPayloads, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { Repository } from 'typeorm';

type NotificationJob = JobName.MEMBER_INVITED | JobName.ORGANIZATION_VERIFIED;

@Processor(QueueName.NOTIFICATIONS)
export class NotificationProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationProcessor.name);

  private readonly handlers: { [N in NotificationJob]: (payload: JobPayloads[N]) => Promise<unknown> } = {
    [JobName.MEMBER_INVITED]: (p) => this.memberInvited(p),
    [JobName.ORGANIZATION_VERIFIED]: (p) => this.organizationVerified(p),
  };

  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {
    super();
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
}
