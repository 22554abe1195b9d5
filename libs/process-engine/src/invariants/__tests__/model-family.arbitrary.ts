import fc from 'fast-check';
import type { JsonObject } from '@anxin/rules';
import { buildModel, type FlowSpec, type NodeSpec } from '../../../test/support/build-model';
import type { ApprovalMode, ProcessModel } from '../../model/process-model.type';

/**
 * A family of small, block-structured processes the engine must run to the end whatever is done to them:
 * sequences, parallel and inclusive (and exclusive) split/join pairs, nested embedded sub-processes, multi-instance
 * user tasks (parallel or sequential, with or without an approval mode, over 1–4 signers), boundary timers, and
 * approval rework loops. Every path leads to an end event, and the only cycles are rework loops taken on rejection,
 * so always approving ends every instance.
 */

export const USERS = ['ann', 'bob', 'cat', 'dan'] as const;
export const FLAGS = ['b0', 'b1', 'b2', 'b3'] as const;
export const INITIATOR = 'initiator';

export interface BoundaryShape {
  readonly interrupting: boolean;
  /** `R2/PT1H` instead of `PT1H` (non-interrupting timers then fire twice). */
  readonly cycle: boolean;
}

/** What a rejection does: leave normally, end the instance, or loop back before the task (through `onReject`). */
export type RejectShape = 'leave' | 'end' | 'loop' | 'loopFlow';

export interface ApprovalShape {
  readonly mode: ApprovalMode;
  readonly ratio?: number;
  readonly reject: RejectShape;
}

export interface MultiShape {
  readonly sequential: boolean;
  readonly signers: readonly string[];
  readonly approval?: ApprovalShape;
  /** `initiatorApprover="skip"`: the initiator's instance approves itself. */
  readonly skipInitiator: boolean;
}

export type AssignmentShape = 'assignee' | 'candidates' | 'pool';

export type BlockShape =
  | {
      readonly kind: 'task';
      readonly assignment: AssignmentShape;
      readonly user: string;
      readonly multi?: MultiShape;
      readonly boundary?: BoundaryShape;
    }
  | { readonly kind: 'seq'; readonly items: readonly BlockShape[] }
  | { readonly kind: 'parallel'; readonly branches: readonly BlockShape[] }
  | {
      readonly kind: 'inclusive' | 'exclusive';
      readonly branches: readonly { readonly flag: string; readonly block: BlockShape }[];
      readonly fallback: BlockShape;
    }
  | { readonly kind: 'sub'; readonly body: BlockShape; readonly boundary?: BoundaryShape };

export interface FamilyCase {
  readonly shape: BlockShape;
  readonly flags: Readonly<Record<string, boolean>>;
}

const maybe = <T>(arb: fc.Arbitrary<T>, weightNone = 3): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: weightNone }, { arbitrary: arb, weight: 1 });

const boundaryArb: fc.Arbitrary<BoundaryShape> = fc.record({ interrupting: fc.boolean(), cycle: fc.boolean() });

const approvalArb: fc.Arbitrary<ApprovalShape> = fc
  .record({
    mode: fc.constantFrom<ApprovalMode>('all', 'any', 'sequential', 'ratio'),
    ratio: fc.constantFrom(0.5, 0.6667, 1),
    reject: fc.constantFrom<RejectShape>('leave', 'loop', 'loopFlow', 'end'),
  })
  .map(({ mode, ratio, reject }) => (mode === 'ratio' ? { mode, ratio, reject } : { mode, reject }));

const multiArb: fc.Arbitrary<MultiShape> = fc
  .record({
    sequential: fc.boolean(),
    signers: fc.uniqueArray(fc.constantFrom<string>(...USERS, INITIATOR), { minLength: 1, maxLength: 4 }),
    approval: maybe(approvalArb, 1),
    skipInitiator: fc.boolean(),
  })
  .map(({ approval, ...rest }) => ({
    ...rest,
    ...(approval ? { approval } : {}),
    sequential: rest.sequential || approval?.mode === 'sequential',
  }));

const taskArb: fc.Arbitrary<BlockShape> = fc
  .record({
    assignment: fc.constantFrom<AssignmentShape>('assignee', 'candidates', 'pool'),
    user: fc.constantFrom<string>(...USERS),
    multi: maybe(multiArb, 3),
    boundary: maybe(boundaryArb, 3),
  })
  .map(({ multi, boundary, ...rest }) => ({
    kind: 'task' as const,
    ...rest,
    ...(multi ? { multi } : {}),
    ...(boundary ? { boundary } : {}),
  }));

const blockArbs = new Map<number, fc.Arbitrary<BlockShape>>();

/** Blocks nested at most `depth` levels (a task is depth 0). */
export function blockArb(depth: number): fc.Arbitrary<BlockShape> {
  const cached = blockArbs.get(depth);
  if (cached) return cached;
  if (depth === 0) return taskArb;
  const inner = blockArb(depth - 1);
  const choice = (kind: 'inclusive' | 'exclusive') =>
    fc
      .record({
        branches: fc.array(fc.record({ flag: fc.constantFrom<string>(...FLAGS), block: inner }), {
          minLength: 1,
          maxLength: 2,
        }),
        fallback: inner,
      })
      .map((c) => ({ kind, ...c }));
  const arb = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: taskArb, weight: 4 },
    {
      arbitrary: fc.array(inner, { minLength: 2, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
      weight: 2,
    },
    {
      arbitrary: fc
        .array(inner, { minLength: 2, maxLength: 3 })
        .map((branches) => ({ kind: 'parallel' as const, branches })),
      weight: 2,
    },
    { arbitrary: choice('inclusive'), weight: 2 },
    { arbitrary: choice('exclusive'), weight: 1 },
    {
      arbitrary: fc
        .record({ body: inner, boundary: maybe(boundaryArb, 2) })
        .map(({ body, boundary }) => ({ kind: 'sub' as const, body, ...(boundary ? { boundary } : {}) })),
      weight: 1,
    },
  );
  blockArbs.set(depth, arb);
  return arb;
}

/** A whole process: one to three blocks in sequence, nested up to `depth` levels, and the start values of the flags. */
export function familyCaseArbOf(depth: number): fc.Arbitrary<FamilyCase> {
  return fc.record({
    shape: fc
      .array(blockArb(depth), { minLength: 1, maxLength: 3 })
      .map((items) => (items.length === 1 ? (items[0] as BlockShape) : { kind: 'seq' as const, items })),
    flags: fc.record(Object.fromEntries(FLAGS.map((f) => [f, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>),
  });
}

/** The family the properties run on: blocks nested up to two levels (small models, fast runs). */
export const familyCaseArb: fc.Arbitrary<FamilyCase> = familyCaseArbOf(2);

export interface FamilyInstance {
  readonly model: ProcessModel;
  readonly variables: JsonObject;
  /** Elements several tokens of one scope may legitimately be at: the paths of non-interrupting boundary events. */
  readonly sharedElementIds: ReadonlySet<string>;
  /** User tasks with an approval mode (the liveness driver approves them). */
  readonly approvalIds: ReadonlySet<string>;
}

const literal = (value: string | string[]) => ({ kind: 'literal' as const, value });

class FamilyBuilder {
  readonly nodes: NodeSpec[] = [];
  readonly flows: FlowSpec[] = [];
  readonly variables: Record<string, string[] | boolean> = {};
  readonly sharedElementIds = new Set<string>();
  readonly approvalIds = new Set<string>();
  private counter = 0;

  constructor(readonly key: string) {}

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  node(spec: NodeSpec): string {
    this.nodes.push(spec);
    return spec.id;
  }

  flow(source: string, target: string, options?: FlowSpec[2]): void {
    this.flows.push(options ? [source, target, options] : [source, target]);
  }
}

interface Piece {
  readonly entry: string;
  readonly exit: string;
}

function userTask(b: FamilyBuilder, id: string, scopeId: string, user: string): string {
  return b.node({
    id,
    type: 'userTask',
    scopeId,
    assignment: { assignee: literal(user), candidateUsers: [], candidateGroups: [] },
  });
}

/** A boundary timer on `hostId`; interrupting paths merge back after the host, others end on their own. */
function attachBoundary(b: FamilyBuilder, hostId: string, scopeId: string, shape: BoundaryShape, piece: Piece): Piece {
  const timerId = b.node({
    id: `${hostId}_timer`,
    type: 'boundaryEvent',
    attachedToId: hostId,
    interrupting: shape.interrupting,
    trigger: {
      type: 'timer',
      timer: { kind: shape.cycle ? 'cycle' : 'duration', value: literal(shape.cycle ? 'R2/PT1H' : 'PT1H') },
    },
  });
  if (shape.interrupting) {
    const esc = userTask(b, `${hostId}_esc`, scopeId, 'dan');
    const merge = b.node({ id: `${hostId}_merge`, type: 'exclusiveGateway', scopeId });
    b.flow(timerId, esc);
    b.flow(esc, merge);
    b.flow(piece.exit, merge);
    return { entry: piece.entry, exit: merge };
  }
  const note = userTask(b, `${hostId}_note`, scopeId, 'cat');
  const end = b.node({ id: `${hostId}_noteEnd`, type: 'endEvent', scopeId });
  b.flow(timerId, note);
  b.flow(note, end);
  for (const id of [timerId, note, end]) b.sharedElementIds.add(id);
  return piece;
}

function assignmentOf(shape: Extract<BlockShape, { kind: 'task' }>) {
  if (shape.multi || shape.assignment === 'pool') return { candidateUsers: [], candidateGroups: [] };
  if (shape.assignment === 'assignee') {
    return { assignee: literal(shape.user), candidateUsers: [], candidateGroups: [] };
  }
  const other = USERS[(USERS.indexOf(shape.user as (typeof USERS)[number]) + 1) % USERS.length] as string;
  return { candidateUsers: [literal(shape.user), literal([other])], candidateGroups: [] };
}

function compileTask(b: FamilyBuilder, shape: Extract<BlockShape, { kind: 'task' }>, scopeId: string): Piece {
  const id = b.nextId('t');
  const { multi } = shape;
  const approval = multi?.approval;
  const reworkFlowId = `${id}_rework`;
  if (multi) b.variables[`signers_${id}`] = [...multi.signers];
  if (approval) b.approvalIds.add(id);
  b.node({
    id,
    type: 'userTask',
    scopeId,
    assignment: assignmentOf(shape),
    ...(multi
      ? {
          multiInstance: {
            sequential: multi.sequential,
            collection: { var: `signers_${id}` },
            elementVariable: 'signer',
          },
          initiatorApprover: multi.skipInitiator ? 'skip' : 'keep',
        }
      : {}),
    ...(approval
      ? {
          approval: {
            mode: approval.mode,
            ...(approval.ratio ? { ratio: approval.ratio } : {}),
            ...(approval.reject === 'end' ? { onReject: { kind: 'end' as const } } : {}),
            ...(approval.reject === 'loopFlow' ? { onReject: { kind: 'flow' as const, flowId: reworkFlowId } } : {}),
          },
        }
      : {}),
  });
  let piece: Piece = { entry: id, exit: id };
  if (approval?.reject === 'loop' || approval?.reject === 'loopFlow') {
    const loop = b.node({ id: `${id}_loop`, type: 'exclusiveGateway', scopeId });
    const ok = b.node({ id: `${id}_ok`, type: 'exclusiveGateway', scopeId });
    b.flow(loop, id);
    b.flow(id, loop, { id: reworkFlowId, condition: { '==': [{ var: `${id}Outcome` }, 'rejected'] } });
    b.flow(id, ok, { isDefault: true });
    piece = { entry: loop, exit: ok };
  }
  return shape.boundary ? attachBoundary(b, id, scopeId, shape.boundary, piece) : piece;
}

function compileChoice(
  b: FamilyBuilder,
  shape: Extract<BlockShape, { kind: 'inclusive' | 'exclusive' }>,
  scopeId: string,
): Piece {
  const type = shape.kind === 'inclusive' ? 'inclusiveGateway' : 'exclusiveGateway';
  const split = b.node({ id: b.nextId(`${shape.kind[0] as string}split`), type, scopeId });
  const join = b.node({ id: `${split}_join`, type, scopeId });
  for (const branch of shape.branches) {
    const piece = compile(b, branch.block, scopeId);
    b.flow(split, piece.entry, { condition: { var: branch.flag } });
    b.flow(piece.exit, join);
  }
  const fallback = compile(b, shape.fallback, scopeId);
  b.flow(split, fallback.entry, { isDefault: true });
  b.flow(fallback.exit, join);
  return { entry: split, exit: join };
}

function compile(b: FamilyBuilder, shape: BlockShape, scopeId: string): Piece {
  switch (shape.kind) {
    case 'task':
      return compileTask(b, shape, scopeId);
    case 'seq': {
      const pieces = shape.items.map((item) => compile(b, item, scopeId));
      pieces.slice(1).forEach((piece, i) => b.flow((pieces[i] as Piece).exit, piece.entry));
      return { entry: (pieces[0] as Piece).entry, exit: (pieces.at(-1) as Piece).exit };
    }
    case 'parallel': {
      const split = b.node({ id: b.nextId('psplit'), type: 'parallelGateway', scopeId });
      const join = b.node({ id: `${split}_join`, type: 'parallelGateway', scopeId });
      for (const branch of shape.branches) {
        const piece = compile(b, branch, scopeId);
        b.flow(split, piece.entry);
        b.flow(piece.exit, join);
      }
      return { entry: split, exit: join };
    }
    case 'inclusive':
    case 'exclusive':
      return compileChoice(b, shape, scopeId);
    case 'sub': {
      const id = b.node({ id: b.nextId('sub'), type: 'subProcess', scopeId });
      const start = b.node({ id: `${id}_start`, type: 'startEvent', scopeId: id });
      const end = b.node({ id: `${id}_end`, type: 'endEvent', scopeId: id });
      const body = compile(b, shape.body, id);
      b.flow(start, body.entry);
      b.flow(body.exit, end);
      const piece = { entry: id, exit: id };
      return shape.boundary ? attachBoundary(b, id, scopeId, shape.boundary, piece) : piece;
    }
  }
}

/** Turns a generated case into a model and the variables to start it with. */
export function buildFamilyInstance(family: FamilyCase, key = 'family'): FamilyInstance {
  const b = new FamilyBuilder(key);
  const start = b.node({ id: 'start', type: 'startEvent' });
  const end = b.node({ id: 'end', type: 'endEvent' });
  const body = compile(b, family.shape, key);
  b.flow(start, body.entry);
  b.flow(body.exit, end);
  return {
    model: buildModel(key, b.nodes, b.flows),
    variables: { ...family.flags, ...b.variables },
    sharedElementIds: b.sharedElementIds,
    approvalIds: b.approvalIds,
  };
}
