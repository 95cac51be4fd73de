/**
 * Accounts and the CNA directory, mounted on the application with one call:
 * `mountAccounts(app, { db })` adds `/api/auth` and `/api/cna` (before the 404 handler).
 */
import type { Router } from 'express';
import { createAccounts, type Accounts, type AccountsOptions } from './context.js';
import { authRouter } from './router.js';
import { cnaRouter } from '../cna/router.js';

export { openDatabase, migrate, type Db } from './database.js';
export type { AccountsOptions, Accounts } from './context.js';

/** `app` is the Express application (or any router mounted at the site root). */
export function mountAccounts(app: Pick<Router, 'use'>, options: AccountsOptions): Accounts {
  const acc = createAccounts(options);
  app.use('/api/auth', authRouter(acc));
  app.use('/api/cna', cnaRouter(acc));
  return acc;
}
