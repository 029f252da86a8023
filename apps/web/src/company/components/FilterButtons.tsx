import { Button, Group } from '@mantine/core';

/** A row of filter buttons that wraps on a phone; the chosen one is pressed. */
export function FilterButtons({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <Group gap={6} role="group" aria-label={label} wrap="wrap">
      {options.map((o) => (
        <Button
          key={o.value}
          size="xs"
          variant={o.value === value ? 'filled' : 'default'}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Button>
      ))}
    </Group>
  );
}
