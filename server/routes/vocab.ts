import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { vocabulary } from '../../corpus/vocab/index.js';
import { ValidationError } from '../errors/index.js';
import { zodFieldErrors } from '../search/params.js';

export const LocaleQuery = z.object({ locale: z.preprocess((v) => (Array.isArray(v) ? v.at(-1) : v), z.enum(UN_LANGUAGES).default('en')) });

export function vocabRouter(_deps: AppDeps): Router {
  const r = Router();
  const cache = new Map<string, string>();
  r.get('/vocab', (req, res) => {
    const q = LocaleQuery.safeParse(req.query);
    if (!q.success) throw new ValidationError(zodFieldErrors(q.error));
    let body = cache.get(q.data.locale);
    if (!body) {
      body = JSON.stringify(vocabulary(q.data.locale));
      cache.set(q.data.locale, body);
    }
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/json').send(body);
  });
  return r;
}
