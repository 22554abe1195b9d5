// bpmnlint is CommonJS without declarations for its modules (only `lib/types.d.ts`): the parts the reader imports.
declare module 'bpmnlint/lib/linter' {
  import type { Config, Resolver } from 'bpmnlint/lib/types';

  /** One finding; `rule-error` when the rule itself failed. */
  export interface LintReport {
    readonly id?: string;
    readonly message: string;
    readonly path?: readonly (string | number)[];
    readonly category: 'error' | 'warn' | 'info' | 'rule-error';
  }

  export default class Linter {
    constructor(options: { config?: Config; resolver: Resolver });
    /** Reports keyed by rule name (`no-disconnected`). */
    lint(moddleRoot: unknown, config?: Config): Promise<Record<string, readonly LintReport[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/static-resolver' {
  import type { Config, Resolver, RuleFactory } from 'bpmnlint/lib/types';

  /** Resolves `rule:<pkg>/<name>` and `config:<pkg>/<name>` keys from a prepared cache (no dynamic require). */
  export default class StaticResolver implements Resolver {
    constructor(cache: Readonly<Record<string, RuleFactory | Config>>);
    resolveRule(pkg: string, ruleName: string): RuleFactory;
    resolveConfig(pkg: string, configName: string): Config;
  }
}

declare module 'bpmnlint/config/recommended' {
  import type { Config } from 'bpmnlint/lib/types';

  const recommended: Config;
  export default recommended;
}

declare module 'bpmnlint/rules/*' {
  import type { RuleFactory } from 'bpmnlint/lib/types';

  const rule: RuleFactory;
  export default rule;
}
