/**
 * The exercise pictures, checked rather than eyeballed (issue 16): every pose of every exercise has
 * its joints inside their anatomical range, each contact it names within 2 px of its surface (at the
 * picture's largest size), nothing sunk into the floor or a prop, and the whole figure inside the
 * picture; the drawings the clinical review corrected (issue 13, point 8) say what their steps say;
 * and the drawn SVG is CSP-safe and stays inside its viewBox in this browser.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { exerciseIds } from '../../src/content/exercises/index.js';
import { text, type Exercise } from '../../src/content/exercises/types.js';
import { contacts, place, point, solve, type Pose, type Posed, type V } from '../../src/content/illustrations/body.js';
import type { Figure } from '../../src/content/illustrations/figure.js';
import { glide } from '../../src/content/illustrations/glide-poses.js';
import { loadCatalogue } from '../helpers.js';
import { collisions, gap, jointAngles, outOfRange, outsidePicture, tolerance } from './pose-checks.js';

let catalogue: Exercise[];
before(async () => {
  catalogue = await loadCatalogue();
});

const figureOf = (id: string) => catalogue.find((e) => e.id === id)?.illustration?.figure as Figure;
const deg = (a: V, b: V) => (Math.acos(Math.max(-1, Math.min(1, (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b))))) * 180) / Math.PI;
const dir = (p: Posed, name: string): V => {
  const q = p.parts.find((x) => x.name === name)!;
  return [q.b[0] - q.a[0], q.b[1] - q.a[1], q.b[2] - q.a[2]];
};

describe('exercise pictures: the body', () => {
  it('measures back the joint angles a pose gives (the range checks read them this way)', () => {
    // A fixed pseudo-random walk through the angle space, so a failure repeats.
    let seed = 7;
    const r = (lo: number, hi: number) => {
      seed = (seed * 16807) % 2147483647;
      return Math.round(lo + ((seed % 10000) / 10000) * (hi - lo));
    };
    for (let n = 0; n < 100; n++) {
      const legL = [r(-20, 110), r(-20, 40), r(-40, 50), r(0, 140), r(-40, 20)];
      const armR = [r(-50, 170), r(-20, 80), r(0, 140), r(-60, 60)];
      const spine = [r(-20, 50), r(-20, 40), r(-40, 40), r(-20, 20)];
      const twist = [r(-20, 20), 0];
      const m = jointAngles(solve({ at: [0, 0], turn: [r(-180, 180), r(-90, 90), r(-90, 90)], spine, twist, legL, armR } as unknown as Pose));
      const want = [spine[0], spine[1], spine[2], spine[3], twist[0], ...legL, ...armR];
      const got = [m.lumbar, m.thoracic, m.neck, m.head, m.twist, m.hipFlexL, m.hipAbdL, m.hipRotL, m.kneeL, m.ankleL, m.shoulderFlexR, m.shoulderAbdR, m.elbowR, m.wristR];
      got.forEach((g, i) => expect(g, `angle ${i} of pose ${n}`).to.be.closeTo(want[i]!, 0.01));
    }
  });

  it('finds a pose that breaks a rule: a knee bent backward, a hip sunk into the floor, a heel off its surface', () => {
    expect(outOfRange(solve({ at: [0, 90], legL: [0, 0, 0, -20] }))).to.deep.include(['kneeL', -20]);
    const f = figureOf('glute-bridge');
    const sunk = place({ ...f.spec.start, at: [0, 4] });
    expect(collisions(f, sunk, tolerance(f)).map((c) => c[0])).to.include('pelvis');
    expect(gap(f, place({ ...f.spec.start, at: [0, 16] }), 'pelvis', 'floor')).to.be.greaterThan(tolerance(f));
  });
});

describe('exercise pictures: every pose of every exercise', () => {
  it('has a posed figure for each of the 22 catalogue exercises, with a start and an end pose', () => {
    expect(catalogue.map((e) => e.id)).to.deep.equal([...exerciseIds]);
    for (const e of catalogue) {
      const f = e.illustration?.figure;
      expect(f, e.id).to.not.equal(undefined);
      expect(f!.spec.start, e.id).to.be.an('object');
      expect(f!.spec.end, e.id).to.be.an('object');
      expect(f!.spec.arrows.length, `${e.id}: a movement arrow`).to.be.greaterThan(0);
    }
  });

  it('says what the movement is in every text alternative, each different', () => {
    const alts = catalogue.map((e) => text(e.illustration!.alt).trim());
    for (const alt of alts) expect(alt.length).to.be.greaterThan(40);
    expect(new Set(alts).size).to.equal(alts.length);
  });

  for (const id of exerciseIds) {
    describe(id, () => {
      for (const which of ['start', 'end'] as const) {
        it(`${which} pose: joints in range, contacts on their surfaces, nothing in the floor or a prop, all inside the picture`, () => {
          const f = figureOf(id);
          const pose = f.spec[which];
          const posed = place(pose);
          const tol = tolerance(f);
          expect(outOfRange(posed), 'joints out of range').to.deep.equal([]);
          const touch = contacts(pose);
          expect(touch.length, 'names what it rests on').to.be.greaterThan(0);
          for (const [part, surface] of touch) expect(Math.abs(gap(f, posed, part, surface)), `${part} on ${surface} (tolerance ${tol.toFixed(2)})`).to.be.at.most(tol);
          expect(collisions(f, posed, tol), 'sunk into the floor or a prop').to.deep.equal([]);
          expect(outsidePicture(f, posed), 'outside the picture').to.deep.equal([]);
        });
      }

      it('stays out of the floor all through the movement', () => {
        const f = figureOf(id);
        const tol = tolerance(f);
        for (let k = 0; k <= 8; k++) {
          const t = k / 8;
          const posed = f.between(f.spec.start, f.spec.end, t);
          expect(collisions(f, posed, 2 * tol).filter((c) => c[1] === 'floor'), `at ${t}`).to.deep.equal([]);
        }
      });
    });
  }
});

describe('exercise pictures: what the clinical review corrected', () => {
  it('90-90 rest: on the back, calves on the chair seat with the feet short of its back, hips and knees near right angles, arms by the sides', () => {
    const f = figureOf('ninety-ninety-rest');
    const end = place(f.spec.end);
    const a = jointAngles(end);
    for (const s of ['L', 'R']) {
      expect(a[`hipFlex${s}`]).to.be.within(80, 100);
      expect(a[`knee${s}`]).to.be.within(80, 100);
      expect(Math.abs(gap(f, end, `shank${s}`, 'chair'))).to.be.at.most(tolerance(f));
      expect(Math.abs(a[`shoulderFlex${s}`]!), 'arm along the body').to.be.at.most(20);
      expect(a[`shoulderAbd${s}`]).to.be.within(-5, 25);
    }
    const chairBack = Math.max(...f.props().filter((p) => p.name === 'chair').map((p) => p.at[3]));
    for (const s of ['L', 'R']) expect(point(end, `toe${s}`)[0], 'toes before the chair back').to.be.below(chairBack - 3);
  });

  it('clamshell: side-lying, hips stacked, heels together, the top knee opens 30–45°', () => {
    const f = figureOf('clamshell');
    const [start, end] = [place(f.spec.start), place(f.spec.end)];
    const open = (p: Posed) => deg(dir(p, 'thighL'), dir(p, 'thighR'));
    expect(open(start)).to.be.below(10);
    expect(open(end)).to.be.within(30, 45);
    for (const p of [start, end]) {
      const pelvis = p.parts.find((q) => q.name === 'pelvis')!;
      expect(Math.abs(pelvis.left[1]), 'hips stacked: the pelvis side to side is vertical').to.be.above(0.97);
      const [hl, hr] = [point(p, 'heelL'), point(p, 'heelR')];
      expect(Math.hypot(hl[0] - hr[0], hl[1] - hr[1], hl[2] - hr[2]), 'heels together').to.be.below(9);
      expect(jointAngles(p).kneeL).to.be.within(70, 110);
    }
  });

  it('stick roller: the roller touches the front of the thigh and rolls one way, from above the knee toward the hip', () => {
    const f = figureOf('stick-roller-quads');
    const [start, end] = [place(f.spec.start), place(f.spec.end)];
    for (const p of [start, end]) expect(Math.abs(gap(f, p, 'thighL', 'stick'))).to.be.at.most(tolerance(f));
    const toHip = (p: Posed) => {
      const [t, h] = [point(p, 'tool'), point(p, 'hipL')];
      return Math.hypot(t[0] - h[0], t[1] - h[1], t[2] - h[2]);
    };
    expect(toHip(end)).to.be.below(toHip(start) - 10);
    expect(f.spec.arrows.map((a) => a[0])).to.deep.equal(['tool']);
  });

  it('door frame: hands gripping the top of the frame, knees bent at the end, toes on the floor', () => {
    const f = figureOf('door-frame-decompression');
    const end = place(f.spec.end);
    expect(jointAngles(end).kneeL).to.be.above(25);
    expect(Math.abs(gap(f, end, 'toeL', 'floor'))).to.be.at.most(tolerance(f));
    for (const s of ['L', 'R']) expect(Math.abs(gap(f, end, `hand${s}`, 'frame'))).to.be.at.most(tolerance(f));
  });

  it('hip internal rotation ("roadkill"): on the side of the stretched hip, a dumbbell on the bottom foot, the top hip at a right angle rolling forward and down', () => {
    const f = figureOf('hip-internal-rotation');
    const [start, end] = [place(f.spec.start), place(f.spec.end)];
    expect(point(start, 'hipL')[1], 'the left (stretched) hip is underneath').to.be.below(point(start, 'hipR')[1]);
    expect(Math.abs(gap(f, start, 'footL', 'dumbbell'))).to.be.at.most(tolerance(f));
    expect(Math.abs(gap(f, end, 'footL', 'dumbbell'))).to.be.at.most(tolerance(f));
    expect(jointAngles(start).hipFlexR).to.be.within(80, 100);
    expect(point(end, 'hipR')[1], 'the top hip goes down').to.be.below(point(start, 'hipR')[1] - 2);
    expect(point(end, 'hipR')[2], 'and forward').to.be.above(point(start, 'hipR')[2] + 2);
  });

  it('FABER: on the back, the heel against the inner side of the other knee, the bent knee falling out to the side', () => {
    const f = figureOf('hip-external-rotation');
    const [start, end] = [place(f.spec.start), place(f.spec.end)];
    for (const p of [start, end]) {
      expect(Math.abs(gap(f, p, 'heelL', 'shankR'))).to.be.at.most(tolerance(f));
      expect(point(p, 'heelL')[2], 'inner side: toward the other leg').to.be.above(point(p, 'kneeR')[2]);
    }
    expect(point(end, 'kneeL')[2] - point(start, 'kneeL')[2], 'out to the side').to.be.above(10);
    expect(point(end, 'kneeL')[1], 'and down').to.be.below(point(start, 'kneeL')[1] - 5);
  });

  it('seated nerve glide: slumped on a firm chair, hands on the thighs; extension straightens the knee, pulls the toes up and lifts the head, flexion the opposite', () => {
    const f = figureOf('seated-nerve-glide');
    const [ext, flex] = [jointAngles(place(glide.extension)), jointAngles(place(glide.flexion))];
    expect(ext.kneeL!).to.be.below(15);
    expect(ext.ankleL!).to.be.above(5);
    expect(ext.neck! + ext.head!, 'head up').to.be.below(-20);
    expect(flex.kneeL!).to.be.above(60);
    expect(flex.ankleL!).to.be.below(-10);
    expect(flex.neck! + flex.head!, 'chin down').to.be.above(20);
    expect(ext.lumbar! + ext.thoracic!, 'slumped').to.be.above(20);
    for (const pose of [glide.extension, glide.flexion, glide.rest]) {
      const p = place(pose);
      expect(Math.abs(gap(f, p, 'pelvis', 'chair'))).to.be.at.most(tolerance(f));
      for (const s of ['L', 'R']) expect(Math.abs(gap(f, p, `hand${s}`, `thigh${s}`)), `hand${s} on the thigh`).to.be.at.most(tolerance(f));
      expect(collisions(f, p, tolerance(f))).to.deep.equal([]);
      expect(outOfRange(p)).to.deep.equal([]);
    }
  });
});

describe('exercise pictures: the drawn SVG', () => {
  for (const id of exerciseIds) {
    it(`${id}: CSP-safe, drawn inside its viewBox, with a head and solid body parts`, () => {
      const ill = catalogue.find((e) => e.id === id)!.illustration!;
      const container = document.createElement('div');
      container.style.width = '400px';
      document.body.append(container);
      render(html`<svg viewBox=${ill.viewBox!}>${ill.render()}</svg>`, container);
      const svgEl = container.querySelector('svg')!;
      try {
        expect(svgEl.querySelectorAll('[style]').length).to.equal(0);
        expect(svgEl.querySelectorAll('script, foreignObject, image, use').length).to.equal(0);
        expect(svgEl.querySelectorAll('path.body').length).to.be.at.least(20);
        const [x = 0, y = 0, w = 0, h = 0] = ill.viewBox!.split(' ').map(Number);
        for (const el of svgEl.querySelectorAll<SVGGraphicsElement>('path.body, path.halo, .prop, .arrow')) {
          const b = el.getBBox();
          const inv = svgEl.getScreenCTM()!.inverse().multiply(el.getScreenCTM()!);
          for (const [px, py] of [
            [b.x, b.y],
            [b.x + b.width, b.y],
            [b.x, b.y + b.height],
            [b.x + b.width, b.y + b.height],
          ]) {
            const p = new DOMPoint(px, py).matrixTransform(inv);
            const where = `${el.getAttribute('class')} ${el.getAttribute('data-i') ?? ''}`;
            expect(p.x, where).to.be.within(x - 0.5, x + w + 0.5);
            expect(p.y, where).to.be.within(y - 0.5, y + h + 0.5);
          }
        }
      } finally {
        container.remove();
      }
    });
  }
});
