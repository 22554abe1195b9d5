import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as forms from '../index';

describe('@anxin/form-engine public API', () => {
  it('should expose exactly the documented functions and constants from index.ts', () => {
    // given the library's single entry point (imported elsewhere as @anxin/form-engine)
    // when its runtime exports are listed
    const exported = Object.keys(forms).sort();

    // then exactly the documented API is public
    expect(exported).toEqual([
      'FORM_DEFINITION_PROBLEM_CODES',
      'LAYOUT_FIELD_TYPES',
      'MONEY_MAX',
      'SUBMISSION_PROBLEM_CODES',
      'VALUE_FIELD_TYPES',
      'applyPermissions',
      'blocksSubmission',
      'checkDictionary',
      'checkForm',
      'diffForms',
      'evaluateForm',
      'formatSerial',
      'hasFormErrors',
      'idCardFault',
      'inBothLocales',
      'isPhoneNumber',
      'listFieldTypes',
      'parseSerialPattern',
      'processVariablesOf',
      'roundToFen',
      'serialSequenceKey',
      'textIn',
      'toChineseUppercase',
      'validateSubmission',
    ]);
  });

  it('should list every field type of the format, in palette order', () => {
    // given the types the format declares
    // when the engine lists its field types
    // then they are the same, value types first
    expect(forms.listFieldTypes().map((t) => t.type)).toEqual(
      expect.arrayContaining([...forms.VALUE_FIELD_TYPES, ...forms.LAYOUT_FIELD_TYPES]),
    );
    expect(forms.listFieldTypes()).toHaveLength(forms.VALUE_FIELD_TYPES.length + forms.LAYOUT_FIELD_TYPES.length);
  });

  it('should import nothing from Node: the designer runs it in the browser', () => {
    // given the library's sources (not its tests)
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sources(path);
        return path.endsWith('.ts') ? [path] : [];
      });

    // when their imports are read
    const imports = sources(join(__dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? ''),
    );

    // then only relative modules, @anxin/rules and luxon are imported
    expect([...new Set(imports.filter((m) => !m.startsWith('.')))].sort()).toEqual(['@anxin/rules', 'luxon']);
  });
});
