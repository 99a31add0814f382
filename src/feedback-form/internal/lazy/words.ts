import { msg, str } from '../../../core/msg.js';
import { resolveText } from '../../../core/localized-text.js';
import { officeNames } from '../../../core/office.js';
import type { FeedbackHost } from '../host.js';
import type { Criterion } from '../../model/criteria.js';
import { COMMENT_MAX, NAME_MAX, type CriterionKey, type ProblemCode } from '../../model/submission.js';
import { overallRequired } from '../scale.js';

/** The SIPAS factors in plain words (Decision 2640/QĐ-BNV), unless the portal gave its own label. */
export function criterionLabel(c: Criterion): string {
  if (c.label !== undefined) return resolveText(c.label);
  const words: Record<CriterionKey, () => string> = {
    access: () => msg('Getting to the service: information, place, opening hours'),
    procedure: () => msg('The procedure: papers, fees and time it took'),
    official: () => msg('The official who served you'),
    result: () => msg('The result you received'),
    complaints: () => msg('How comments and complaints are handled'),
  };
  return words[c.key]();
}

/** What to fix, in plain words, for each problem. */
export function problemText(code: ProblemCode): string {
  switch (code) {
    case 'overall-required':
      return overallRequired();
    case 'comment-too-long':
      return msg(str`The comment is too long. Please shorten it to ${COMMENT_MAX} characters.`);
    case 'name-too-long':
      return msg(str`The name is too long: at most ${NAME_MAX} characters.`);
    case 'phone-invalid':
      return msg('Enter a Viet Nam mobile number, for example 0912 345 678.');
    case 'email-invalid':
      return msg('Enter an email address like name@example.vn.');
    case 'contact-missing':
      return msg('To get a reply, enter a phone number or an email address.');
    case 'consent-required':
      return msg('To be contacted, tick the box to agree.');
    default:
      return msg('The service did not accept this answer. Please check it.');
  }
}

/** Who reads the feedback and replies: the centre's name, else the unit's, else '' (generic words). */
export function officeWho(host: FeedbackHost): string {
  const { unit, centre } = officeNames(host.element);
  return centre || unit;
}
