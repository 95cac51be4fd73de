/**
 * `createApp(deps)` builds the Express application (no listen): middleware, routes, errors.
 * `main.ts` starts the engine, ingests if needed and listens.
 */
import express, { type Express } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Meilisearch } from 'meilisearch';
import type { Config } from './config.js';
import type { IndexNames } from './engine/client.js';
import { notFoundHandler, problemHandler } from './middleware/problem.js';
import { healthRouter } from './routes/health.js';
import { searchRouter } from './routes/search.js';
import { documentsRouter } from './routes/documents.js';
import { vocabRouter } from './routes/vocab.js';
import { treatiesRouter } from './routes/treaties.js';
import { countriesRouter } from './routes/countries.js';
import { similarRouter } from './routes/similar.js';
import { exportRouter } from './routes/export.js';
import { openapiRouter } from './routes/openapi.js';
import { rateLimit } from 'express-rate-limit';
import { TooManyRequestsError } from './errors/index.js';
import { mountAccounts, type Db } from './auth/index.js';
import { siteRouter } from './routes/site.js';

export interface AppDeps {
  config: Config;
  /** Search-only engine client. */
  search: Meilisearch;
  indexes: IndexNames;
  logger: Logger;
  /** Accounts, sessions, audit log, CNA directory (SQLite). Without it /api/auth and /api/cna are 404. */
  db?: Db;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'extended');
  app.use(pinoHttp({
    logger: deps.logger,
    genReqId: (req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/api/health' },
  }));
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  }));
  app.use(compression());
  app.use(express.json({ limit: '64kb' }));

  const api = express.Router();
  // A rate limit per client on the expensive routes, answered as a problem with Retry-After.
  const limiter = rateLimit({
    windowMs: 60_000, limit: deps.config.RATE_LIMIT_PER_MINUTE, standardHeaders: 'draft-7', legacyHeaders: false,
    handler: (_req, _res, next, options) => next(new TooManyRequestsError(`More than ${options.limit} requests per minute from this client; retry in a minute.`, 60)),
  });
  api.use(['/search', '/export', '/similar', '/feed'], limiter);
  api.use(healthRouter(deps));
  api.use(searchRouter(deps));
  api.use(documentsRouter(deps));
  api.use(vocabRouter(deps));
  api.use(treatiesRouter(deps));
  api.use(countriesRouter(deps));
  api.use(similarRouter(deps));
  api.use(exportRouter(deps));
  api.use(openapiRouter(deps));
  app.use('/api', api);
  if (deps.db) mountAccounts(app, { db: deps.db, logger: deps.logger, sessionTtlHours: deps.config.SESSION_TTL_HOURS, sessionIdleMinutes: deps.config.SESSION_IDLE_MINUTES });

  app.use(siteRouter());
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
