import type { FieldDefinition } from '../../index';
import { evaluateForm, validateSubmission } from '../../index';
import { codes, formOf, validateOne } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

describe('switch fields', () => {
  const agree: FieldDefinition = { key: 'agree', type: 'switch', label: '同意', required: true };

  it.each([
    [true, true, []],
    ['true', true, []],
    [' false ', false, ['REQUIRED']],
    [false, false, ['REQUIRED']],
    [1, null, ['TYPE_MISMATCH']],
    ['yes', null, ['TYPE_MISMATCH']],
  ])('should store %p as %p', (input, stored, expected) => {
    // given a required switch (it must be on, like an agreement)
    // when a value is submitted
    // then booleans and "true"/"false" are accepted and off is not enough
    const result = validateOne(agree, input);
    expect(result.value).toEqual({ agree: stored });
    expect(codes(result)).toEqual(expected);
  });
});

describe('location fields', () => {
  const position: FieldDefinition = { key: 'position', type: 'location', label: '定位' };

  it.each([
    [{ lat: 31.23, lng: 121.47 }, { lat: 31.23, lng: 121.47 }, []],
    [{ lat: '31.23', lng: 121.47, address: ' 上海 ' }, { lat: 31.23, lng: 121.47, address: '上海' }, []],
    [{ lat: 91, lng: 0 }, { lat: 91, lng: 0 }, ['INVALID_LOCATION']],
    [
      { lat: 0, lng: 0, address: '路'.repeat(201) },
      { lat: 0, lng: 0, address: '路'.repeat(201) },
      ['INVALID_LOCATION'],
    ],
    [{ lat: 0, lng: 0, floor: 3 }, null, ['TYPE_MISMATCH']],
    [{ lat: 0 }, null, ['TYPE_MISMATCH']],
    [[31, 121], null, ['TYPE_MISMATCH']],
  ])('should judge %j', (input, stored, expected) => {
    // given a location field
    // when a position is submitted
    // then lat/lng are in range, the address short, and nothing else is in it
    const result = validateOne(position, input);
    expect(result.value).toEqual({ position: stored });
    expect(codes(result)).toEqual(expected);
  });
});

describe('serial fields', () => {
  const ticketNo: FieldDefinition = {
    key: 'ticketNo',
    type: 'serial',
    label: '单号',
    pattern: 'BX-{yyyyMMdd}-{seq:4}',
  };

  it('should ignore the client and list the field for the host to assign', () => {
    // given a new submission that tries to choose its own number
    const result = validateOne(ticketNo, 'BX-20250128-9999');

    // then the value stays empty and the host is told to assign it
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ ticketNo: null });
    expect(result.serials).toEqual([{ key: 'ticketNo', pattern: 'BX-{yyyyMMdd}-{seq:4}' }]);
  });

  it('should keep the stored number of an existing submission', () => {
    // given a stored submission with its number
    const previous = { ticketNo: 'BX-20250128-0007' };

    // when it is submitted again with another number
    const result = validateOne(ticketNo, 'BX-1', { ...context, previous });

    // then the stored number stays and nothing is left to assign
    expect(result.value).toEqual(previous);
    expect(result.serials).toEqual([]);
    expect(evaluateForm(formOf(ticketNo), {}, { ...context, previous }).fields.ticketNo).toMatchObject({
      readOnly: true,
      serverAssigned: true,
      value: 'BX-20250128-0007',
    });
  });
});

describe('sub-form fields', () => {
  const materials: FieldDefinition = {
    key: 'materials',
    type: 'sub-form',
    label: { 'zh-CN': '材料', en: 'Materials' },
    minRows: 1,
    maxRows: 2,
    fields: [
      { key: 'name', type: 'text', label: { 'zh-CN': '名称', en: 'Name' }, required: true },
      { key: 'quantity', type: 'integer', label: { 'zh-CN': '数量', en: 'Quantity' }, min: 1 },
    ],
    aggregates: [{ key: 'items', op: 'sum', field: 'quantity' }],
  };

  it('should coerce each row and store the columns in declaration order', () => {
    // given two rows with numeric text
    const result = validateOne(materials, [
      { quantity: '2', name: '角阀' },
      { name: '软管', quantity: 1 },
    ]);

    // then each cell is coerced, rows keep their order, and the aggregate is stored too
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result.value)).toBe(
      '{"materials":[{"name":"角阀","quantity":2},{"name":"软管","quantity":1}],"items":3}',
    );
  });

  it('should name the row and the column of each problem', () => {
    // given a bad row, a row that is not an object, and an unknown column
    const result = validateOne(materials, [{ name: '角阀', quantity: 0, colour: 'red' }, 'x']);

    // then paths point at rows and cells, row by row, and messages count rows from 1
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_FIELD', 'materials[0]'],
      ['MIN_VALUE', 'materials[0].quantity'],
      ['TYPE_MISMATCH', 'materials[1]'],
      ['REQUIRED', 'materials[1].name'],
    ]);
    expect(result.problems[1]?.messages).toEqual({
      'zh-CN': '“材料”第 1 行的“数量”不能小于 1',
      en: '"Materials" row 1, "Quantity" must be at least 1.',
    });
  });

  it('should enforce the number of rows', () => {
    // given a sub-form of 1–2 rows
    // when none and three are submitted
    // then the limits are named
    expect(codes(validateOne({ ...materials, required: true }, []))).toEqual(['REQUIRED']);
    expect(codes(validateOne(materials, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]))).toEqual(['MAX_ROWS']);
    expect(codes(validateOne(materials, 'rows'))).toEqual(['TYPE_MISMATCH']);
  });

  it('should refuse more than 1000 rows without looking at them all', () => {
    // given 5000 rows
    const rows = Array.from({ length: 5000 }, () => ({ name: 'x' }));

    // when they are submitted
    const result = validateOne(materials, rows);

    // then one problem says so and at most 1000 rows are kept
    expect(codes(result)).toEqual(['MAX_ROWS']);
    expect((result.value.materials as unknown[]).length).toBe(1000);
  });
});

describe('section and divider fields', () => {
  it('should hide the fields of a hidden section, and hold no value themselves', () => {
    // given a section shown only for indoor repairs, and a divider
    const form = formOf(
      { key: 'indoor', type: 'switch', label: '室内' },
      { key: 'divider', type: 'divider' },
      {
        key: 'room',
        type: 'section',
        label: '房间',
        visibleIf: { var: 'indoor' },
        fields: [{ key: 'roomNo', type: 'text', label: '房号', required: true }],
      },
    );

    // when the section is hidden, and when a value is sent for the section itself
    const hidden = validateSubmission(form, { indoor: false, roomNo: '1201' }, context);
    const layoutValue = validateSubmission(form, { indoor: true, roomNo: '1201', room: 'x' }, context);

    // then its field is dropped and not required, and a section has no value to send
    expect(hidden.value).toEqual({ indoor: false });
    expect(hidden.problems).toEqual([]);
    expect(evaluateForm(form, { indoor: false }, context).layout).toEqual({
      divider: { visible: true },
      room: { visible: false },
    });
    expect(layoutValue.problems.map((p) => [p.code, p.params])).toEqual([['UNKNOWN_FIELD', { key: 'room' }]]);
  });
});
