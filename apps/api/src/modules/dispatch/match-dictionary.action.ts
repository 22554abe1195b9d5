import { Injectable } from '@nestjs/common';
import type { Dictionary } from '@anxin/form-engine';
import { textIn as localizedText } from '@anxin/form-engine';
import type { JsonValue } from '@anxin/rules';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { ActionFailure } from '../../engine-worker/action-failure.error';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from '../../engine-worker/action-handler.type';
import { textIn } from './action-input.util';

/**
 * The built-in `match-dictionary` action: which items of a DICTIONARY occur in a text — the item's value or its
 * Chinese or English label, case-insensitively — as `{ matches: [values], matched: boolean }`. Keeps word lists
 * (negative feedback, urgent symptoms…) in data that ops staff edit, out of rules and code.
 */
@Injectable()
@ActionHandlerFor('match-dictionary')
export class MatchDictionaryAction implements ActionHandler {
  constructor(private readonly definitions: DefinitionRegistry) {}

  async run(context: ActionContext): Promise<JsonValue> {
    const key = textIn(context.input, 'dictionary', true)!;
    const text = (textIn(context.input, 'text') ?? '').toLowerCase();
    const definition = await this.definitions.findDefinition('dictionary', key).catch(() => undefined);
    if (!definition) throw new ActionFailure('DICTIONARY_NOT_FOUND', `no dictionary "${key}" is deployed`);
    const dictionary = JSON.parse(definition.content) as Dictionary;
    const matches = dictionary.items
      .filter((item) =>
        [item.value, localizedText(item.label, 'zh-CN'), localizedText(item.label, 'en')].some(
          (word) => word.trim() !== '' && text.includes(word.toLowerCase()),
        ),
      )
      .map((item) => item.value);
    return { matches, matched: matches.length > 0 };
  }
}
