import { msg } from '../../../core/msg.js';
import type { BringItem, CollectMethod } from '../../model/types.js';

/** A status in plain words; a status this widget does not know is "in progress", never blank. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'received':
      return msg('Received');
    case 'processing':
      return msg('Being processed');
    case 'needs-documents':
      return msg('Documents needed');
    case 'result-ready':
      return msg('Result ready');
    case 'collected':
      return msg('Result collected');
    case 'rejected':
      return msg('Refused');
    default:
      return msg('Being handled');
  }
}

/** What the current status means for the citizen: the next thing that happens, or to do. */
export function statusMeaning(status: string): string {
  switch (status) {
    case 'received':
      return msg('The ward office has your application. An official will check it.');
    case 'processing':
      return msg('An official is working on your application. You need to do nothing now.');
    case 'needs-documents':
      return msg('Your application is waiting for you: please bring what is missing.');
    case 'result-ready':
      return msg('Your result is ready. You can collect it as shown below.');
    case 'collected':
      return msg('You have collected the result. Your application is finished.');
    case 'rejected':
      return msg('Your application was refused. The reason is below.');
    default:
      return msg('Your application is being handled. Look again later.');
  }
}

export function collectHow(how: CollectMethod | string): string {
  return how === 'post' ? msg('By post') : how === 'online' ? msg('Online, on the portal') : msg('At the counter');
}

export function bringItem(item: BringItem | string): string {
  switch (item) {
    case 'receipt':
      return msg('The receipt of your application');
    case 'id-card':
      return msg('Your ID card (thẻ căn cước)');
    case 'authorization':
      return msg('A letter of authorization, if someone collects it for you');
    default:
      return msg('The fee, if it is not paid yet');
  }
}
