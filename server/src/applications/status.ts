import { canMove, isFinal, nextStatuses, type ApplicationStatus, type BringItem, type StatusChange } from '../../../src/application-status/model/index.js';
import type { Procedure } from '../../../src/procedure-wizard/model/index.js';
import type { AppContext } from '../context.js';
import type { LocalizedText } from '../contracts.js';
import { HttpError } from '../http/errors.js';
import type { ApplicationRow } from './store.js';
import { publicView, type EntryDetails } from './view.js';

const DEFAULT_BRING: BringItem[] = ['receipt', 'id-card'];

export const procedureOf = (app: AppContext, row: ApplicationRow): Procedure | undefined =>
  app.procedures.get(row.procedure_code) as Procedure | undefined;

/** The public view of a stored application. */
export async function viewOf(app: AppContext, row: ApplicationRow): Promise<ApplicationStatus> {
  const name = (procedureOf(app, row)?.name as LocalizedText | undefined) ?? row.procedure_code;
  return publicView(row, await app.stores.applications.history(row.reference), name);
}

/**
 * Moves an application to a new status — staff's endpoint and the simulation both come here, so
 * the rules are the same: only the moves of src/application-status/model/transitions.ts (409
 * otherwise), what the new status needs (400), one history entry. Run inside the write transaction.
 */
export async function moveApplication(app: AppContext, row: ApplicationRow, change: StatusChange): Promise<ApplicationStatus> {
  const store = app.stores.applications;
  if (!canMove(row.status, change.status)) {
    throw new HttpError(
      409,
      'invalid-transition',
      isFinal(row.status)
        ? `The application is ${row.status}; its status cannot change any more.`
        : `An application that is ${row.status} can move to ${nextStatuses(row.status).join(', ')} only.`,
      [{ field: '/status', message: `not allowed after ${row.status}` }],
    );
  }
  const details = detailsOf(change, procedureOf(app, row));
  await store.move(row.reference, {
    status: change.status,
    at: app.config.now(),
    ...(change.note !== undefined ? { note: JSON.stringify(change.note) } : {}),
    ...(details ? { details: JSON.stringify(details) } : {}),
    ...(change.due !== undefined ? { due: change.due } : {}),
    ...(change.feesPaid !== undefined ? { feesPaid: change.feesPaid } : {}),
  });
  return viewOf(app, (await store.find(row.reference))!);
}

/** What the new status brings, checked: missing documents (or a note), a reason, how to collect. */
function detailsOf(change: StatusChange, procedure: Procedure | undefined): EntryDetails | undefined {
  const invalid = (field: string, message: string) => new HttpError(400, 'invalid-body', message, [{ field, message }]);
  switch (change.status) {
    case 'needs-documents': {
      const items = change.missing?.items ?? [];
      if (!items.length && change.note === undefined) throw invalid('/missing', 'name what is missing, or add a note');
      const missing = {
        items: items.map((item, i) => {
          const doc = item.document === undefined ? undefined : procedure?.documents.find((d) => d.id === item.document);
          if (item.document !== undefined && !doc) throw invalid(`/missing/items/${i}/document`, 'is not a document of this procedure');
          const name = item.name ?? doc?.name;
          if (name === undefined) throw invalid(`/missing/items/${i}/name`, 'is required without a document');
          return { ...(item.document !== undefined ? { document: item.document } : {}), name, ...(item.note !== undefined ? { note: item.note } : {}) };
        }),
        ...(change.missing?.where !== undefined ? { where: change.missing.where } : {}),
        ...(change.missing?.by !== undefined ? { by: change.missing.by } : {}),
      };
      return { missing };
    }
    case 'result-ready':
      return {
        collect: {
          how: change.collect?.how ?? 'counter',
          ...(change.collect?.where !== undefined ? { where: change.collect.where } : {}),
          bring: change.collect?.bring ?? DEFAULT_BRING,
        },
      };
    case 'rejected':
      if (change.reason === undefined) throw invalid('/reason', 'is required to reject');
      return { reason: change.reason };
    default:
      return undefined;
  }
}
