import type { FormDefinition } from '@anxin/form-engine';
import { placeParents, sameParents } from '../place-parents';

// A form naming its location fields its own way: the data sources say which is which.
const FORM: FormDefinition = {
  key: 'visit',
  title: '上门',
  fields: [
    { key: 'estate', type: 'select', label: '小区', optionsFrom: { dataSource: 'projects' } },
    {
      key: 'where',
      type: 'section',
      label: '位置',
      fields: [
        { key: 'block', type: 'select', label: '楼栋', optionsFrom: { dataSource: 'buildings' } },
        { key: 'flat', type: 'select', label: '房号', optionsFrom: { dataSource: 'units' } },
      ],
    },
    { key: 'note', type: 'text', label: '备注' },
  ],
};

describe('placeParents: which project and building the location pickers cascade on', () => {
  it('given values in the fields reading projects and buildings (one inside a section), then those are the parents', () => {
    expect(placeParents(FORM, { estate: 'p-1', block: 'b-2', flat: 'u-3', note: 'x' })).toEqual({
      projectId: 'p-1',
      buildingId: 'b-2',
    });
  });

  it('given nothing chosen yet (or an empty choice), then no parents', () => {
    expect(placeParents(FORM, { note: 'x' })).toEqual({});
    expect(placeParents(FORM, { estate: '', block: null })).toEqual({});
  });

  it('given a form without location fields, then no parents whatever the values', () => {
    const plain: FormDefinition = {
      key: 'plain',
      title: 'x',
      fields: [{ key: 'projectId', type: 'text', label: 'x' }],
    };
    expect(placeParents(plain, { projectId: 'p-1' })).toEqual({});
  });

  it('compares parents by value', () => {
    expect(sameParents({ projectId: 'p' }, { projectId: 'p' })).toBe(true);
    expect(sameParents({ projectId: 'p' }, { projectId: 'p', buildingId: 'b' })).toBe(false);
  });
});
