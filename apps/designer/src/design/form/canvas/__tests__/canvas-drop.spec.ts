import type { FormDefinition } from '@anxin/form-engine';
import { containerDropId, paletteDragId, planDrop } from '../canvas-drop';

const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    { key: 'a', type: 'text', label: 'a' },
    { key: 'place', type: 'section', label: '位置', fields: [{ key: 'c', type: 'text', label: 'c' }] },
  ],
};

describe('what a drop on the canvas does', () => {
  it('given a palette entry dropped on a field, then a field of its type is added at that field', () => {
    expect(planDrop(FORM, paletteDragId('money'), 'c')).toEqual({
      kind: 'add',
      type: 'money',
      at: { container: 'place', index: 0 },
    });
  });

  it('given a field dropped on a section or the form space, then it moves to the end there', () => {
    expect(planDrop(FORM, 'a', containerDropId('place'))).toEqual({
      kind: 'move',
      key: 'a',
      to: { container: 'place' },
    });
    expect(planDrop(FORM, 'c', containerDropId(null))).toEqual({ kind: 'move', key: 'c', to: { container: null } });
  });

  it('given a drop on itself, on nothing or on an unknown id, then nothing happens', () => {
    expect(planDrop(FORM, 'a', 'a')).toBeUndefined();
    expect(planDrop(FORM, 'a', undefined)).toBeUndefined();
    expect(planDrop(FORM, 'a', 'ghost')).toBeUndefined();
  });
});
