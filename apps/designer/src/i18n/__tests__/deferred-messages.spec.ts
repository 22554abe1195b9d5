import { deferredMessages, eagerZh } from '../messages';

type I18nModule = typeof import('../i18n');

/** A fresh i18n module (the test setup has already loaded the shared instance's deferred strings). */
async function freshI18n(): Promise<I18nModule> {
  let loaded: I18nModule | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await import('../i18n');
  });
  return loaded!;
}

async function deferredKeys(): Promise<string[]> {
  const areas = await Promise.all(Object.values(deferredMessages).map((load) => load()));
  return areas.flatMap((area) => Object.keys(area['zh-CN']));
}

describe('UI strings: eager at start, the other areas loaded with the first lazy route', () => {
  it('given the app just started, then the eager strings are there and a deferred area is not, until it is loaded in both languages', async () => {
    // given a freshly started i18n
    const { i18n, loadDeferredMessages } = await freshI18n();
    const [deferredKey] = await deferredKeys();
    expect(i18n.exists('login.title')).toBe(true);
    expect(i18n.exists(deferredKey!)).toBe(false);

    // when the deferred strings are loaded (as the lazy routes do)
    await loadDeferredMessages();

    // then every deferred key answers in Chinese and in English
    const keys = await deferredKeys();
    const missing = keys.flatMap((key) =>
      (['zh-CN', 'en'] as const)
        .filter((lng) => !i18n.exists(key, { lng, fallbackLng: false }))
        .map((lng) => `${lng}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('given two lazy routes opening at once, then the areas are loaded once and both wait for the same load', async () => {
    const { loadDeferredMessages } = await freshI18n();
    expect(loadDeferredMessages()).toBe(loadDeferredMessages());
  });

  it('given the eager and the deferred areas, then no key is defined in both (a deferred area would not replace it)', async () => {
    const keys = await deferredKeys();
    expect(keys.filter((key) => key in eagerZh)).toEqual([]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
