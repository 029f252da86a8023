import { createEvent } from 'ics';

export interface CalendarSession {
  /** Stable across reminders so calendars update the same event. */
  uid: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
}

/** An RFC 5545 calendar (one VEVENT) for a site-visit session, in UTC. */
export function sessionCalendar(session: CalendarSession): string {
  const { error, value } = createEvent({
    uid: session.uid,
    title: session.title,
    description: session.description,
    location: session.location,
    url: session.url,
    start: session.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: session.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: 'practicum/notifications',
    method: 'PUBLISH',
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`Calendar event could not be built: ${error?.message ?? 'empty'}`);
  return value;
}
