/** Inputs of the accounts routes (zod), and the shapes they answer with. */
import { z } from 'zod';
import { INTERNATIONAL, isCountryCode } from '../../corpus/vocab/countries.js';
import { ROLES, STATUSES, type User } from './users.js';

/** A State's ISO 3166-1 alpha-3 code (`INT` is not a State). */
export const stateCode = z.string().trim().toUpperCase()
  .refine((c) => c !== INTERNATIONAL && isCountryCode(c), { message: 'expected an ISO 3166-1 alpha-3 country code such as FRA' });

const text = (max: number) => z.string().trim().min(1).max(max);

export const RegisterBody = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  name: text(200),
  institution: text(300),
  country: stateCode,
  reason: text(2000),
  password: z.string(),
}).strict();

export const LoginBody = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
}).strict();

export const Pagination = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
};

export const RequestsQuery = z.object({
  status: z.enum([...STATUSES, 'all']).default('pending'),
  ...Pagination,
});

export const ApproveBody = z.object({
  role: z.enum(ROLES),
  countries: z.array(stateCode).max(300).default([]),
}).strict().superRefine((b, ctx) => {
  if (b.role === 'cna-editor' && b.countries.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['countries'], message: 'Unexpected empty list, expected the countries a cna-editor may edit' });
  }
  if (b.role !== 'cna-editor' && b.countries.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['countries'], message: `Unexpected countries for role ${b.role}, expected them only for cna-editor` });
  }
});

export const RejectBody = z.object({ note: z.string().trim().max(2000).optional() }).strict();

export const AuditQuery = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(320).optional(),
  target: z.string().trim().max(100).optional(),
  ...Pagination,
});

/** What a user may see of their own account (`/me`, sign-in). */
export function meView(u: User) {
  return { id: u.id, email: u.email, name: u.name, institution: u.institution, country: u.country, status: u.status, role: u.role, countries: u.countries };
}

/** What an admin sees of a registration request. */
export function requestView(u: User) {
  return {
    ...meView(u), reason: u.reason, createdAt: new Date(u.createdAt).toISOString(),
    decidedAt: u.decidedAt === null ? null : new Date(u.decidedAt).toISOString(), decidedBy: u.decidedBy, decisionNote: u.decisionNote,
  };
}
