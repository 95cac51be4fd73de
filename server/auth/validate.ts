/** zod at the HTTP boundary: a failed parse becomes a ValidationError with one FieldError per issue. */
import type { z } from 'zod';
import { ValidationError, type FieldError } from '../errors/index.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => {
    const field = [where, ...issue.path.map(String)].join('.');
    const expected = 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
    return { field, message: `${field}: ${issue.message}`, ...(expected ? { expected } : {}) };
  });
  throw new ValidationError(errors);
}
