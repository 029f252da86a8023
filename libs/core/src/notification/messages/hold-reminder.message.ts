import { MessageTemplate, n, when } from './wording';

/** HOLD_REMINDER: a promoted student's held seat expires soon. */
export const holdReminder: MessageTemplate<{ applicationId: string; offerTitle: string; holdExpiresAt: Date }> = (
  f,
  { link },
) => ({
  title: `${n(f.offerTitle)}: your held seat expires ${when(f.holdExpiresAt)}`,
  paragraphs: [
    `The onsite seat of ${n(f.offerTitle)} is held for you until ${when(f.holdExpiresAt)}. Accept the offer before then or it goes to the next person.`,
  ],
  action: { label: 'Accept the offer', url: link(`/applications/${f.applicationId}`) },
});
