// Public API of @anxin/form-engine: JSON forms whose rules (JSONLogic, via @anxin/rules) run the same in the
// designer and on the server.

export type { FieldType, LayoutFieldType, ValueFieldType, ColumnFieldType } from './model/field-type';
export { VALUE_FIELD_TYPES, LAYOUT_FIELD_TYPES } from './model/field-type';
export type {
  CascaderField,
  ChoiceField,
  ColumnField,
  DataSourceName,
  DateField,
  DividerField,
  FieldAccess,
  FieldDefinition,
  FieldValidation,
  FilesField,
  FormDefinition,
  FormValues,
  LayoutField,
  NumberField,
  OptionItem,
  OptionsFrom,
  PhoneField,
  PickerField,
  PlainFormatField,
  ProcessVariableMapping,
  RatingField,
  SectionField,
  SerialField,
  SubFormAggregate,
  SubFormField,
  SwitchField,
  TextField,
  ValueField,
} from './model/form-definition.type';
export type { Dictionary, FileInfo, FormContext, FormUser } from './model/form-context.type';
export { textIn, inBothLocales } from './model/localized-text';
export type { Locale, LocalizedMessage, LocalizedText } from './model/localized-text';

export { FORM_DEFINITION_PROBLEM_CODES, hasFormErrors } from './problems/form-problem.type';
export type { FormDefinitionProblemCode, FormProblem, FormProblemCode } from './problems/form-problem.type';
export { SUBMISSION_PROBLEM_CODES } from './problems/submission-messages';
export { blocksSubmission } from './problems/submission-problem.type';
export type { SubmissionProblem, SubmissionProblemCode } from './problems/submission-problem.type';

export { checkForm } from './definition/check-form';
export { checkDictionary } from './definition/check-dictionary';
export type { CheckFormOptions } from './definition/check-form-meaning';
export { evaluateForm } from './evaluation/evaluate-form';
export type { FieldState, FormEvaluation } from './evaluation/field-state.type';
export { validateSubmission } from './validation/validate-submission';
export type { SerialToAssign, SubmissionResult } from './validation/validate-submission';
export { applyPermissions } from './permissions/apply-permissions';
export type { FormPermissions, PermittedForm } from './permissions/apply-permissions';
export { diffForms } from './diff/diff-forms';
export type { BreakingChange, BreakingReason, FieldDiff, FormDiff, PropertyChange } from './diff/diff.type';
export { processVariablesOf } from './process/process-variables';
export { listFieldTypes } from './field-types/list-field-types';
export type { FieldTypeInfo } from './field-types/list-field-types';

export { toChineseUppercase } from './china/chinese-uppercase';
export { MONEY_MAX, roundToFen } from './china/money.util';
export { formatSerial, serialSequenceKey, parseSerialPattern } from './china/serial-pattern';
export type { ParsedSerialPattern } from './china/serial-pattern';
export { idCardFault } from './china/id-card.util';
export type { IdCardFault } from './china/id-card.util';
export { isPhoneNumber } from './china/phone.util';
export type { PhoneKind } from './china/phone.util';
