import '@mantine/dates/styles.css';
import { Checkbox, Group, MultiSelect, NumberInput, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { SearchState } from './search-params';

/**
 * The offer search's filters beyond the words: a chunk of their own (Mantine's selects, date
 * pickers and number input are most of the page's script), loaded when they are shown: at once on a
 * wide screen, on "More filters" on a phone, whose first render is the words and the results.
 */
interface Props {
  draft: SearchState;
  set: <K extends keyof SearchState>(key: K, value: SearchState[K]) => void;
}

/** Topics, kind, dates and distance: cells of the filter grid. */
export function FilterFields({
  draft,
  set,
  places,
  topics,
}: Props & {
  places: Record<string, { label: string }>;
  topics: { value: string; label: string }[];
}) {
  return (
    <>
      <MultiSelect
        label="Topics"
        placeholder="Choose topics"
        data={topics}
        value={draft.topics}
        onChange={(v) => set('topics', v)}
        searchable
        clearable
      />
      <Select
        label="Kind"
        data={[
          { value: '', label: 'Internships and site visits' },
          { value: 'INTERNSHIP', label: 'Internships' },
          { value: 'SITE_VISIT', label: 'Site visits' },
        ]}
        value={draft.kind}
        onChange={(v) => set('kind', v ?? '')}
        allowDeselect={false}
      />
      <DatePickerInput
        label="From"
        placeholder="Any date"
        value={draft.from || null}
        onChange={(v) => set('from', v ?? '')}
        clearable
        valueFormat="D MMM YYYY"
      />
      <DatePickerInput
        label="Until"
        placeholder="Any date"
        value={draft.to || null}
        onChange={(v) => set('to', v ?? '')}
        clearable
        valueFormat="D MMM YYYY"
        minDate={draft.from || undefined}
      />
      <Group grow align="flex-end" wrap="nowrap">
        <Select
          label="Distance from"
          placeholder="Anywhere"
          data={Object.entries(places).map(([value, place]) => ({ value, label: place.label }))}
          value={draft.near || null}
          onChange={(v) => set('near', v ?? '')}
          clearable
        />
        <NumberInput
          label="Within km"
          min={1}
          max={20000}
          step={50}
          value={draft.radiusKm ?? ''}
          onChange={(v) => set('radiusKm', typeof v === 'number' ? v : null)}
          disabled={!draft.near}
        />
      </Group>
    </>
  );
}

/** Has a virtual alternative, and the sort. */
export function FilterOptions({ draft, set }: Props) {
  return (
    <Group align="flex-end" wrap="wrap" id="more-filters">
      <Checkbox
        label="Has a virtual alternative"
        checked={draft.virtual}
        onChange={(e) => set('virtual', e.currentTarget.checked)}
      />
      <Select
        label="Sort by"
        w={200}
        data={[
          { value: 'DEADLINE', label: 'Deadline first' },
          { value: 'NEWEST', label: 'Newest first' },
          { value: 'DISTANCE', label: 'Nearest first', disabled: !draft.near },
        ]}
        value={draft.sort}
        onChange={(v) => set('sort', v ?? 'DEADLINE')}
        allowDeselect={false}
      />
    </Group>
  );
}
