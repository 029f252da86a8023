import { Accordion, Anchor, Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationStatus, ApplicationSummaryFragment } from '../../gql/graphql';
import { Countdown } from '../../ui/Countdown';
import { icsFileName, icsHref, type CalendarEvent } from '../../ui/calendar';
import { formatDateTime } from '../../ui/dates';
import { FacilityTime } from '../../ui/FacilityTime';
import { applicationStatus, formatLabel, offerKindLabel } from '../../ui/labels';

type Application = ApplicationSummaryFragment & {
  history?: { at: string; fromStatus?: string | null; toStatus: string; note?: string | null }[];
  holdExpiresAt?: string | null;
};

interface Props {
  application: Application;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
  onWithdraw: () => void;
}

/** The visit as a calendar event: onsite at the facility, or online with the join link. */
function visitEvent(a: Application): CalendarEvent {
  const place = a.offer.facility
    ? [a.offer.facility.name, a.offer.facility.address, a.offer.facility.city, a.offer.facility.country]
        .filter(Boolean)
        .join(', ')
    : null;
  const virtual = a.status === 'VIRTUAL';
  return {
    uid: `application-${a.id}@practicum`,
    title: virtual ? `${a.offer.title} (virtual)` : a.offer.title,
    startsAt: a.slot.startsAt,
    endsAt: a.slot.endsAt,
    location: virtual ? (a.joinUrl ?? 'Online') : place,
    description: `${a.offer.company?.name ?? 'A company'} · ${offerKindLabel(a.offer.kind)}${virtual ? ' · you take part virtually' : ''}`,
    url: virtual ? a.joinUrl : null,
  };
}

export function ApplicationCard({ application: a, busy, onAccept, onDecline, onWithdraw }: Props) {
  const status = applicationStatus(a.status);
  const canWithdraw = ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED', 'OFFERED', 'VIRTUAL'].includes(a.status);
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/student/offers/${a.offer.id}`} fw={600} className="break-words">
          {a.offer.title}
        </Anchor>
        <Badge color={status.color}>{status.label}</Badge>
      </Group>
      <Text size="sm">
        {a.offer.company?.name ?? 'A company'} · {offerKindLabel(a.offer.kind)} · {formatDateTime(a.slot.startsAt)}
      </Text>
      {a.offer.kind === 'SITE_VISIT' && (
        <FacilityTime startsAt={a.slot.startsAt} endsAt={a.slot.endsAt} facility={a.offer.facility} />
      )}
      {a.offer.kind === 'SITE_VISIT' && (a.status === 'ACCEPTED' || a.status === 'VIRTUAL') && (
        <Anchor size="sm" href={icsHref(visitEvent(a))} download={icsFileName(a.offer.title)}>
          Add to calendar (.ics)
        </Anchor>
      )}
      {a.status === 'OFFERED' && (
        <Stack gap={6}>
          {a.holdExpiresAt ? (
            <Countdown until={a.holdExpiresAt} />
          ) : (
            <Text size="sm">A seat is offered to you: answer before the hold expires.</Text>
          )}
          <Group gap="xs">
            <Button size="xs" onClick={onAccept} loading={busy}>
              Accept the offer
            </Button>
            <Button size="xs" variant="default" onClick={onDecline} disabled={busy}>
              Decline
            </Button>
          </Group>
        </Stack>
      )}
      {a.status === 'VIRTUAL' && (
        <Text size="sm">
          You take part virtually
          {a.joinUrl ? (
            <>
              :{' '}
              <Anchor href={a.joinUrl} target="_blank" rel="noopener noreferrer">
                open the join link{a.offer.virtualTwin ? ` (${formatLabel(a.offer.virtualTwin.format)})` : ''}, in a new
                tab
              </Anchor>
            </>
          ) : (
            ': the join link is in your notification'
          )}
          . If an onsite seat frees up, you move onsite.
        </Text>
      )}
      {a.matchExplanation && (
        <Text size="sm" fs="italic">
          {a.matchExplanation}
        </Text>
      )}
      {a.history && a.history.length > 0 && (
        <Accordion variant="default" chevronPosition="left" keepMounted={false}>
          <Accordion.Item value="history">
            <Accordion.Control>History</Accordion.Control>
            <Accordion.Panel>
              <Timeline bulletSize={12} lineWidth={2}>
                {a.history.map((h, i) => (
                  <Timeline.Item key={i} title={applicationStatus(h.toStatus as ApplicationStatus).label}>
                    <Text size="xs">{formatDateTime(h.at)}</Text>
                    {h.note && <Text size="xs">{h.note}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      {canWithdraw && (
        <Group>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onWithdraw} disabled={busy}>
            Withdraw
          </Button>
        </Group>
      )}
    </Stack>
  );
}
