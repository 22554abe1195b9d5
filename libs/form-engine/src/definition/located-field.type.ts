import type { FieldKind } from '../field-types/field-kind.type';
import type { FieldDefinition } from '../model/form-definition.type';

/** Where a field sits: at the top of the form, in a section, or as a column of a sub-form. */
export type FieldPlace = 'form' | 'section' | 'sub-form';

/** A field of a shape-valid form with its JSON Pointer and its containers. */
export interface LocatedField {
  readonly field: FieldDefinition;
  readonly kind: FieldKind;
  readonly path: string;
  readonly place: FieldPlace;
  readonly section?: LocatedField;
  readonly subForm?: LocatedField;
}
