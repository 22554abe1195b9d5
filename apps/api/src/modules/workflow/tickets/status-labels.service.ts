import { Injectable } from '@nestjs/common';
import { textIn } from '@anxin/form-engine';
import { FormLoader } from '../forms/form-loader.service';

export interface StatusLabel {
  readonly zh: string;
  readonly en: string;
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
}
