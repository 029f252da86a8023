/** Every BullMQ queue Practicum uses. */
export enum QueueName {
  NOTIFICATIONS = 'notifications',
}

/** Every job name, with the queue that carries it. */
export enum JobName {
  MEMBER_INVITED = 'member.invited',
  ORGANIZATION_VERIFIED = 'organization.verified',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.MEMBER_INVITED]: QueueName.NOTIFICATIONS,
  [JobName.ORGANIZATION_VERIFIED]: QueueName.NOTIFICATIONS,
};

/** Typed payloads: ids only, never entities (handlers reload what they need). */
export interface JobPayloads {
  [JobName.MEMBER_INVITED]: { memberId: string; invitationToken: string };
  [JobName.ORGANIZATION_VERIFIED]: { organizationId: string };
}

export const isJobName = (name: string): name is JobName => (Object.values(JobName) as string[]).includes(name);
