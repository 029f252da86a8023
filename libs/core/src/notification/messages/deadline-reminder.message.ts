import { MessageTemplate, n, when } from './wording';

/** DEADLINE_REMINDER: a match-round offer closes soon; told to students whose applications are still in play. */
export const deadlineReminder: MessageTemplate<{ offerTitle: string; deadline: Date }> = (f, { link }) => ({
  title: `${n(f.offerTitle)} closes ${when(f.deadline)}`,
  paragraphs: [
    `Applications to ${n(f.offerTitle)} close at ${when(f.deadline)}; the match round runs then.`,
    'Check that your ranking of your applications is final.',
  ],
  action: { label: 'Review your ranking', url: link('/applications') },
});
