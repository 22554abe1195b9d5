import I18NModule from 'diagram-js/lib/i18n';

interface ContextPad {
  isOpen(): boolean;
  open(target: unknown, force?: boolean): void;
}

/**
 * Redraws what bpmn-js drew in the previous language when the app's language changes (`i18n.changed()`, fired
 * by the workspace): the palette redraws itself on that event; here the open context pad is reopened, an open popup
 * menu closed and the properties panel re-rendered (its groups, labels and element-type header are read through
 * `translate` at render time). The modeler, its XML and its command stack stay as they are.
 */
export class LanguageRefresh {
  static $inject = ['eventBus', 'injector'];

  constructor(
    eventBus: { on(event: string, callback: () => void): void; fire(event: string): void },
    injector: { get<T>(name: string, strict: false): T | null },
  ) {
    eventBus.on('i18n.changed', () => {
      const contextPad = injector.get<ContextPad>('contextPad', false);
      const selected = injector.get<{ get(): unknown[] }>('selection', false)?.get() ?? [];
      if (contextPad?.isOpen() && selected.length > 0) {
        contextPad.open(selected.length === 1 ? selected[0] : selected, true);
      }
      injector.get<{ close(): void }>('popupMenu', false)?.close();
      eventBus.fire('propertiesPanel.providersChanged');
    });
  }
}

export const languageRefreshModule = {
  __depends__: [I18NModule],
  __init__: ['anxinLanguageRefresh'],
  anxinLanguageRefresh: ['type', LanguageRefresh],
};
