import { Args, ArgsType, Context, Field, ID, Int, Resolver, Subscription } from '@nestjs/graphql';
import {
  Actor,
  AuthService,
  DomainError,
  NotificationService,
  OfferService,
  UnauthenticatedError,
} from '@practicum/core';
import { IsUUID } from 'class-validator';
import { GraphQLError } from 'graphql';
import { CurrentActor } from '../common/access.decorators';
import { authenticateRequest } from '../common/request-context';
import { GqlContext } from '../graphql/loaders';
import { OfferSlotModel } from '../offer/offer.model';
import { LiveUpdates } from './live-updates';

@ArgsType()
export class OfferSeatsArgs {
  @Field(() => ID) @IsUUID() offerId: string;
}

/** A refusal met while watching is pushed as a coded error, then the subscription ends. */
function pushed<T>(value: T | DomainError): T {
  if (value instanceof DomainError)
    throw new GraphQLError(value.message, { extensions: { code: value.code, ...value.details } });
  return value;
}

/**
 * Live values for the portal over graphql-ws. Each push reads the value again as the member
 * (their token is checked again too, so a removed member or an expired token ends the
 * subscription with UNAUTHENTICATED), and only a changed value is sent.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
    private readonly offers: OfferService,
  ) {}

  @Subscription(() => Int, {
    description: 'Your unread notification count: now, then whenever it changes',
    resolve: pushed,
  })
  notificationCount(@CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    return this.live.watch(`notification:${actor.id}`, () =>
      this.asMember(ctx, (me) => this.notifications.unreadCount(me)),
    );
  }

  @Subscription(() => [OfferSlotModel], {
    description:
      "An offer's sessions or positions with their free onsite seats: now, then whenever seats move. Only for those who may see the offer",
    resolve: pushed,
  })
  async offerSeats(@CurrentActor() actor: Actor, @Args() { offerId }: OfferSeatsArgs, @Context() ctx: GqlContext) {
    await this.offers.get(actor, offerId);
    return this.live.watch(`offer:${offerId}`, () =>
      this.asMember(ctx, async (me) => {
        await this.offers.get(me, offerId);
        const [slots] = await this.offers.slotsOf([offerId]);
        return slots;
      }),
    );
  }

  private async asMember<T>(ctx: GqlContext, read: (actor: Actor) => Promise<T>): Promise<T | DomainError> {
    try {
      const { actor, error } = await authenticateRequest(ctx.req, this.auth);
      if (error) throw error;
      if (!actor) throw new UnauthenticatedError();
      return await read(actor);
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
  }
}
