import { Query, Resolver } from '@nestjs/graphql';
import { TOPICS } from '@practicum/core';
import { Public } from '../common/access.decorators';
import { TopicModel } from './topic.model';

@Resolver(() => TopicModel)
export class TopicResolver {
  @Public()
  @Query(() => [TopicModel], { description: 'The topic vocabulary, in display order; public' })
  topics(): TopicModel[] {
    return TOPICS.map((t) => ({ key: t.key, label: t.label }));
  }
}
