import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors.js';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** Client address used for rate limits. */
  address: string;
}

export type RouteHandler = (ctx: RequestContext) => void | Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handle: RouteHandler;
}

/** Minimal router: `/api/queue/tickets/:id` style paths, 404 and 405 as JSON errors. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handle: RouteHandler): this {
    const keys: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handle });
    return this;
  }

  /** Finds the handler for a request, or throws 404/405. */
  match(method: string, pathname: string): { handle: RouteHandler; params: Record<string, string> } {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((k, i) => {
        try {
          params[k] = decodeURIComponent(m[i + 1]!);
        } catch {
          throw new HttpError(404, 'not-found', 'No such route.');
        }
      });
      return { handle: route.handle, params };
    }
    if (pathMatched) {
      const allow = this.routes.filter((r) => r.pattern.test(pathname)).map((r) => r.method);
      throw new HttpError(405, 'method-not-allowed', `Use ${allow.join(', ')} here.`, [], { Allow: allow.join(', ') });
    }
    throw new HttpError(404, 'not-found', 'No such route.');
  }
}
