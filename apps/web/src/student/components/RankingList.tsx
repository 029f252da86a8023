import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { moveItem } from './ranking';

export interface RankedItem {
  id: string;
  /** What screen readers and buttons call the item, e.g. the offer's title. */
  name: string;
}

interface Props<T extends RankedItem> {
  items: T[];
  onReorder: (items: T[]) => void;
  render: (item: T, index: number) => ReactNode;
  label: string;
}

function Row({
  id,
  name,
  index,
  count,
  move,
  children,
}: {
  id: string;
  name: string;
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  children: ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="sm"
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.7 : 1,
        listStyle: 'none',
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} align="center">
          <Text fw={700} size="lg" aria-hidden="true">
            {index + 1}
          </Text>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray.8"
            aria-label={`Drag ${name} to another rank`}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
              <circle cx="9" cy="6" r="1.6" />
              <circle cx="15" cy="6" r="1.6" />
              <circle cx="9" cy="12" r="1.6" />
              <circle cx="15" cy="12" r="1.6" />
              <circle cx="9" cy="18" r="1.6" />
              <circle cx="15" cy="18" r="1.6" />
            </svg>
          </ActionIcon>
        </Stack>
        <div style={{ flex: 1, minWidth: 0 }}>
          <VisuallyHidden>
            Choice {index + 1} of {count}:{' '}
          </VisuallyHidden>
          {children}
        </div>
        <Stack gap={4}>
          <ActionIcon
            variant="default"
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          >
            <svg
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              aria-hidden="true"
            >
              <path d="m18 15-6-6-6 6" />
            </svg>
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
          >
            <svg
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              aria-hidden="true"
            >
              <path d="m6 9 6 6 6-6" />
            </svg>
          </ActionIcon>
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * A ranked list reordered by dragging (pointer, touch, or the keyboard: space, arrows, space) or
 * with the up and down buttons; each move is announced.
 */
export function RankingList<T extends RankedItem>({ items, onReorder, render, label }: Props<T>) {
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => items.find((i) => i.id === id)?.name ?? 'item';
  const positionOf = (id: unknown) => items.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, choice ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over choice ${positionOf(over.id)}.`
        : `${nameOf(active.id)} is not over a choice.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped at choice ${positionOf(over.id)}.` : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} cancelled.`,
  };

  const move = (from: number, to: number) => {
    const next = moveItem(items, from, to);
    onReorder(next);
    setAnnouncement(`${items[from].name} moved to choice ${Math.max(1, Math.min(items.length, to + 1))}.`);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onReorder(moveItem(items, positionOf(active.id) - 1, positionOf(over.id) - 1));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To pick up a choice, press space or enter. Move it with the arrow keys, press space or enter again to drop it, or escape to cancel.',
        },
      }}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <Stack component="ol" gap="sm" p={0} m={0} aria-label={label}>
          {items.map((item, index) => (
            <Row key={item.id} id={item.id} name={item.name} index={index} count={items.length} move={move}>
              {render(item, index)}
            </Row>
          ))}
        </Stack>
      </SortableContext>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </DndContext>
  );
}
