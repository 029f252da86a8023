import { Module } from '@nestjs/common';
import { ProgramModule } from '@practicum/core';
import { ProgramResolver } from './program.resolver';

@Module({ imports: [ProgramModule], providers: [ProgramResolver] })
export class ProgramApiModule {}
