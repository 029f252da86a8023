import { Actor } from '@practicum/core';
import { Request } from 'express';

export type RequestWithActor = Request & { actor?: Actor | null; id?: string | number };
