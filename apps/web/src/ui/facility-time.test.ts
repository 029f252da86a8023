import { describe, expect, it } from 'vitest';
import { facilityTimeZone, formatInZone, sameWallClock } from './facility-time';

describe('facility time', () => {
  it('maps single-zone countries and North America by longitude', () => {
    expect(facilityTimeZone('se', 17.9)).toBe('Europe/Stockholm');
    expect(facilityTimeZone('US', -71.05)).toBe('America/New_York');
    expect(facilityTimeZone('US', -122.26)).toBe('America/Los_Angeles');
    expect(facilityTimeZone('BR', -46.6)).toBeNull();
  });

  it('names the zone and tells when the clocks differ', () => {
    const at = '2027-03-12T14:00:00.000Z';
    expect(formatInZone(at, 'America/New_York')).toMatch(/09:00|9:00/);
    expect(formatInZone(at, 'America/New_York')).toMatch(/EST|GMT-5/);
    expect(sameWallClock(at, Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(true);
    expect(sameWallClock(at, 'Pacific/Auckland') && sameWallClock(at, 'America/Los_Angeles')).toBe(false);
  });
});
