import { Module } from '@nestjs/common';
import { MemberModule } from '@practicum/core';
import { MemberResolver } from './member.resolver';

@Module({ imports: [MemberModule], providers: [MemberResolver] })
export class MemberApiModule {}
