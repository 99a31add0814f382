import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/queue/index.js';
import type { Counter, QueueSnapshot, RecentCall } from '../src/queue/contracts.js';
import type { DvcQueueBoard } from '../src/queue/board/board.js';

// Deterministic data, no server: the board shows `snapshot` when `src` is empty.
const AT = '2026-11-28T02:30:00.000Z';
const LETTERS = ['A', 'B', 'C'];
const NAMES = [
  { vi: 'Hộ tịch', en: 'Civil status', de: 'Personenstand' },
  { vi: 'Cư trú', en: 'Residence', de: 'Meldewesen' },
  { vi: 'Chứng thực', en: 'Certification', de: 'Beglaubigung' },
];

function counters(n: number, served: boolean): Counter[] {
  return Array.from({ length: n }, (_, i) => {
    const letter = LETTERS[i % 3]!;
    const id = String(i + 1);
    const no = String(i + 1).padStart(2, '0');
    return {
      id,
      name: { vi: `Quầy số ${no}`, en: `Counter ${i + 1}`, de: `Schalter ${i + 1}` },
      letters: [letter],
      current: served ? { number: `${letter}-${String(10 + i).padStart(3, '0')}`, service: letter, calledAt: AT } : null,
    };
  });
}

function snapshot(n: number, served = true): QueueSnapshot {
  const cs = counters(n, served);
  const recent: RecentCall[] = served
    ? cs.slice(0, 8).map((c) => ({ ...c.current!, counter: c.id }))
    : [];
  return {
    eventId: 100,
    day: '2026-11-28',
    generatedAt: AT,
    services: LETTERS.map((letter, i) => ({ letter, name: NAMES[i]!, waiting: served ? 3 + i * 2 : 0, estimatedWaitSeconds: served ? 600 + i * 300 : 0, counters: [] })),
    counters: cs,
    recent,
  };
}

type Args = { heading: string; counters: string; snapshot: QueueSnapshot; staleSince?: number };

const meta: Meta<Args> = {
  title: 'Queue/Board',
  component: 'dvc-queue-board',
  parameters: {
    docs: {
      description: {
        component:
          'The TV board of a service centre. Live with `src="/api/queue"`; these stories pass a `snapshot` instead, so they need no server. ' +
          'With `voice`, calls are spoken in the page’s language (where the browser has a voice for it).',
      },
    },
  },
  args: { heading: '', counters: '', snapshot: snapshot(3) },
  render: ({ heading, counters: only, snapshot: data, staleSince }): TemplateResult =>
    html`<dvc-queue-board heading=${heading} counters=${only} .snapshot=${data} .staleSince=${staleSince} .highlightMs=${600_000}></dvc-queue-board>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Three counters, an ordinary morning. */
export const ThreeCounters: Story = { name: '3 counters' };

/** Twelve counters on a big screen: the grid wraps with the board's width. */
export const TwelveCounters: Story = { name: '12 counters', args: { snapshot: snapshot(12) } };

/** A call just came in: highlighted (a fade under reduced motion) and announced to screen readers. */
export const CallInProgress: Story = {
  name: 'Call in progress',
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector<DvcQueueBoard>('dvc-queue-board')!;
    const wait = async () => {
      for (let i = 0; i < 100 && !board.shadowRoot?.querySelector('.board'); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await wait();
    const next = snapshot(3);
    const call = { number: 'B-042', service: 'B', counter: '2', calledAt: '2026-11-28T02:31:00.000Z' };
    next.eventId = 101;
    next.recent = [call, ...next.recent];
    next.counters[1]!.current = { number: call.number, service: 'B', calledAt: call.calledAt };
    board.snapshot = next;
    await board.updateComplete;
    for (let i = 0; i < 50 && !board.shadowRoot?.querySelector('.now.fresh'); i++) await new Promise((r) => setTimeout(r, 20));
    if (!board.shadowRoot?.querySelector('.now.fresh')) throw new Error('the new call is not highlighted');
  },
};

/** The connection dropped: the board says since when its information dates, and reconnects by itself. */
export const StaleConnection: Story = { name: 'Stale connection', args: { staleSince: Date.parse(AT) } };

/** Opening time: nobody called yet, nobody waiting. */
export const EmptyMorning: Story = { name: 'Empty morning', args: { snapshot: snapshot(4, false) } };

/** Only counters 1 and 2, with a heading of the portal's choice. */
export const Filtered: Story = { name: 'Some counters only', args: { counters: '1,2', heading: 'Tầng 1' } };
