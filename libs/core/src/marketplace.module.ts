import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Application } from './application/application.entity';
import { ApplicationService } from './application/application.service';
import { Booking } from './booking/booking.entity';
import { BookingService } from './booking/booking.service';
import { Facility } from './facility/facility.entity';
import { FacilityService } from './facility/facility.service';
import { HistoryService } from './history/history.service';
import { StatusChange } from './history/status-change.entity';
import { IdentityModule } from './identity.module';
import { Offer } from './offer/offer.entity';
import { OfferService } from './offer/offer.service';
import { OfferSlot } from './offer/offer-slot.entity';
import { VirtualTwin } from './offer/virtual-twin.entity';
import { PartnerRequest } from './partner-request/partner-request.entity';
import { PartnerRequestService } from './partner-request/partner-request.service';
import { Program } from './program/program.entity';
import { ApplicationList } from './read-model/application-list';
import { OfferSearch } from './read-model/offer-search';

/** Facilities, offers, partner requests, bookings and applications. */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([Facility, Offer, OfferSlot, VirtualTwin, StatusChange, Application, Booking, PartnerRequest, Program])],
  providers: [FacilityService, OfferSearch, ApplicationList, OfferService, HistoryService, ApplicationService, BookingService, PartnerRequestService],
  exports: [FacilityService, OfferSearch, ApplicationList, OfferService, HistoryService, ApplicationService, BookingService, PartnerRequestService],
})
export class MarketplaceModule {}
