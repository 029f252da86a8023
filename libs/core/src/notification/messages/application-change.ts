import { MailParagraph } from '../../mail/templates';
import { MessageContext, n, NoteFacts, noteParagraph, NotificationMessage, VisitFacts } from './wording';

/** What a message about an application's new status may say. */
export interface ApplicationChangeFacts {
  application: { id: string; holdExpiresAt: Date | null; holdsVirtualSeat: boolean };
  offer: { id: string; title: string };
  to: string;
  note: NoteFacts | null;
  twin: { format: string; joinUrl: string } | null;
  /** The accepted onsite seat's site-visit session, when there is one. */
  visit: VisitFacts | null;
}

export const statusLine = (f: ApplicationChangeFacts) =>
  `Your application to ${n(f.offer.title)} is now ${f.to.toLowerCase()}.`;

/**
 * The parts every application message shares after its own opening: the note of whoever made
 * the change (unless the opening says it all), the virtual placement's link, the waitlist's promise.
 */
export function applicationChange(
  f: ApplicationChangeFacts,
  { link }: MessageContext,
  opening: { title?: string; lines: MailParagraph[]; withNote?: boolean; withWaitlistPromise?: boolean },
): NotificationMessage {
  const lines = [...opening.lines];
  let action: { label: string; url: string } | undefined = {
    label: 'See your application',
    url: link(`/applications/${f.application.id}`),
  };
  if (f.note && opening.withNote !== false) lines.push(noteParagraph(f.note));
  if (f.to === 'VIRTUAL' && f.twin) {
    lines.push(`Join the virtual placement (${f.twin.format.toLowerCase().replace('_', ' ')}) here: ${f.twin.joinUrl}`);
    action = { label: 'Join the virtual placement', url: f.twin.joinUrl };
  }
  if (f.to === 'WAITLISTED' && opening.withWaitlistPromise !== false)
    lines.push('You will be told at once if a seat frees up.');
  return {
    title: opening.title ?? `${n(f.offer.title)}: your application is ${f.to.toLowerCase()}`,
    paragraphs: lines,
    action,
  };
}

/** The message of a plain status change: SHORTLISTED, OFFERED, REJECTED, WAITLISTED, VIRTUAL. */
export const applicationStatusMessage = (f: ApplicationChangeFacts, c: MessageContext) =>
  applicationChange(f, c, { lines: [statusLine(f)] });
