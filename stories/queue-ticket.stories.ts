import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/queue/index.js';
import type { Service, Ticket } from '../src/queue/contracts.js';

// Deterministic data, no server: `services` and `ticketData` are shown as given when `src` is empty.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const SERVICES: Service[] = [
  { letter: 'A', name: { vi: 'Hộ tịch', en: 'Civil status', de: 'Personenstand' }, waiting: 4, estimatedWaitSeconds: 840, counters: ['1', '2'] },
  { letter: 'B', name: { vi: 'Cư trú', en: 'Residence', de: 'Meldewesen' }, waiting: 1, estimatedWaitSeconds: 360, counters: ['2', '3'] },
  { letter: 'C', name: { vi: 'Chứng thực', en: 'Certification', de: 'Beglaubigung' }, waiting: 0, estimatedWaitSeconds: 0, counters: ['4'] },
];
const ticket = (over: Partial<Ticket>): Ticket => ({
  id: 'storyTicket0123456789abc',
  number: 'A-012',
  service: 'A',
  day: TODAY,
  status: 'waiting',
  issuedAt: `${TODAY}T01:45:00.000Z`,
  position: 6,
  estimatedWaitSeconds: 1260,
  ...over,
});

type Args = { services?: Service[]; ticketData?: Ticket; kiosk: boolean; trackUrl: string };

const meta: Meta<Args> = {
  title: 'Queue/Ticket',
  component: 'dvc-queue-ticket',
  parameters: {
    docs: {
      description: {
        component:
          'Take a queue number and follow it. Live with `src="/api/queue"` (and `ticket="<id>"` to follow one); these stories pass ' +
          '`services` or `ticketData` instead, so they need no server.',
      },
    },
  },
  args: { kiosk: false, trackUrl: '' },
  render: ({ services, ticketData, kiosk, trackUrl }): TemplateResult =>
    html`<dvc-queue-ticket .services=${services} .ticketData=${ticketData} ?kiosk=${kiosk} track-url=${trackUrl}></dvc-queue-ticket>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first screen: which service did you come for? Waiting counts and an honest estimate. */
export const ChooseService: Story = { name: 'Choose service', args: { services: SERVICES } };

/** Just taken at a kiosk: the number very large, a QR code to follow it on a phone, and Print. */
export const Issued: Story = {
  args: { ticketData: ticket({ position: 4, estimatedWaitSeconds: 840 }), kiosk: true, trackUrl: 'https://phuong.example/queue?ticket={id}' },
};

/** Waiting: people ahead and estimated wait, with the advice to keep the page open. */
export const Waiting: Story = { args: { ticketData: ticket({}) } };

/** Two people ahead: the "almost your turn" alert. */
export const AlmostYourTurn: Story = { name: 'Almost your turn', args: { ticketData: ticket({ position: 2, estimatedWaitSeconds: 420 }) } };

/** Called: the full-width "Go to counter 2 now". */
export const Called: Story = {
  args: { ticketData: ticket({ status: 'called', counter: '2', calledAt: `${TODAY}T02:10:00.000Z`, position: undefined, estimatedWaitSeconds: undefined }) },
};

/** Served: plain thanks. */
export const Done: Story = { args: { ticketData: ticket({ status: 'done', counter: '2', calledAt: `${TODAY}T02:10:00.000Z`, position: undefined, estimatedWaitSeconds: undefined }) } };

/** Called but nobody came. */
export const NoShow: Story = { name: 'No-show', args: { ticketData: ticket({ status: 'no-show', counter: '2', position: undefined, estimatedWaitSeconds: undefined }) } };

/** Cancelled by the citizen. */
export const Cancelled: Story = { args: { ticketData: ticket({ status: 'cancelled', position: undefined, estimatedWaitSeconds: undefined }) } };

/** A number from an earlier day. */
export const Expired: Story = { args: { ticketData: ticket({ day: '2026-01-05', issuedAt: '2026-01-05T01:45:00.000Z' }) } };
