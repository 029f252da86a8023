import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { TOPICS } from '@practicum/core';
import { Public } from '../common/access.decorators';

@ObjectType('Topic', { description: 'A skill of the controlled vocabulary offers, programs and partner requests are tagged with' })
export class TopicModel {
  @Field({ description: 'Stable key, the value topic inputs take and topic fields hold (for example CAR_T)' }) key: string;
  @Field({ description: 'What people read (for example CAR-T)' }) label: string;
}

@Resolver(() => TopicModel)
export class TopicResolver {
  @Public()
  @Query(() => [TopicModel], { description: 'The topic vocabulary, in display order; public' })
  topics(): TopicModel[] {
    return TOPICS.map((t) => ({ key: t.key, label: t.label }));
  }
}
