import { Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { AppConfig } from '@practicum/config';
import { AuthModule, AuthService, DomainError, MemberRole } from '@practicum/core';
import { QueueName, redisOptions } from '@practicum/queue';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { sessionTokenOfRequest } from '../common/session-cookie';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for platform admins at /admin/queues: the caller sends `Authorization: Bearer <token>`
 * of a PLATFORM_ADMIN (or the same token in the `practicum_token` cookie, for a browser). The queues
 * and their Redis connection are made on the first authorized request, so the API itself never
 * needs Redis to start or to accept changes.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnModuleDestroy {
  private queues?: Queue[];
  private router?: (req: Request, res: Response, next: NextFunction) => void;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const app = this.adapterHost.httpAdapter?.getInstance<{ use: (path: string, ...handlers: unknown[]) => void }>();
    app?.use(QUEUE_DASHBOARD_PATH, (req: Request, res: Response, next: NextFunction) => this.handle(req, res, next));
  }

  async onModuleDestroy() {
    await Promise.all((this.queues ?? []).map((q) => q.close().catch(() => undefined)));
  }

  private async handle(req: Request, res: Response, next: NextFunction) {
    const header = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = header ?? sessionTokenOfRequest(req);
    if (!token)
      return res
        .status(401)
        .json({ error: 'UNAUTHENTICATED', message: 'Send Authorization: Bearer <token> of a platform admin' });
    try {
      const member = await this.auth.authenticate(token);
      if (member.role !== MemberRole.PLATFORM_ADMIN)
        return res.status(403).json({ error: 'FORBIDDEN', message: 'Platform admins only' });
    } catch (e) {
      if (e instanceof DomainError) return res.status(401).json({ error: e.code, message: e.message });
      return next(e);
    }
    const router = (this.router ??= this.createRouter());
    router(req, res, next);
  }

  private createRouter() {
    const connection = redisOptions(this.config.REDIS_URL);
    this.queues = Object.values(QueueName).map((name) => {
      const queue = new Queue(name, { connection, prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined);
      return queue;
    });
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Practicum queues' } },
    });
    return serverAdapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void;
  }
}

@Module({ imports: [AuthModule], providers: [QueueDashboard] })
export class QueueDashboardModule {}
