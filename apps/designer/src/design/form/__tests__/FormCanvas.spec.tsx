import type { FormDefinition } from '@anxin/form-engine';
import { listFieldTypes } from '@anxin/form-engine';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInLanguage } from '../../../test-support';
import { currentForm, DesignerHarness } from './designer-harness';

const BLANK: FormDefinition = { key: 'blank', title: '空白表单', fields: [] };
const form = () => currentForm(screen.getByTestId('form-json'));
const keys = () =>
  form().fields.map((field) =>
    field.type === 'section' ? `${field.key}[${field.fields.map((inner) => inner.key).join(',')}]` : field.key,
  );
const cardOrder = () =>
  [...document.querySelectorAll('[data-testid^="canvas-field-"]')].map((card) =>
    card.getAttribute('data-testid')?.replace('canvas-field-', ''),
  );

describe('form canvas', () => {
  it('given the palette, then it offers every field type of the form engine', () => {
    renderInLanguage(<DesignerHarness initial={BLANK} />);
    const palette = screen.getByTestId('field-palette');
    const offered = [...palette.querySelectorAll('[data-testid^="palette-"]')].map((item) =>
      item.getAttribute('data-testid')?.replace('palette-', ''),
    );
    expect(offered.sort()).toEqual(
      listFieldTypes()
        .map((info) => info.type)
        .sort(),
    );
    expect(within(palette).getByText('单行文本')).toBeTruthy();
  });

  it('when a palette entry is clicked, then a field of its type is added with a free key and selected', () => {
    renderInLanguage(<DesignerHarness initial={BLANK} />);
    fireEvent.click(screen.getByTestId('palette-text'));
    fireEvent.click(screen.getByTestId('palette-text'));
    fireEvent.click(screen.getByTestId('palette-select'));
    expect(keys()).toEqual(['text1', 'text2', 'select1']);
    expect(form().fields[2]).toMatchObject({ type: 'select', label: { 'zh-CN': '下拉单选', en: 'Drop-down' } });
    expect(cardOrder()).toEqual(['text1', 'text2', 'select1']);
    // The new field is selected: its properties show
    expect(screen.getByTestId('properties-select1')).toBeTruthy();
  });

  it('when fields are moved up and down, then the form and the canvas follow, and undo restores the order', () => {
    renderInLanguage(<DesignerHarness initial={BLANK} />);
    for (const type of ['text', 'number', 'date']) fireEvent.click(screen.getByTestId(`palette-${type}`));
    fireEvent.click(screen.getByTestId('move-up-date1'));
    expect(keys()).toEqual(['text1', 'date1', 'number1']);
    fireEvent.click(screen.getByTestId('move-down-text1'));
    expect(keys()).toEqual(['date1', 'text1', 'number1']);
    expect(cardOrder()).toEqual(['date1', 'text1', 'number1']);
    // The first cannot go up, the last cannot go down
    expect(screen.getByTestId('move-up-date1').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('move-down-number1').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('undo'));
    expect(keys()).toEqual(['text1', 'date1', 'number1']);
  });

  it('when a field is put into a section, then it sits in the section on the canvas and in the schema', async () => {
    renderInLanguage(<DesignerHarness initial={BLANK} />);
    fireEvent.click(screen.getByTestId('palette-text'));
    fireEvent.click(screen.getByTestId('palette-section'));
    expect(keys()).toEqual(['text1', 'section1[]']);
    // When the text field's 所在分组 is set to the section
    fireEvent.mouseDown(within(screen.getByTestId('group-text1')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('分组'));
    // Then it is the section's field, drawn inside the section's card
    await waitFor(() => expect(keys()).toEqual(['section1[text1]']));
    expect(within(screen.getByTestId('canvas-field-section1')).getByTestId('canvas-field-text1')).toBeTruthy();
  });

  it('when a field is removed, then it leaves the form; a section goes with its fields', () => {
    renderInLanguage(
      <DesignerHarness
        initial={{
          ...BLANK,
          fields: [
            { key: 'a', type: 'text', label: 'A' },
            { key: 's', type: 'section', label: 'S', fields: [{ key: 'b', type: 'text', label: 'B' }] },
          ],
        }}
      />,
    );
    fireEvent.click(screen.getByTestId('remove-a'));
    expect(keys()).toEqual(['s[b]']);
    fireEvent.click(screen.getByTestId('remove-s'));
    expect(keys()).toEqual([]);
    expect(screen.queryByTestId('canvas-field-b')).toBeNull();
  });
});
