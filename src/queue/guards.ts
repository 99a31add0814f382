// Hand-written guards for everything the queue feed and API send (docs/ARCHITECTURE.md, "Data
// contracts": no JSON-Schema validator in the browser). They follow schemas/queue-event.schema.json,
// queue-snapshot, service, counter and ticket.schema.json — test/queue/model.test.ts ("queue
// guards") checks them against the schemas — and add the limits a screen needs: short strings,
// safe integers, no extra keys.
import type { Counter, QueueEvent, QueueSnapshot, RecentCall, Service, Ticket } from './contracts.js';

type Obj = Record<string, unknown>;

/** Longest text we accept in any field: a counter name is never a novel. */
const MAX_TEXT = 200;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const time = (v: unknown): boolean => text(v) && !Number.isNaN(Date.parse(v));
const letter = (v: unknown): boolean => typeof v === 'string' && /^[A-Z]$/.test(v);
const list = <T>(v: unknown, item: (x: unknown) => boolean, max = 500): v is T[] =>
  Array.isArray(v) && v.length <= max && v.every(item);

/** `v` is an object with every `required` key, and no key outside `required` + `optional`. */
function shape(v: unknown, required: string, optional = ''): v is Obj {
  if (!isObj(v)) return false;
  const need = required.split(' ').filter(Boolean);
  const allowed = new Set([...need, ...optional.split(' ')]);
  return need.every((k) => k in v) && Object.keys(v).every((k) => allowed.has(k));
}

const localized = (v: unknown): boolean =>
  text(v) || (shape(v, '', 'vi en de') && Object.keys(v).length > 0 && Object.values(v).every(text));

const spokenName = (v: Obj): boolean => v.spokenName === undefined || localized(v.spokenName);

const call = (v: unknown): boolean =>
  shape(v, 'number service calledAt') && text(v.number) && text(v.service) && time(v.calledAt);

export const isService = (v: unknown): v is Service =>
  shape(v, 'letter name waiting estimatedWaitSeconds counters', 'spokenName') &&
  letter(v.letter) && localized(v.name) && spokenName(v) && count(v.waiting) && count(v.estimatedWaitSeconds) && list(v.counters, text);

const isCounter = (v: unknown): v is Counter =>
  shape(v, 'id name letters current', 'spokenName') && text(v.id) && localized(v.name) && spokenName(v) && list(v.letters, letter, 26) &&
  (v.current === null || call(v.current));

const isRecent = (v: unknown): v is RecentCall =>
  shape(v, 'number service counter calledAt') && text(v.number) && text(v.service) && text(v.counter) && time(v.calledAt);

export const isSnapshot = (v: unknown): v is QueueSnapshot =>
  shape(v, 'eventId day generatedAt services counters recent') &&
  count(v.eventId) && text(v.day) && time(v.generatedAt) &&
  list(v.services, isService, 26) && list(v.counters, isCounter, 100) && list(v.recent, isRecent);

/** A `called`, `ticket` or `heartbeat` message of the stream. */
export function isQueueEvent(v: unknown): v is QueueEvent {
  if (!isObj(v)) return false;
  if (v.type === 'heartbeat') return shape(v, 'type at') && time(v.at);
  const base =
    Number.isSafeInteger(v.id) && (v.id as number) >= 1 && text(v.number) && text(v.service) && time(v.at) &&
    count(v.waiting) && count(v.estimatedWaitSeconds);
  if (v.type === 'called') return base && shape(v, 'type id number service counter at waiting estimatedWaitSeconds') && text(v.counter);
  return (
    v.type === 'ticket' && base &&
    shape(v, 'type id action number service at waiting estimatedWaitSeconds', 'counter') &&
    ['issued', 'recalled', 'done', 'no-show', 'cancelled'].includes(v.action as string) &&
    (v.counter === undefined || text(v.counter))
  );
}

export const isTicket = (v: unknown): v is Ticket =>
  shape(v, 'id number service day status issuedAt', 'calledAt counter position estimatedWaitSeconds') &&
  typeof v.id === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(v.id) && text(v.number) && /^[A-Z]-\d{3,}$/.test(v.number) &&
  letter(v.service) && text(v.day) && time(v.issuedAt) &&
  ['waiting', 'called', 'done', 'no-show', 'cancelled'].includes(v.status as string) &&
  (v.calledAt === undefined || time(v.calledAt)) && (v.counter === undefined || text(v.counter)) &&
  (v.position === undefined || count(v.position)) && (v.estimatedWaitSeconds === undefined || count(v.estimatedWaitSeconds));
