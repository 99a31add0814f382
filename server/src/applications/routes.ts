import { counterChannel, feeAmount, validateApplication, type Answers, type Procedure } from '../../../src/procedure-wizard/model/index.js';
import type { AppContext } from '../context.js';
import type { Application, ApplicationReceipt } from '../contracts.js';
import { HttpError } from '../http/errors.js';
import { readJson } from '../http/body.js';
import type { Router } from '../http/router.js';
import { idempotentPost } from '../idempotency/middleware.js';
import { iso, serviceDay } from '../time.js';
import { processingDays, promisedDate } from './due.js';

export function applicationRoutes(router: Router, app: AppContext): void {
  const store = app.stores.applications;
  const holidays = new Set(app.config.holidays);

  // The same model the wizard runs in the browser, unless the portal plugs in its own check.
  const validate =
    app.config.validateApplication ??
    ((procedure: unknown, application: Application) =>
      validateApplication(procedure, application, app.config.now()).map(({ field, message, code }) => ({ field, message, code })));

  router.add('POST', '/api/applications', async (ctx) => {
    const { value, raw } = await readJson(ctx.req);
    const application = app.schemas.assert<Application>('application.schema.json', value);
    const procedure = app.procedures.get(application.procedureCode);
    if (!procedure) {
      throw new HttpError(400, 'invalid-body', 'No such procedure.', [
        { field: '/procedureCode', message: 'unknown procedure' },
      ]);
    }
    const problems = validate(procedure, application);
    if (problems.length) throw new HttpError(400, 'invalid-answers', 'Some answers are missing or invalid.', problems);

    await idempotentPost(app, ctx, 'applications', raw, undefined, async () => {
      const now = app.config.now();
      const day = serviceDay(now);
      const seq = await store.nextSeq(day);
      const reference = `${app.config.referencePrefix}-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
      // The promised date and the fee are fixed at receipt, from the procedure as it is today.
      const definition = procedure as unknown as Procedure;
      const days = processingDays(definition);
      await store.insert({
        reference,
        day,
        seq,
        procedureCode: application.procedureCode,
        body: raw,
        receivedAt: now,
        due: days === undefined ? undefined : promisedDate(days, now, holidays),
        feesDue: feeAmount(counterChannel(definition.channels)?.fee, application.answers as Answers),
      });
      const receipt: ApplicationReceipt = { reference, procedureCode: application.procedureCode, receivedAt: iso(now) };
      return { status: 201, body: receipt };
    });
  });
}
