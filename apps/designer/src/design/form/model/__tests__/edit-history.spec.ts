import { COALESCE_MS, record, redo, startHistory, undo, type EditMark } from '../edit-history';

// States are strings here: what a text input holds after each keystroke.
const typing = (group: string, at: number, continues = group): EditMark => ({ continues, group, at });

describe('edit history: typing in one input is one undo step', () => {
  it('given keystrokes in the same input less than a second apart, when undone, then all of them go at once', () => {
    let history = startHistory('');
    history = record(history, 'a', typing('field:a:label', 0));
    history = record(history, 'ab', typing('field:a:label', 300));
    history = record(history, 'abc', typing('field:a:label', 900));
    // Each keystroke is within the window of the previous one, so the window slides
    history = record(history, 'abcd', typing('field:a:label', 1_800));
    expect(history.past).toEqual(['']);
    expect(undo(history).present).toBe('');
    expect(redo(undo(history)).present).toBe('abcd');
  });

  it('given a pause of a second or more, then the next keystroke starts a new undo step', () => {
    let history = startHistory('');
    history = record(history, 'a', typing('field:a:label', 0));
    history = record(history, 'ab', typing('field:a:label', COALESCE_MS));
    expect(history.past).toEqual(['', 'a']);
    expect(undo(history).present).toBe('a');
  });

  it('given edits of another property or another field in between, then they are separate steps', () => {
    let history = startHistory('');
    history = record(history, 'a', typing('field:a:label', 0));
    history = record(history, 'a+desc', typing('field:a:description', 100));
    history = record(history, 'a+desc+b', typing('field:b:label', 200));
    history = record(history, 'a+desc+b2', typing('field:a:label', 300));
    expect(history.past).toEqual(['', 'a', 'a+desc', 'a+desc+b']);
  });

  it('given a key typed letter by letter (the field renamed at each), then the renames are one step', () => {
    let history = startHistory('text1');
    history = record(history, 'c', typing('field:c:key', 0, 'field:text1:key'));
    history = record(history, 'co', typing('field:co:key', 200, 'field:c:key'));
    history = record(history, 'cos', typing('field:cos:key', 400, 'field:co:key'));
    expect(history.past).toEqual(['text1']);
    expect(undo(history).present).toBe('text1');
  });

  it('given an undo or an unmarked edit (a move, a removal) in between, then the next keystroke is a new step', () => {
    let history = startHistory('');
    history = record(history, 'a', typing('field:a:label', 0));
    history = record(history, 'ab', typing('field:a:label', 100));
    history = undo(history);
    history = record(history, 'x', typing('field:a:label', 200));
    expect(history.past).toEqual(['']);
    history = record(history, 'x moved');
    history = record(history, 'x moved!', typing('field:a:label', 300));
    expect(history.past).toEqual(['', 'x', 'x moved']);
  });
});
