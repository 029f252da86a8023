import { Application } from './application/application.entity';
import { Booking } from './booking/booking.entity';
import { Facility } from './facility/facility.entity';
import { MatchRound } from './match-round/match-round.entity';
import { StatusChange } from './history/status-change.entity';
import { Member } from './member/member.entity';
import { OfferSlot } from './offer/offer-slot.entity';
import { Offer } from './offer/offer.entity';
import { VirtualTwin } from './offer/virtual-twin.entity';
import { Organization } from './organization/organization.entity';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { PartnerRequest } from './partner-request/partner-request.entity';
import { Program } from './program/program.entity';
import { Notification } from './notification/notification.entity';
import { NotificationDelivery } from './notification/notification-delivery.entity';
import { NotificationPreference } from './notification/notification-preference.entity';
import { WebhookEndpoint } from './notification/webhook-endpoint.entity';
import { PasswordReset } from './auth/password-reset.entity';

/** Every TypeORM entity, registered once with the data source. */
export const ENTITIES = [
  Organization,
  Member,
  Program,
  OutboxEvent,
  Facility,
  Offer,
  OfferSlot,
  VirtualTwin,
  StatusChange,
  Application,
  Booking,
  PartnerRequest,
  MatchRound,
  Notification,
  NotificationDelivery,
  NotificationPreference,
  WebhookEndpoint,
  PasswordReset,
];
