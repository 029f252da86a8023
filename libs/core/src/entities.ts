import { Member } from './member/member.entity';
import { Organization } from './organization/organization.entity';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { Program } from './program/program.entity';

/** Every TypeORM entity, registered once with the data source. */
export const ENTITIES = [Organization, Member, Program, OutboxEvent];
