import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { engineCall, isNotFound } from '../engine/client.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { ID_PATTERN, PROVISION_KEY_PATTERN, type NormalisedDocument } from '../../corpus/schema.js';

const DocId = z.string().max(200).regex(ID_PATTERN);
const Key = z.string().max(200).regex(PROVISION_KEY_PATTERN);

export async function loadDocument(deps: AppDeps, id: string): Promise<NormalisedDocument> {
  if (!DocId.safeParse(id).success) throw new NotFoundError(`No document with id '${id.slice(0, 120)}'`);
  return engineCall(async () => {
    try {
      return await deps.search.index(deps.indexes.documents).getDocument<NormalisedDocument & { pipelineVersion?: string }>(id);
    } catch (err) {
      if (isNotFound(err) && !(err as { cause?: { code?: string } }).cause?.code?.startsWith('index_')) throw new NotFoundError(`No document with id '${id}'`);
      throw err;
    }
  });
}

export function documentsRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/documents/:id', async (req, res) => {
    const { pipelineVersion: _v, ...doc } = (await loadDocument(deps, req.params.id)) as NormalisedDocument & { pipelineVersion?: string };
    res.json(doc);
  });
  r.get('/documents/:id/provisions/:key', async (req, res) => {
    if (!Key.safeParse(req.params.key).success) throw new ValidationError([{ field: 'key', message: `invalid provision key '${req.params.key.slice(0, 80)}'; expected a key such as art-5 or s-462.31` }]);
    const doc = await loadDocument(deps, req.params.id);
    const provision = doc.provisions.find((p) => p.key === req.params.key);
    if (!provision) throw new NotFoundError(`Document '${doc.id}' has no provision '${req.params.key}'`);
    const evidence = doc.evidence.filter((e) => e.provisions.includes(provision.key));
    res.json({ document: { id: doc.id, kind: doc.kind, title: doc.title, title_en: doc.title_en, country: doc.country, language: doc.language, date: doc.date, url: doc.url }, ...provision, evidence });
  });
  return r;
}
