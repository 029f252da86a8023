import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDateTime, formatRemaining } from './dates';
import { TONES } from './labels';

/** Time left until `until`, refreshed every second in the last hour and every 30 s before. */
export function Countdown({ until, label = 'Held for you' }: { until: string; label?: string }) {
  const end = new Date(until).getTime();
  const [now, setNow] = useState(() => Date.now());
  const left = end - now;
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), left < 3600_000 ? 1000 : 30_000);
    return () => clearTimeout(timer);
  }, [now, left]);
  return (
    <Text size="sm" fw={600} c={left < 6 * 3600_000 ? TONES.danger : TONES.attention}>
      {left > 0
        ? `${label}: ${formatRemaining(left)} left (until ${formatDateTime(until)})`
        : `The hold expired at ${formatDateTime(until)}`}
    </Text>
  );
}
