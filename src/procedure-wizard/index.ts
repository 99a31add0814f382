/**
 * `<dvc-procedure-wizard>` and its public types. The model (definition check, conditions,
 * validation) is loaded lazily by the element; a portal's backend imports it as
 * `dvc-widgets/procedure-wizard/model` (`validateApplication`), the reference server from src/.
 */
export { DvcProcedureWizard } from './procedure-wizard.js';
export type { WizardStepDetail, WizardSubmitDetail, WizardApplication } from './events.js';
export type {
  Procedure, ProcedureSummary, Step, Field, FieldType, Condition, DocumentItem, Channel, Fee, FeeCase, FeeTier, Option, Answer, Answers, Problem,
  LegalBasis, LinkedProcedure, Checked,
} from './model/types.js';
