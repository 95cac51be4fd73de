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

export interface AppDeps {
  config: Config;
  /** Search-only engine client. */
  search: Meilisearch;
  indexes: IndexNames;
  logger: Logger;
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
        connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  }));
  app.use(compression());
  app.use(express.json({ limit: '64kb' }));

  const api = express.Router();
  api.use(healthRouter(deps));
  app.use('/api', api);

  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
