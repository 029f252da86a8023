import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Topic', {
  description: 'A skill of the controlled vocabulary offers, programs and partner requests are tagged with',
})
export class TopicModel {
  @Field({ description: 'Stable key, the value topic inputs take and topic fields hold (for example CAR_T)' })
  key: string;
  @Field({ description: 'What people read (for example CAR-T)' }) label: string;
}
