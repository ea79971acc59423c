/**
 * One exercise picture: `figure({…})`, a start pose, an end pose (the held pose, for an exercise with
 * a hold), the props and the movement arrows. The drawing itself is drawing.ts's; this adds the
 * arrows and the exercise card's loop (the keyframes its Web Animations play, computed here once).
 * The glide timer draws its seated figure with drawing.ts alone, so it loads none of this.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ExerciseIllustration } from '../exercises/types.js';
import { place } from './body.js';
import { Drawing, STEPS, n1, on2, place2d, transform, type Arrow, type DrawingSpec, type P2 } from './drawing.js';

/** Seconds: a pause at the start, the movement, a pause at the end (the hold), the movement back. */
const REST_S = 0.8;
const MOVE_S = 2.2;
const HOLD_S = 1.6;
/** Seconds per loop. */
export const LOOP_S = REST_S + HOLD_S + 2 * MOVE_S;

/** An arrow along the second half of a path, in the accent colour; at least 20 units long. */
function drawArrow(path: readonly P2[]): SVGTemplateResult {
  const half = path.slice(path.length >> 1);
  const [first, m, last] = [half[0], half[half.length >> 1], half[half.length - 1]] as [P2, P2, P2];
  const k = Math.max(1, 20 / (Math.hypot(last[0] - first[0], last[1] - first[1]) || 20));
  const out = (p: P2): P2 => [m[0] + (p[0] - m[0]) * k, m[1] + (p[1] - m[1]) * k];
  const [s, e] = [out(first), out(last)];
  // A quadratic curve through the start, the middle and the end; straight when a short path was stretched.
  const c: P2 = k > 1 ? [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2] : [2 * m[0] - (s[0] + e[0]) / 2, 2 * m[1] - (s[1] + e[1]) / 2];
  const dir = Math.atan2(e[1] - c[1], e[0] - c[0]);
  const pt = (p: P2) => `${n1(p[0])} ${n1(p[1])}`;
  const wing = (w: number) => pt([e[0] - 7 * Math.cos(dir + w), e[1] - 7 * Math.sin(dir + w)]);
  return svg`<path class="arrow" d="M${pt(s)}Q${pt(c)} ${pt(e)}M${wing(0.5)}L${pt(e)}L${wing(-0.5)}"></path>`;
}

// --- one exercise's picture ----------------------------------------------------------------------

export interface FigureSpec extends DrawingSpec {
  /** What the movement is, in words (translated): the picture's text alternative. */
  alt: () => string;
  /** At least one: what moves, and which way. */
  arrows: readonly Arrow[];
}

/** A posed figure: its poses, the still picture with its movement arrows, and the card's loop. */
export class Figure extends Drawing<FigureSpec> {
  private frames?: ReturnType<Figure['keyframes']>;
  private drawn?: [SVGTemplateResult, SVGTemplateResult];


  /** The loop: offsets 0–1 and, per item (and for the tool), its transform in each frame (CSS syntax). */
  keyframes(): { offsets: number[]; items: string[][]; tool: string[] } {
    const { frames } = this.loop();
    const ref = place(this.spec.start).points.tool;
    return (this.frames ??= {
      // When (0–1) each of the drawing's loop poses is reached: at the start, then through each movement.
      offsets: [0, ...[REST_S, REST_S + MOVE_S + HOLD_S].flatMap((from) => Array.from({ length: STEPS + 1 }, (_, k) => (from + (MOVE_S * k) / STEPS) / LOOP_S))],
      items: this.items.map((item) => {
        let prev: number | undefined;
        return frames.map((posed) => {
          const [x, y, deg, sx, sy] = place2d(this.cam, posed, item);
          // Unwrapped, so an angle near ±180° does not spin the long way round.
          const a = prev === undefined ? deg : prev + ((((deg - prev) % 360) + 540) % 360) - 180;
          prev = a;
          return transform([x, y, a, sx, sy], 'px', 'deg', ',');
        });
      }),
      // The tool moves by how far its point is from where the start pose draws it.
      tool: frames.map((posed) => {
        const now = posed.points.tool;
        const [x, y] = ref && now ? on2(this.cam, [now[0] - ref[0], now[1] - ref[1], now[2] - ref[2]]) : [0, 0];
        return `translate(${n1(x)}px,${n1(y)}px)`;
      }),
    });
  }

  /** A still picture of a pose (the end pose by default), with the movement arrows when asked. */
  override draw(pose = this.spec.end, arrows = true): SVGTemplateResult {
    return svg`${super.draw(pose)}${arrows ? this.loop().paths.map(drawArrow) : nothing}`;
  }

  /**
   * The animated picture: the end pose with its arrows (class `still`) and the start pose to move
   * (class `moving`, given `hook`, an element directive), sharing the floor and the props.
   */
  scene(hook: unknown): SVGTemplateResult {
    // Drawn once per exercise: every card showing it shares these templates.
    const [still, start] = (this.drawn ??= [this.body(place(this.spec.end)), this.body(place(this.spec.start))]);
    return svg`${this.fixed(false)}<g class="still">${still}</g><g class="moving" ${hook}>${start}</g>${this.fixed(true)}<g class="still">${this.loop().paths.map(drawArrow)}</g>`;
  }
}

/** An exercise's picture: the posed figure, and what every picture has (alt text, a still drawing). */
export function figure(spec: FigureSpec): ExerciseIllustration {
  const f = new Figure(spec);
  return {
    alt: spec.alt,
    render: () => f.draw(),
    get viewBox() {
      return f.viewBox;
    },
    figure: f,
  };
}
