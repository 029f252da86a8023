import { entryRequirementsText, MessageTemplate, n, visitDay, VisitFacts, when } from './wording';

/** SITE_VISIT_REMINDER: a session starts soon; with its place, the facility's requirements and the calendar invitation. */
export const siteVisitReminder: MessageTemplate<{ offerTitle: string; visit: VisitFacts; now: Date }> = (f) => ({
  title: `${visitDay(f.visit.startsAt, f.now)}: ${n(f.offerTitle)}`,
  paragraphs: [
    `${n(f.offerTitle)} starts at ${when(f.visit.startsAt)}${f.visit.location ? ` at ${n(f.visit.location)}` : ''}.`,
    entryRequirementsText(f.visit.facility),
    'The calendar invitation is attached.',
  ],
  calendar: f.visit.calendar,
});
