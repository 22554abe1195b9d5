import type { FormDefinition } from '@anxin/form-engine';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../../test-support';
import { currentForm, DesignerHarness } from './designer-harness';

// kind (text) · note (text, visible when kind is filled in, required when kind = "leak")
const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    { key: 'kind', type: 'text', label: { 'zh-CN': '类别', en: 'Kind' } },
    {
      key: 'note',
      type: 'text',
      label: { 'zh-CN': '备注', en: 'Note' },
      visibleIf: { '!!': [{ var: 'kind' }] },
      required: { '==': [{ var: 'kind' }, 'leak'] },
    },
  ],
};
const form = () => currentForm(screen.getByTestId('form-json'));
const field = (key: string) =>
  form().fields.find((candidate) => candidate.key === key) as unknown as Record<string, unknown>;
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId).querySelector('textarea, input') ?? screen.getByTestId(testId), {
    target: { value },
  });

/** A clock the test moves: each call answers the time set last. */
function manualClock() {
  let time = 0;
  return { now: () => time, set: (ms: number) => (time = ms) };
}

describe('field properties: renaming a key, undo steps, type properties in the UI language', () => {
  it('given rules reading kind, when kind is renamed, then their update is offered and, accepted, they read the new key', () => {
    renderInLanguage(<DesignerHarness initial={FORM} />);
    fireEvent.click(screen.getByTestId('canvas-field-kind'));
    expect(screen.queryByTestId('key-references')).toBeNull();
    type('prop-key', 'category');
    // The field is renamed at once; the rules still read kind until the designer says so
    expect(field('category')).toBeTruthy();
    expect(field('note')['visibleIf']).toEqual({ '!!': [{ var: 'kind' }] });
    const offer = screen.getByTestId('key-references');
    expect(offer.textContent).toContain('还有 2 处规则引用旧标识 kind');
    fireEvent.click(within(offer).getByTestId('key-references-update'));
    expect(field('note')['visibleIf']).toEqual({ '!!': [{ var: 'category' }] });
    expect(field('note')['required']).toEqual({ '==': [{ var: 'category' }, 'leak'] });
    expect(screen.queryByTestId('key-references')).toBeNull();
  });

  it('given no rule reads the field, when it is renamed, then nothing is offered', () => {
    renderInLanguage(<DesignerHarness initial={FORM} />);
    fireEvent.click(screen.getByTestId('canvas-field-note'));
    type('prop-key', 'remark');
    expect(field('remark')).toBeTruthy();
    expect(screen.queryByTestId('key-references')).toBeNull();
  });

  it('when a label is typed in quick keystrokes, then one undo takes all of them back', () => {
    const clock = manualClock();
    renderInLanguage(<DesignerHarness initial={FORM} now={clock.now} />);
    fireEvent.click(screen.getByTestId('canvas-field-note'));
    for (const [at, text] of [
      [0, '补'],
      [300, '补充'],
      [600, '补充说'],
      [900, '补充说明'],
    ] as const) {
      clock.set(at);
      type('prop-label-zh', text);
    }
    expect(field('note')['label']).toEqual({ 'zh-CN': '补充说明', en: 'Note' });
    fireEvent.click(screen.getByTestId('undo'));
    expect(field('note')['label']).toEqual({ 'zh-CN': '备注', en: 'Note' });
  });

  it('when the typing pauses for a second, then the undo goes back to the pause only', () => {
    const clock = manualClock();
    renderInLanguage(<DesignerHarness initial={FORM} now={clock.now} />);
    fireEvent.click(screen.getByTestId('canvas-field-note'));
    clock.set(0);
    type('prop-label-zh', '补充');
    clock.set(2_000);
    type('prop-label-zh', '补充说明');
    fireEvent.click(screen.getByTestId('undo'));
    expect(field('note')['label']).toEqual({ 'zh-CN': '补充', en: 'Note' });
  });

  it('given a text field, then its own properties and its summary are in Chinese, and in English when switched', () => {
    const view = renderInLanguage(<DesignerHarness initial={FORM} />);
    fireEvent.click(screen.getByTestId('canvas-field-note'));
    expect(screen.getByText('其他属性')).toBeTruthy();
    expect(screen.getByText('最少字数')).toBeTruthy();
    expect(screen.getByText('格式')).toBeTruthy();
    expect(screen.getByTestId('type-summary').textContent).toBe('单行文本，默认最多 200 字，可要求匹配格式。');
    view.unmount();
    renderInLanguage(<DesignerHarness initial={FORM} />, 'en');
    fireEvent.click(screen.getByTestId('canvas-field-note'));
    expect(screen.getByText('More properties')).toBeTruthy();
    expect(screen.getByText('Minimum length')).toBeTruthy();
    expect(screen.queryByText('minLength')).toBeNull();
  });
});
