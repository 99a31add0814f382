/**
 * The procedure wizard's model: plain TypeScript, no DOM, no Lit, no strings for people (it
 * returns problem codes; the element words them). The reference server imports it too.
 */
export * from './types.js';
export { evaluate, isAnswered, fieldsOf } from './conditions.js';
export { checkProcedure } from './check.js';
export { validateField, normalizeAnswer, isVnMobile, isCitizenId, isEmail, parseDate, parseNumber, dateBound, today } from './validate.js';
export { visibleSteps, visibleDocuments, pruneAnswers, stepProblems, firstIncompleteStep, submission } from './steps.js';
export { feeAmount, appliedFee, feeCase, tieredPrice, counterChannel } from './fee.js';
export { validateApplication, type ApplicationProblem } from './application.js';
