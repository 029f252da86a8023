import { describe, expect, it } from 'vitest';
import { icsFileName, icsHref, toIcs } from './calendar';

const EVENT = {
  uid: 'application-1@practicum',
  title: 'CAR-T manufacturing cleanroom visit',
  startsAt: '2027-03-12T08:00:00.000Z',
  endsAt: '2027-03-12T13:00:00.000Z',
  location: 'Vecura GMP cleanroom suite, Hälsovägen 7, Huddinge, SE',
  description: 'Gowning; bring ID.\nMeet at reception',
};

describe('toIcs', () => {
  it('writes one VEVENT in UTC with CRLF line ends and escaped text', () => {
    const ics = toIcs(EVENT, new Date('2027-01-01T10:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nUID:application-1@practicum\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20270101T100000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20270312T080000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20270312T130000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY:CAR-T manufacturing cleanroom visit\r\n');
    expect(ics).toContain('DESCRIPTION:Gowning\\; bring ID.\\nMeet at reception');
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('folds lines longer than 75 octets, counting UTF-8 bytes', () => {
    const ics = toIcs({ ...EVENT, location: 'Hälsovägen '.repeat(12) }, new Date('2027-01-01T10:00:00Z'));
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const start = lines.findIndex((l) => l.startsWith('LOCATION:'));
    expect(lines[start + 1].startsWith(' ')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`LOCATION:${'Hälsovägen '.repeat(12)}`);
  });

  it('leaves out what is not given and makes a download link and file name', () => {
    const ics = toIcs({ uid: 'u', title: 'Visit', startsAt: EVENT.startsAt, endsAt: EVENT.endsAt });
    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
    expect(decodeURIComponent(icsHref(EVENT).replace('data:text/calendar;charset=utf-8,', ''))).toContain(
      'SUMMARY:CAR-T',
    );
    expect(icsFileName('QC/QA internship: release testing')).toBe('QC-QA-internship-release-testing.ics');
  });
});
