import { Anchor, Badge, Card } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import type { OfferSearchQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { formatLabel, offerKindLabel } from '../../ui/labels';
import classes from './OfferCard.module.css';

type Edge = NonNullable<OfferSearchQuery['offers']['edges']>[number];

/** One result of the offer search: title (a link to the offer), kind, company and place, topics, dates and seats. */
export const OfferCard = memo(function OfferCard({
  edge: { node: offer, distanceKm },
  topicLabel,
}: {
  edge: Edge;
  topicLabel: (key: string) => string;
}) {
  const free = offer.slots.reduce((sum, s) => sum + s.free, 0);
  const next = offer.slots[0];
  return (
    <Card component="li" withBorder padding="md">
      <div className={classes.body}>
        <div className={classes.head}>
          <Anchor component={Link} to={`/student/offers/${offer.id}`} fw={600} size="lg" className="break-words">
            {offer.title}
          </Anchor>
          <Badge color="teal.9">{offerKindLabel(offer.kind)}</Badge>
        </div>
        <p className={classes.line}>
          {offer.company?.name ?? 'A company'} · {offer.facility.city}, {offer.facility.country}
          {distanceKm != null && ` · ${Math.round(distanceKm)} km away`}
        </p>
        <div className={classes.topics}>
          {offer.topics.map((t) => (
            <Badge key={t} variant="outline" color="gray.8" size="sm">
              {topicLabel(t)}
            </Badge>
          ))}
        </div>
        <p className={`${classes.line} ${classes.dimmed}`}>
          Apply by {formatDate(offer.applicationDeadline)}
          {next && ` · starts ${formatDate(next.startsAt)}`} ·{' '}
          {free > 0 ? `${free} onsite ${free === 1 ? 'seat' : 'seats'} free` : 'onsite seats full'}
          {offer.virtualTwin && ` · virtual: ${formatLabel(offer.virtualTwin.format)}`}
        </p>
      </div>
    </Card>
  );
});
