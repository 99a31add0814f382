// Shared helpers of the queue widgets' tests: a child reference server, staff actions, tickets.
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localization.js';
import type { Ticket } from '../../src/queue/contracts.js';
import { sleep, until } from '../helpers/wait.js';
export { sleep, until };

export interface Started {
  url: string;
  db: string;
  staffToken: string;
}

/** A fresh reference server for this test file (CORS for this page), with a short heartbeat. */
export function startServer(heartbeatMs = 1000): Promise<Started> {
  return executeServerCommand<Started, object>('dvc-server-start', { origin: location.origin, heartbeatMs });
}

/**
 * For a test file's `describe`: the page in Vietnamese and a fresh reference server before its
 * tests, stopped after them. `server` and `api` (the queue API base) are set once they run.
 */
export function useServer(heartbeatMs = 1000): { server: Started; api: string } {
  const q = {} as { server: Started; api: string };
  before(async () => {
    await setLocale('vi');
    q.server = await startServer(heartbeatMs);
    q.api = `${q.server.url}/api/queue`;
  });
  after(() => executeServerCommand('dvc-server-stop'));
  return q;
}

/** A staff action at a counter: `next`, `recall`, `done`, `no-show`. */
export async function staff(base: string, counter: string, action: string): Promise<void> {
  const r = await fetch(`${base}/api/queue/counters/${counter}/${action}`, { method: 'POST', headers: { Authorization: 'Bearer test-staff-token' } });
  if (!r.ok) throw new Error(`${action} at ${counter}: ${r.status}`);
}

export async function takeTicket(base: string, service: string): Promise<Ticket> {
  const r = await fetch(`${base}/api/queue/tickets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ service }) });
  if (r.status !== 201) throw new Error(`ticket: ${r.status}`);
  return (await r.json()) as Ticket;
}

/** The visible text of an element's shadow root, spaces collapsed. */
export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Counts the EventSources the page opens (still real ones): the widgets must share one per URL. */
export function countEventSources(): { urls: string[]; restore(): void } {
  const Original = window.EventSource;
  const urls: string[] = [];
  window.EventSource = class extends Original {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      urls.push(String(url));
    }
  };
  return { urls, restore: () => (window.EventSource = Original) };
}

/** A recording stand-in for `speechSynthesis` (headless Chromium has no voices): the one double we use. */
export class FakeSpeech extends EventTarget {
  voices: Array<Pick<SpeechSynthesisVoice, 'lang' | 'name'>> = [];
  spoken: Array<{ text: string; lang: string; rate: number }> = [];
  /** `end` after `ms`; `never` fires nothing; `blocked` refuses like an autoplay policy. */
  mode: 'end' | 'never' | 'blocked' = 'end';
  ms = 30;
  active = 0;
  overlaps = 0;
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(u: SpeechSynthesisUtterance) {
    if (this.mode === 'blocked') {
      setTimeout(() => u.onerror?.({ error: 'not-allowed' } as SpeechSynthesisErrorEvent));
      return;
    }
    if (this.active) this.overlaps++;
    this.active++;
    this.spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
    if (this.mode === 'end') {
      setTimeout(() => {
        this.active--;
        u.onend?.({} as SpeechSynthesisEvent);
      }, this.ms);
    } else setTimeout(() => this.active--, this.ms);
  }
  cancel() {}
  install(): () => void {
    const previous = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: this, configurable: true });
    return () => {
      if (previous) Object.defineProperty(window, 'speechSynthesis', previous);
    };
  }
}
