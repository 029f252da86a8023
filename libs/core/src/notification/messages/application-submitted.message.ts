import { MessageTemplate, n } from './wording';

/** APPLICATION_SUBMITTED: told to the company's staff, with the student's motivation quoted. */
export const applicationSubmitted: MessageTemplate<{
  offer: { id: string; title: string };
  student: string;
  motivation: string;
}> = (f, { link }) => ({
  title: `New application: ${n(f.offer.title)}`,
  paragraphs: [`${n(f.student)} applied to ${n(f.offer.title)}.`, { from: f.student, quote: f.motivation }],
  action: { label: 'Review the applicants', url: link(`/offers/${f.offer.id}/applications`) },
});
