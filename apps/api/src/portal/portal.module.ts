import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@practicum/config';
import express, { NextFunction, Request, Response } from 'express';
import { QUEUE_DASHBOARD_PATH } from '../admin/queue-dashboard.module';

/** The repository root: the nearest folder above `from` holding nest-cli.json (works from src/ under Jest and from dist/). */
export function repositoryRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nest-cli.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export function portalDirectory(config: Pick<AppConfig, 'WEB_DIST_DIR'>): string {
  return path.resolve(repositoryRoot(), config.WEB_DIST_DIR);
}

/** Paths that belong to the API, never to the portal's client-side routes. */
const API_PATH = new RegExp(`^(/graphql|/health|${QUEUE_DASHBOARD_PATH})(/|$)`);

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets CSS variables through style attributes and <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Hashed build files that the build also writes compressed: Vite names them /assets/<name>-<hash>.<ext>. */
const COMPRESSIBLE = /^\/assets\/[\w-][\w.-]*\.(js|css|svg|json)$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br', accept: /\bbr\b(?!;q=0(\.0*)?\b)/ },
  { name: 'gzip', suffix: '.gz', accept: /\bgzip\b(?!;q=0(\.0*)?\b)/ },
];

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/**
 * Serves the portal's build (Vite) at `/` from the same origin as /graphql, so the session cookie
 * needs no CORS. Vite's hashed files under /assets/ are cached for a year; everything else,
 * index.html first, is revalidated on every load so a deployment shows at once. A path that is
 * not the API's and looks like a page (no file extension) gets index.html: the client routes it.
 */
@Injectable()
export class PortalServer implements OnModuleInit {
  private readonly logger = new Logger('Portal');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const dir = portalDirectory(this.config);
    const index = path.join(dir, 'index.html');
    if (!existsSync(index)) {
      this.logger.log(`No portal build at ${dir}: / is not served (build it with npm run web:build)`);
      return;
    }
    const app = this.adapterHost.httpAdapter?.getInstance<express.Express>();
    if (!app) return;
    const files = express.static(dir, {
      index: ['index.html'],
      redirect: false,
      setHeaders: (res, file) => {
        securityHeaders(res);
        const immutable = path.relative(dir, file).split(path.sep)[0] === 'assets';
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (immutable) res.setHeader('Vary', 'Accept-Encoding');
      },
    });
    // The build writes a Brotli (.br) and a gzip (.gz) copy of each JS, CSS, SVG and JSON file
    // (apps/web/vite.config.mts); a browser that accepts one gets it: a quarter to a third of the bytes.
    const encoded = new Map<string, Promise<Buffer | null>>();
    const read = (file: string) => {
      let body = encoded.get(file);
      if (!body) {
        // Only files that exist stay in memory (the build's own: a few hundred kB).
        body = readFile(file).catch(() => {
          encoded.delete(file);
          return null;
        });
        encoded.set(file, body);
      }
      return body;
    };
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.test(req.path)) return next();
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const coding = ENCODINGS.find((e) => e.accept.test(accepted));
      if (!coding) return next();
      const file = path.join(dir, req.path);
      read(`${file}${coding.suffix}`).then((body) => {
        if (!body) return next();
        securityHeaders(res);
        res.type(path.extname(file));
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Content-Encoding', coding.name);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', String(body.length));
        res.end(req.method === 'HEAD' ? undefined : body);
      }, next);
    });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATH.test(req.path)) return next();
      files(req, res, () => {
        if (req.path.startsWith('/assets/') || path.posix.extname(req.path)) return next();
        securityHeaders(res);
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index, (e) => e && next(e));
      });
    });
    this.logger.log(`Portal served at / from ${dir}`);
  }
}

@Module({ providers: [PortalServer] })
export class PortalModule {}
