import { msg } from './msg.js';
import { HttpError } from './http.js';
import '../generated/strings/core-messages.js';

/** The `dvc-error` code for a failed request: its kind, e.g. `network`, `http-5xx`. */
export function errorCode(error: unknown): string {
  return error instanceof HttpError ? error.kind : 'unexpected';
}

/** Plain words for a failed request, in the current locale, saying what the citizen can do. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof HttpError)) return msg('Something went wrong. Please try again.');
  if (error.status === 404) return msg('This information could not be found.');
  if (error.status === 429) return msg('Too many requests at once. Please wait a moment and try again.');
  switch (error.kind) {
    case 'network':
      return msg('No connection. Check that the phone or computer is online, then try again.');
    case 'timeout':
      return msg('The service is taking too long to answer. Please try again.');
    case 'http-5xx':
      return msg('The service is not working right now. Please try again in a few minutes.');
    case 'bad-json':
      return msg('The service sent an answer that could not be read. Please try again later.');
    default:
      return msg('The request was not accepted. Please check and try again.');
  }
}
