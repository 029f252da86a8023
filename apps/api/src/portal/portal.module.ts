import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
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

const gzipAsync = promisify(gzip);
/** Hashed build files worth compressing: Vite names them /assets/<name>-<hash>.<ext>. */
const COMPRESSIBLE = /^\/assets\/[\w.-]+\.(js|css|svg|json)$/;

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
        securityHeaders(res as Response);
        const immutable = path.relative(dir, file).split(path.sep)[0] === 'assets';
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (immutable) res.setHeader('Vary', 'Accept-Encoding');
      },
    });
    // The build's JS and CSS gzipped once each (level 9, on first request, kept in memory: the files
    // are immutable), for browsers that accept it: a third of the bytes on a slow connection.
    const gzipped = new Map<string, Promise<Buffer>>();
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.test(req.path) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
      const file = path.join(dir, req.path);
      if (!existsSync(file) || !statSync(file).isFile()) return next();
      let body = gzipped.get(file);
      if (!body) {
        body = readFile(file).then((raw) => gzipAsync(raw, { level: 9 }));
        gzipped.set(file, body);
        body.catch(() => gzipped.delete(file));
      }
      body.then(
        (gz) => {
          securityHeaders(res);
          res.type(path.extname(file));
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          res.setHeader('Content-Encoding', 'gzip');
          res.setHeader('Vary', 'Accept-Encoding');
          res.setHeader('Content-Length', String(gz.length));
          res.end(req.method === 'HEAD' ? undefined : gz);
        },
        () => next(),
      );
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
