/** Every BullMQ queue Practicum uses. */
export enum QueueName {
  NOTIFICATIONS = 'notifications',
}

/** Every job name, with the queue that carries it. */
export enum JobName {
  MEMBER_INVITED = 'member.invited',
  ORGANIZATION_VERIFIED = 'organization.verified',
  APPLICATION_SUBMITTED = 'application.submitted',
  APPLICATION_STATUS_CHANGED = 'application.status_changed',
  BOOKING_PROPOSED = 'booking.proposed',
  BOOKING_STATUS_CHANGED = 'booking.status_changed',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.MEMBER_INVITED]: QueueName.NOTIFICATIONS,
  [JobName.ORGANIZATION_VERIFIED]: QueueName.NOTIFICATIONS,
  [JobName.APPLICATION_SUBMITTED]: QueueName.NOTIFICATIONS,
  [JobName.APPLICATION_STATUS_CHANGED]: QueueName.NOTIFICATIONS,
  [JobName.BOOKING_PROPOSED]: QueueName.NOTIFICATIONS,
  [JobName.BOOKING_STATUS_CHANGED]: QueueName.NOTIFICATIONS,
};

/** Typed payloads: ids only, never entities (handlers reload what they need). */
export interface JobPayloads {
  [JobName.MEMBER_INVITED]: { memberId: string; invitationToken: string };
  [JobName.ORGANIZATION_VERIFIED]: { organizationId: string };
  [JobName.APPLICATION_SUBMITTED]: { applicationId: string };
  [JobName.APPLICATION_STATUS_CHANGED]: { applicationId: string; from: string; to: string };
  [JobName.BOOKING_PROPOSED]: { bookingId: string };
  [JobName.BOOKING_STATUS_CHANGED]: { bookingId: string; from: string; to: string };
}

export const isJobName = (name: string): name is JobName => (Object.values(JobName) as string[]).includes(name);
