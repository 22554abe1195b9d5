import { Injectable } from '@nestjs/common';
import { textIn } from '@anxin/form-engine';
import { FormLoader } from '../forms/form-loader.service';

export interface StatusLabel {
  readonly zh: string;
  readonly en: string;
}

/** A status of a status dictionary, with what the public tracker reads from the item's attributes. */
export interface StatusStage {
  readonly status: string;
  readonly statusLabel: string;
  readonly statusLabelEn: string;
  readonly optional: boolean;
  readonly ownerActs: boolean;
}

/** Labels of ticket statuses from the dictionary the process names (`<anxin:ticket statuses>`); the code if none. */
@Injectable()
export class StatusLabels {
  constructor(private readonly forms: FormLoader) {}

  async labeller(): Promise<(dictionary: string | null, status: string) => StatusLabel> {
    const dictionaries = await this.forms.allDictionaries();
    return (dictionary, status) => {
      const item = dictionary ? dictionaries[dictionary]?.items.find((i) => i.value === status) : undefined;
      if (!item) return { zh: status, en: status };
      return { zh: textIn(item.label, 'zh-CN'), en: textIn(item.label, 'en') };
    };
  }

  /** Every status of a dictionary, in its order (`[]` when the process names none or it is not deployed). */
  async stages(dictionary: string | null): Promise<StatusStage[]> {
    if (!dictionary) return [];
    const dictionaries = await this.forms.allDictionaries();
    return (dictionaries[dictionary]?.items ?? []).map((item) => ({
      status: item.value,
      statusLabel: textIn(item.label, 'zh-CN'),
      statusLabelEn: textIn(item.label, 'en'),
      optional: item.attributes?.['tracking'] === 'ifReached',
      ownerActs: item.attributes?.['ownerActs'] === true,
    }));
  }
}
