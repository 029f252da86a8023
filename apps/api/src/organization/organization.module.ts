import { Module } from '@nestjs/common';
import { MemberModule, OrganizationModule, ProgramModule } from '@practicum/core';
import { OrganizationResolver } from './organization.resolver';

@Module({ imports: [OrganizationModule, MemberModule, ProgramModule], providers: [OrganizationResolver] })
export class OrganizationApiModule {}
