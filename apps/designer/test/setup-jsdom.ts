// What antd and Apollo need from a browser that jsdom does not provide.
import { TextDecoder, TextEncoder } from 'node:util';
import { loadDeferredMessages } from '../src/i18n/i18n';

Object.assign(globalThis, { TextEncoder, TextDecoder });

/** antd's form batches through a MessageChannel; Node's would keep jest alive, a timer does the same job here. */
class MessageChannelStub {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null; close: () => void } = {
    onmessage: null,
    close: () => undefined,
  };
  readonly port2 = {
    postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data }), 0),
    close: () => undefined,
  };
}
if (typeof globalThis.MessageChannel === 'undefined') Object.assign(globalThis, { MessageChannel: MessageChannelStub });

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });

// Component tests render pages without the lazy routes that load the deferred UI strings: load them all first.
beforeAll(() => loadDeferredMessages());
