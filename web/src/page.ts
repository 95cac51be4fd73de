/** What a page module gets, and what it may give back so the router can update it in place. */
import type { UiLang } from './i18n.js';
import type { NavOptions, Route } from './router.js';

export interface PageContext {
  ui: UiLang;
  route: Route;
  url: URL;
  main: HTMLElement;
  /** Aborted when the reader leaves the page. */
  signal: AbortSignal;
}

export interface UpdateOptions extends NavOptions {
  pop?: boolean;
  first?: boolean;
  scrollY?: number;
}

export interface PageInstance {
  /** Same page, new URL (search state changed): update in place instead of re-rendering. */
  update?(ctx: PageContext, opts: UpdateOptions): boolean;
}

export type Page = (ctx: PageContext) => PageInstance | void | Promise<PageInstance | void>;

export function setTitle(title: string): void {
  document.title = title ? `${title} — Lexatlas` : 'Lexatlas';
}
