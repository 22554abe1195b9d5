import type { Placement } from '../model/form-edits';
import type { PointedProblem } from '../model/problem-locations';

/** What the canvas can do to the form, and what it shows about each field. */
export interface CanvasActions {
  selected: string | undefined;
  select: (key: string | undefined) => void;
  move: (key: string, to: Placement) => void;
  shift: (key: string, by: -1 | 1) => void;
  remove: (key: string) => void;
  /** Problems per field key (checkForm's and the server's). */
  problems: Readonly<Record<string, readonly PointedProblem[]>>;
}
