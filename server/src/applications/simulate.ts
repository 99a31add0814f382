import type { StatusChange } from '../../../src/application-status/model/index.js';
import type { AppContext } from '../context.js';
import { moveApplication, procedureOf } from './status.js';
import type { ApplicationRow } from './store.js';

/** Demo notes, as staff would write them. */
const NOTE_MISSING = {
  vi: 'Bản sao chưa rõ nét, vui lòng mang bản chính để đối chiếu.',
  en: 'The copy is not legible; please bring the original to compare.',
  de: 'Die Kopie ist nicht lesbar; bitte bringen Sie das Original zum Vergleich.',
};

/** The next step of a demo application: mostly straight through, now and then a missing document. */
function nextChange(app: AppContext, row: ApplicationRow, random: () => number): StatusChange | undefined {
  switch (row.status) {
    case 'received':
    case 'needs-documents':
      return { status: 'processing' };
    case 'processing': {
      const document = procedureOf(app, row)?.documents[0];
      if (random() < 0.25 && document) return { status: 'needs-documents', note: NOTE_MISSING, missing: { items: [{ document: document.id }] } };
      return { status: 'result-ready', collect: { how: 'counter', bring: ['receipt', 'id-card'] } };
    }
    case 'result-ready':
      return { status: 'collected', ...(row.fees_due ? { feesPaid: row.fees_due } : {}) };
    default:
      return undefined;
  }
}

/**
 * One step of the demo applications (`--simulate`): the open application left alone the longest
 * moves one status on, through the same rules as staff's endpoint. Applications come from the
 * wizard (or curl); the simulation creates none.
 */
export async function applicationStep(app: AppContext, random: () => number): Promise<void> {
  await app.write(async () => {
    const row = await app.stores.applications.oldestOpen();
    const change = row && nextChange(app, row, random);
    if (row && change) await moveApplication(app, row, change);
  });
}
