import { EntryRequirement, Facility } from '../../facility/facility.entity';
import { MailParagraph, plainName } from '../../mail/templates';
import type { CalendarSession } from '../calendar';
import type { EmailSecret } from '../../auth/password-reset-token';

/**
 * What one recipient is told. Paragraphs may hold text users wrote: names passed through
 * `plainName`, free text of others as a quotation (`{ from, quote }`); the email template escapes all.
 */
export interface NotificationMessage {
  title: string;
  paragraphs: MailParagraph[];
  action?: { label: string; url: string };
  calendar?: CalendarSession;
  /** The text holds SECRET_PLACEHOLDER, filled in only when the email is sent. */
  secret?: EmailSecret;
}

/** What every message may use besides its facts. */
export interface MessageContext {
  /** An address in the portal. */
  link: (path: string) => string;
}

/** One notification type's wording: from the facts the planner loaded to the message. */
export type MessageTemplate<Facts> = (facts: Facts, context: MessageContext) => NotificationMessage;

export const n = plainName;

/** A time as every message says it: `2027-03-04 09:30 UTC`. */
export const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

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

/** A site-visit session as messages describe it: where, the facility's requirements, the calendar invitation. */
export interface VisitFacts {
  startsAt: Date;
  facility: Pick<Facility, 'requirements' | 'minimumAge'> | null;
  location: string;
  calendar: CalendarSession;
}

/** A note someone wrote on a change: quoted as theirs when `from` is set, Practicum's own explanation otherwise. */
export interface NoteFacts {
  from: string | null;
  text: string;
}

export const noteParagraph = (note: NoteFacts): MailParagraph =>
  note.from ? { from: note.from, quote: note.text } : note.text;
