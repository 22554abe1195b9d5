import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';

/** bpmn-engine's parsed and serialised definitions: what `new Engine({ sourceContext })` reuses. */
export type BpmnEngineSource = NonNullable<BpmnEngineOptions['sourceContext']>;

/**
 * The `js:collection` / `js:elementVariable` extension bpmn-engine's own tests use for a multi-instance collection:
 * moddle keeps the attributes on the loop characteristics, where bpmn-elements resolves the collection expression.
 */
const JS_EXTENSION = {
  name: 'Js',
  uri: 'http://paed01.github.io/bpmn-engine/schema/2017/08/bpmn',
  prefix: 'js',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'CollectionLoop',
      isAbstract: true,
      extends: ['bpmn:MultiInstanceLoopCharacteristics'],
      properties: [
        { name: 'collection', isAttr: true, type: 'String' },
        { name: 'elementVariable', isAttr: true, type: 'String' },
      ],
    },
  ],
};

interface ModdleContext {
  readonly warnings: readonly { readonly message: string }[];
}

type CreateModdle = (packages: Record<string, unknown>) => { fromXML(xml: string): Promise<ModdleContext> };

interface ContextSerializer {
  readonly default: (moddleContext: ModdleContext, typeResolver: unknown) => BpmnEngineSource;
  readonly TypeResolver: (types: Record<string, unknown>) => unknown;
}

/**
 * Parses and serialises the XML once, as bpmn-engine's docs show for `sourceContext`, with the very packages
 * bpmn-engine loads itself (its bpmn-moddle 9, moddle-context-serializer and bpmn-elements), resolved from it.
 */
export async function loadBpmnEngineSource(xml: string): Promise<BpmnEngineSource> {
  const engineRequire = createRequire(require.resolve('bpmn-engine'));
  const createModdle = engineRequire('bpmn-moddle') as CreateModdle;
  const serializer = engineRequire('moddle-context-serializer') as ContextSerializer;
  const elements = engineRequire('bpmn-elements') as Record<string, unknown>;
  const moddleContext = await createModdle({ js: JS_EXTENSION }).fromXML(xml);
  if (moddleContext.warnings.length > 0) {
    throw new Error(`bpmn-moddle warnings: ${moddleContext.warnings.map((w) => w.message).join('; ')}`);
  }
  return serializer.default(moddleContext, serializer.TypeResolver({ ...elements }));
}

interface WaitingApi {
  readonly id: string;
  signal(message?: unknown): void;
}

/**
 * Runs one instance on a fresh bpmn-engine in memory: every user task is signalled as soon as it waits (the
 * documented `wait` listener idiom, bpmn-engine's fastest way through), until the engine ends. Returns the ids of
 * the tasks signalled, in order. A run that does not end (a stall) or errors throws instead of hanging.
 */
export async function runBpmnEngineInstance(source: BpmnEngineSource, variables: Record<string, unknown>) {
  const worked: string[] = [];
  const listener = new EventEmitter();
  listener.on('wait', (api: WaitingApi) => {
    worked.push(api.id);
    api.signal();
  });
  const engine = new Engine({ name: 'repair-like', sourceContext: source });
  let ended = false;
  let failure: unknown;
  engine.once('end', () => (ended = true));
  engine.once('error', (error: unknown) => (failure = error));
  await engine.execute({ listener, variables });
  if (failure !== undefined)
    throw failure instanceof Error ? failure : new Error('bpmn-engine failed', { cause: failure });
  if (!ended) throw new Error(`bpmn-engine did not end (state ${engine.state}) after ${worked.join(', ')}`);
  return worked;
}
