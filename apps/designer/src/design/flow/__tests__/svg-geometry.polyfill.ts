import { deserialize, serialize } from 'node:v8';

/**
 * What bpmn-js needs from SVG that jsdom does not implement: matrices, transform lists, `getBBox`, `getScreenCTM`.
 * Just enough arithmetic for shapes to be placed; nothing is measured (text gets a rough size). Tests of commands
 * read the model, never pixels.
 */
class Matrix {
  constructor(
    public a = 1,
    public b = 0,
    public c = 0,
    public d = 1,
    public e = 0,
    public f = 0,
  ) {}
  multiply(m: Matrix): Matrix {
    return new Matrix(
      this.a * m.a + this.c * m.b,
      this.b * m.a + this.d * m.b,
      this.a * m.c + this.c * m.d,
      this.b * m.c + this.d * m.d,
      this.a * m.e + this.c * m.f + this.e,
      this.b * m.e + this.d * m.f + this.f,
    );
  }
  translate(x: number, y: number): Matrix {
    return this.multiply(new Matrix(1, 0, 0, 1, x, y));
  }
  scale(s: number): Matrix {
    return this.multiply(new Matrix(s, 0, 0, s, 0, 0));
  }
  inverse(): Matrix {
    const det = this.a * this.d - this.b * this.c;
    return new Matrix(
      this.d / det,
      -this.b / det,
      -this.c / det,
      this.a / det,
      (this.c * this.f - this.d * this.e) / det,
      (this.b * this.e - this.a * this.f) / det,
    );
  }
}

class Transform {
  matrix = new Matrix();
  setMatrix(m: Matrix): void {
    this.matrix = new Matrix(m.a, m.b, m.c, m.d, m.e, m.f);
  }
  setTranslate(x: number, y: number): void {
    this.matrix = new Matrix(1, 0, 0, 1, x, y);
  }
  setScale(x: number, y: number): void {
    this.matrix = new Matrix(x, 0, 0, y, 0, 0);
  }
  setRotate(): void {}
}

class TransformList {
  private items: Transform[] = [];
  get numberOfItems(): number {
    return this.items.length;
  }
  clear(): void {
    this.items = [];
  }
  appendItem(item: Transform): Transform {
    this.items.push(item);
    return item;
  }
  initialize(item: Transform): Transform {
    this.items = [item];
    return item;
  }
  getItem(index: number): Transform {
    return this.items[index]!;
  }
  createSVGTransformFromMatrix(m: Matrix): Transform {
    const t = new Transform();
    t.setMatrix(m);
    return t;
  }
  consolidate(): Transform | null {
    if (this.items.length === 0) return null;
    const t = new Transform();
    t.setMatrix(this.items.reduce((m, item) => m.multiply(item.matrix), new Matrix()));
    return t;
  }
}

export function polyfillSvgGeometry(): void {
  const g = globalThis as Record<string, unknown>;
  if (g['SVGMatrix']) return;
  g['SVGMatrix'] = Matrix;
  // jest's jsdom environment hides Node's structuredClone, which diagram-js uses
  g['structuredClone'] ??= (value: unknown) => deserialize(serialize(value)) as unknown;
  // diagram-js escapes selectors with CSS.escape
  g['CSS'] ??= { escape: (text: string) => text.replace(/[^\w-]/g, (c) => `\\${c}`) };
  const lists = new WeakMap<Element, TransformList>();
  const element = window.SVGElement.prototype as unknown as Record<string, unknown>;
  Object.defineProperty(element, 'transform', {
    configurable: true,
    get(this: Element) {
      if (!lists.has(this)) lists.set(this, new TransformList());
      return { baseVal: lists.get(this) };
    },
  });
  element['getBBox'] = function (this: Element) {
    return { x: 0, y: 0, width: (this.textContent ?? '').length * 7, height: 14 };
  };
  element['getScreenCTM'] = () => new Matrix();
  element['getCTM'] = () => new Matrix();
  element['createSVGMatrix'] = () => new Matrix();
  element['createSVGTransform'] = () => new Transform();
  // diagram-js measures label text on a canvas: a rough width per character
  const canvas = window.HTMLCanvasElement.prototype as unknown as Record<string, unknown>;
  canvas['getContext'] = () => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) });
  element['createSVGTransformFromMatrix'] = (m: Matrix) => new TransformList().createSVGTransformFromMatrix(m);
}
