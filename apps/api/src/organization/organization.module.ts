import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { OrganizationResolver } from './organization.resolver';

@Module({ imports: [IdentityModule], providers: [OrganizationResolver] })
export class OrganizationApiModule {}


