import type { AppContext } from '../context.js';
import { notFound } from '../http/errors.js';
import { sendJson } from '../http/respond.js';
import type { Router } from '../http/router.js';

/** The catalogue changes only with a deploy: let browsers and proxies keep it for a few minutes. */
const CACHE = { 'Cache-Control': 'public, max-age=300' };

export function procedureRoutes(router: Router, app: AppContext): void {
  router.add('GET', '/api/procedures', ({ res }) => sendJson(res, 200, app.procedures.summaries, CACHE));
  router.add('GET', '/api/procedures/:code', ({ res, params }) => {
    const procedure = app.procedures.get(params.code!);
    if (!procedure) throw notFound('procedure');
    sendJson(res, 200, procedure, CACHE);
  });
}
