import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { MemberResolver } from './member.resolver';

@Module({ imports: [IdentityModule], providers: [MemberResolver] })
export class MemberApiModule {}


