/// <reference lib="dom" />
// The probe runs in the page (addInitScript, evaluate): DOM types for this file only.
import type { Browser, Page } from 'playwright-core';

/**
 * What "interactive" means for one page: the element whose appearance is "rendered", and the action a person takes
 * as soon as it appears: typing into an input (handled once the input holds the typed text), or a click (handled
 * once `handled` matches).
 */
export interface Readiness {
  /** Appears when the page is rendered (with its data). */
  readonly rendered: string;
  readonly action:
    | { readonly kind: 'type'; readonly selector: string }
    | { readonly kind: 'click'; readonly selector: string; readonly handled: string };
}

export interface PageTiming {
  /** ms from navigation start until `rendered` was in the document. */
  readonly renderedMs: number;
  /** ms from navigation start until the action had been handled. */
  readonly interactiveMs: number;
  /** JavaScript files and their bytes on the wire (response bodies, as the server sent them). */
  readonly scripts: number;
  readonly scriptBytes: number;
  /** The content-encoding the server gave the scripts (`identity` when none). */
  readonly encodings: readonly string[];
}

const TYPED = 'a';

interface ProbeState {
  renderedMs?: number;
  interactiveMs?: number;
}

/**
 * Runs in the page before any of its scripts: records, with `performance.now()` (ms since navigation start), the
 * first moment `rendered` is in the document, and the first moment the action has been handled: on DOM changes,
 * and on input events (listened to on window, so after the page's own listeners).
 */
function installProbe({ rendered, action, typed }: Readiness & { typed: string }): void {
  const state: ProbeState = {};
  (window as unknown as { __anxinBench: ProbeState }).__anxinBench = state;
  const handled = () =>
    action.kind === 'type'
      ? document.querySelector<HTMLInputElement>(action.selector)?.value === typed
      : document.querySelector(action.handled) !== null;
  const check = () => {
    state.renderedMs ??= document.querySelector(rendered) ? performance.now() : undefined;
    if (state.renderedMs !== undefined) state.interactiveMs ??= handled() ? performance.now() : undefined;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  window.addEventListener('input', check);
}

/** One cold load of `url` in a fresh browser context (empty cache), timed in the page. */
export async function timePageLoad(input: {
  browser: Browser;
  url: string;
  readiness: Readiness;
  /** localStorage entries set before the page's scripts run (a stored sign-in). */
  storage?: Readonly<Record<string, string>>;
}): Promise<PageTiming> {
  const context = await input.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const encodings = new Set<string>();
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) encodings.add(response.headers()['content-encoding'] ?? 'identity');
    });
    if (input.storage)
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
      }, input.storage);
    const { rendered, action } = input.readiness;
    await page.addInitScript(installProbe, { rendered, action, typed: TYPED });
    await page.goto(input.url, { waitUntil: 'commit' });
    // The first match, as querySelector in the probe takes it.
    const target = page.locator(action.selector).first();
    await page.locator(rendered).first().waitFor();
    if (action.kind === 'type') await target.press(TYPED);
    else await target.click();
    await page.waitForFunction(
      () => (window as unknown as { __anxinBench: ProbeState }).__anxinBench.interactiveMs !== undefined,
    );
    return { ...(await readProbe(page)), ...(await scriptBytes(page)), encodings: [...encodings] };
  } finally {
    await context.close();
  }
}

async function readProbe(page: Page): Promise<{ renderedMs: number; interactiveMs: number }> {
  const state = await page.evaluate(() => (window as unknown as { __anxinBench: ProbeState }).__anxinBench);
  if (state.renderedMs === undefined || state.interactiveMs === undefined)
    throw new Error(`probe incomplete on ${page.url()}: ${JSON.stringify(state)}`);
  return { renderedMs: state.renderedMs, interactiveMs: state.interactiveMs };
}

/** The scripts the page loaded, from Resource Timing (`encodedBodySize`: the body as sent, compressed or not). */
async function scriptBytes(page: Page): Promise<{ scripts: number; scriptBytes: number }> {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith('.js'))
      .map((entry) => entry.encodedBodySize);
    return { scripts: scripts.length, scriptBytes: scripts.reduce((sum, bytes) => sum + bytes, 0) };
  });
}
