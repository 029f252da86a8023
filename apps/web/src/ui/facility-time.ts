// The API gives a facility's country and coordinates, not its time zone: countries of one zone map
// to it, the United States and Canada by longitude band; elsewhere the facility's time is not shown.
const SINGLE_ZONE: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  CH: 'Europe/Zurich',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IL: 'Asia/Jerusalem',
  IN: 'Asia/Kolkata',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  NZ: 'Pacific/Auckland',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  SE: 'Europe/Stockholm',
  SG: 'Asia/Singapore',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  CN: 'Asia/Shanghai',
};

const NORTH_AMERICA: [number, string][] = [
  [-67.5, 'America/Halifax'],
  [-87.5, 'America/New_York'],
  [-102, 'America/Chicago'],
  [-114.5, 'America/Denver'],
  [-180, 'America/Los_Angeles'],
];

export function facilityTimeZone(country: string, longitude: number): string | null {
  const code = country.toUpperCase();
  if (SINGLE_ZONE[code]) return SINGLE_ZONE[code];
  if (code === 'US' || code === 'CA') return NORTH_AMERICA.find(([west]) => longitude >= west)?.[1] ?? null;
  return null;
}

/** A date-time in a named zone, with the zone's abbreviation (such as "12 Mar 2027, 09:00 CET"). */
export function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** True when the user's zone shows the same wall-clock time as the facility's at that moment. */
export function sameWallClock(iso: string, timeZone: string): boolean {
  const local = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
  const there = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(new Date(iso));
  return local === there;
}
