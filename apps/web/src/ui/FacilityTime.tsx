import { Text } from '@mantine/core';
import { facilityTimeZone, formatInZone, sameWallClock } from './facility-time';

/** A session's time at the facility, shown when the facility's clock differs from the user's. */
export function FacilityTime({
  startsAt,
  endsAt,
  facility,
}: {
  startsAt: string;
  endsAt: string;
  facility?: { country: string; longitude: number; city?: string | null } | null;
}) {
  const zone = facility ? facilityTimeZone(facility.country, facility.longitude) : null;
  if (!zone || sameWallClock(startsAt, zone)) return null;
  return (
    <Text size="sm">
      At the facility{facility?.city ? ` (${facility.city})` : ''}: {formatInZone(startsAt, zone)} to{' '}
      {formatInZone(endsAt, zone)}
    </Text>
  );
}
