import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { ProgramResolver } from './program.resolver';

@Module({ imports: [IdentityModule], providers: [ProgramResolver] })
export class ProgramApiModule {}


