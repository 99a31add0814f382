import type { IncomingMessage } from 'node:http';
import type { StatusChange, StatusLookup } from '../../../src/application-status/model/index.js';
import type { AppContext } from '../context.js';
import { readJson } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { sendJson } from '../http/respond.js';
import type { RequestContext, Router } from '../http/router.js';
import { idempotentPost } from '../idempotency/middleware.js';
import { requireStaff } from '../staff/auth.js';
import { normaliseCode } from './code.js';
import { LookupLimiter } from './lookup-limit.js';
import { moveApplication, procedureOf, viewOf } from './status.js';
import { verifierMatches, verifiersOf } from './verifier.js';
import { staffItem } from './view.js';

/** One answer for an unknown code and a wrong verifier: nothing tells which was wrong. */
const notFound = (): HttpError => new HttpError(404, 'not-found', 'No application with this code and verifier.');

const LIST_LIMIT = 200;

/**
 * The verifier from header `X-Verifier`, or else from the JSON body — never from the query string,
 * which ends up in access logs. Four digits; spaces around them are forgiven.
 */
async function readVerifier(req: IncomingMessage, app: AppContext): Promise<string> {
  const header = req.headers['x-verifier'];
  let given: unknown = header;
  if (header !== undefined) req.resume();
  else if (req.method === 'POST') given = app.schemas.assert<StatusLookup>('application-status-lookup.schema.json', (await readJson(req)).value).verifier;
  if (typeof given !== 'string' || !/^\s*\d{4}\s*$/.test(given)) {
    throw new HttpError(400, 'invalid-verifier', 'Send the last 4 digits of the phone or ID number given in the application.', [
      { field: '/verifier', message: 'must be 4 digits' },
    ]);
  }
  return given.trim();
}

export function applicationStatusRoutes(router: Router, app: AppContext): void {
  const store = app.stores.applications;
  const limiter = new LookupLimiter(store, { perCode: app.config.rateLimits.statusCode, perAddress: app.config.rateLimits.statusAddress }, app.config.now);

  const lookUp = async (ctx: RequestContext): Promise<void> => {
    const verifier = await readVerifier(ctx.req, app);
    const code = normaliseCode(ctx.params.code!, app.config.referencePrefix);
    const view = await app.write(async () => {
      await limiter.check(ctx.address, code);
      const row = code ? await store.find(code) : undefined;
      const candidates = row ? verifiersOf(procedureOf(app, row), (JSON.parse(row.body) as { answers: Record<string, unknown> }).answers) : [];
      if (verifierMatches(verifier, candidates)) return viewOf(app, row!);
      await limiter.fail(ctx.address, code);
      return undefined;
    });
    if (!view) throw notFound();
    sendJson(ctx.res, 200, view);
  };
  router.add('POST', '/api/applications/:code/status', lookUp);
  router.add('GET', '/api/applications/:code/status', lookUp);

  router.add('GET', '/api/staff/applications', async ({ req, res, url }) => {
    requireStaff(req, app.staffToken);
    const status = url.searchParams.get('status') ?? undefined;
    const limit = Math.min(LIST_LIMIT, Math.max(1, Number(url.searchParams.get('limit')) || 50));
    if (status !== undefined && !/^[a-z-]{1,40}$/.test(status)) {
      throw new HttpError(400, 'invalid-query', 'Unknown status.', [{ field: 'status', message: 'is not a status' }]);
    }
    sendJson(res, 200, (await store.list(status, limit)).map(staffItem));
  });

  router.add('POST', '/api/staff/applications/:code/status', async (ctx) => {
    requireStaff(ctx.req, app.staffToken);
    const { value, raw } = await readJson(ctx.req);
    const change = app.schemas.assert<StatusChange>('application-status-change.schema.json', value);
    const code = normaliseCode(ctx.params.code!, app.config.referencePrefix);
    await idempotentPost(app, ctx, 'application-status', `${code}\n${raw}`, undefined, async () => {
      const row = code ? await store.find(code) : undefined;
      if (!row) throw new HttpError(404, 'not-found', 'No such application.');
      return { status: 200, body: await moveApplication(app, row, change) };
    });
  });
}
