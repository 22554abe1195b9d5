import type { ModelProblem } from '../model/model-problem.type';
import { checkModel } from './checking/check-model';
import { lintDefinitions } from './lint-definitions';
import { lintProblems } from './lint-problems';
import { linkFlowNodes } from './link-flow-nodes';
import { modelProblem } from './model-problem.util';
import { idOf } from './moddle-element';
import type { ParseProcessOptions, ParseProcessResult } from './parse-process.type';
import { readBpmnXml } from './read-bpmn-xml';
import { readProcess } from './reading/read-process';
import { idsWithin, selectProcess } from './select-process';
import { xmlWarningProblems } from './xml-warning-problems';

async function parse(xml: string, options: ParseProcessOptions): Promise<ParseProcessResult> {
  const { definitions, warnings, problems: unreadable } = await readBpmnXml(xml);
  if (definitions === undefined) return { problems: [...unreadable] };
  const definitionsId = idOf(definitions) ?? '';
  const xmlProblems = xmlWarningProblems(warnings, definitionsId);
  const selection = selectProcess(definitions, options.processKey);
  if ('problem' in selection) return { problems: [...xmlProblems, selection.problem] };
  linkFlowNodes(definitions);
  const { model, ctx } = readProcess(selection.process, definitionsId);
  const own: ModelProblem[] = [...xmlProblems, ...ctx.problems, ...checkModel(model, ctx)];
  const findings = await lintDefinitions(definitions);
  const linted = lintProblems({ findings, problems: own, foreignIds: idsWithin(selection.others) });
  return { model, problems: [...own, ...linted] };
}

/**
 * Reads BPMN 2.0 XML (with the `anxin` extension) into a {@link ProcessModel} and reports every problem found:
 * unreadable XML, unsupported elements, structural and rule errors, and bpmnlint's recommended rules. `model` is
 * present whenever the process could be read, even when problems are errors; decide with `hasModelErrors`.
 * Never rejects, whatever the input.
 *
 * @example
 * ```ts
 * const { model, problems } = await parseProcess(xml);
 * if (model && !hasModelErrors(problems)) deploy(model);
 * ```
 */
export async function parseProcess(xml: string, options: ParseProcessOptions = {}): Promise<ParseProcessResult> {
  try {
    return await parse(xml, options);
  } catch (error) {
    // A reader bug must not reach the designer or the API as an exception; it is reported like unreadable input.
    const detail = error instanceof Error ? error.message : String(error);
    const message = `The document could not be read (internal reader error: ${detail}).`;
    return { problems: [modelProblem({ code: 'xml.unreadable', path: '', message })] };
  }
}
