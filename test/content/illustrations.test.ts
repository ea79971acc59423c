import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { text, type ExerciseIllustration } from '../../src/content/exercises/types.js';
import { viewBox } from '../../src/content/illustrations/figure.js';
import { illustration as mckenziePressUp } from '../../src/content/illustrations/mckenzie-press-up.js';
import { illustration as kneeToChest } from '../../src/content/illustrations/knee-to-chest.js';
import { illustration as seatedNerveGlide } from '../../src/content/illustrations/seated-nerve-glide.js';
import { illustration as ninetyNinetyRest } from '../../src/content/illustrations/ninety-ninety-rest.js';
import { illustration as sideLyingPillow } from '../../src/content/illustrations/side-lying-pillow.js';
import { illustration as backLyingPillow } from '../../src/content/illustrations/back-lying-pillow.js';
import { illustration as plank } from '../../src/content/illustrations/plank.js';
import { illustration as sidePlank } from '../../src/content/illustrations/side-plank.js';
import { illustration as birdDog } from '../../src/content/illustrations/bird-dog.js';
import { illustration as walking } from '../../src/content/illustrations/walking.js';
import { illustration as stickRollerQuads } from '../../src/content/illustrations/stick-roller-quads.js';
import { illustration as foamRollerGlutes } from '../../src/content/illustrations/foam-roller-glutes.js';
import { illustration as lacrosseBallGlutes } from '../../src/content/illustrations/lacrosse-ball-glutes.js';
import { illustration as peanutBallGlutes } from '../../src/content/illustrations/peanut-ball-glutes.js';
import { illustration as deadBug } from '../../src/content/illustrations/dead-bug.js';
import { illustration as gluteBridge } from '../../src/content/illustrations/glute-bridge.js';
import { illustration as clamshell } from '../../src/content/illustrations/clamshell.js';
import { illustration as pigeonPose } from '../../src/content/illustrations/pigeon-pose.js';
import { illustration as hipExternalRotation } from '../../src/content/illustrations/hip-external-rotation.js';
import { illustration as hipInternalRotation } from '../../src/content/illustrations/hip-internal-rotation.js';
import { illustration as doorFrameDecompression } from '../../src/content/illustrations/door-frame-decompression.js';
import { illustration as hipFlexorStretch } from '../../src/content/illustrations/hip-flexor-stretch.js';

const illustrations: Record<string, ExerciseIllustration> = {
  'mckenzie-press-up': mckenziePressUp,
  'knee-to-chest': kneeToChest,
  'seated-nerve-glide': seatedNerveGlide,
  'ninety-ninety-rest': ninetyNinetyRest,
  'side-lying-pillow': sideLyingPillow,
  'back-lying-pillow': backLyingPillow,
  plank,
  'side-plank': sidePlank,
  'bird-dog': birdDog,
  walking,
  'stick-roller-quads': stickRollerQuads,
  'foam-roller-glutes': foamRollerGlutes,
  'lacrosse-ball-glutes': lacrosseBallGlutes,
  'peanut-ball-glutes': peanutBallGlutes,
  'dead-bug': deadBug,
  'glute-bridge': gluteBridge,
  clamshell,
  'pigeon-pose': pigeonPose,
  'hip-external-rotation': hipExternalRotation,
  'hip-internal-rotation': hipInternalRotation,
  'door-frame-decompression': doorFrameDecompression,
  'hip-flexor-stretch': hipFlexorStretch,
};

const [vx = 0, vy = 0, vw = 0, vh = 0] = viewBox.split(' ').map(Number);
const ALLOWED_PAINT = new Set(['currentColor', 'none', 'var(--_accent, currentColor)']);

function draw(ill: ExerciseIllustration): { container: HTMLElement; svgEl: SVGSVGElement } {
  const container = document.createElement('div');
  container.style.width = '320px';
  document.body.append(container);
  render(html`<svg viewBox=${viewBox}>${ill.render()}</svg>`, container);
  return { container, svgEl: container.querySelector('svg')! };
}

describe('exercise illustrations', () => {
  it('has one illustration for each of the 22 catalogue ids', () => {
    expect(Object.keys(illustrations)).to.have.length(22);
  });

  it('gives every drawing a non-empty alt text, different from every other', () => {
    const alts = Object.values(illustrations).map((ill) => text(ill.alt).trim());
    for (const alt of alts) expect(alt.length).to.be.greaterThan(20);
    expect(new Set(alts).size).to.equal(alts.length);
  });

  for (const [id, ill] of Object.entries(illustrations)) {
    describe(id, () => {
      let container: HTMLElement;
      let svgEl: SVGSVGElement;
      beforeEach(() => ({ container, svgEl } = draw(ill)));
      afterEach(() => container.remove());

      it('draws a figure: strokes and a head circle, in one root group', () => {
        const root = svgEl.children;
        expect(root.length, 'one root <g>').to.equal(1);
        expect(root[0]!.tagName.toLowerCase()).to.equal('g');
        expect(svgEl.querySelectorAll('path, line, polyline').length).to.be.greaterThan(2);
        const heads = svgEl.querySelectorAll('circle.head');
        expect(heads.length).to.be.greaterThan(0);
        for (const head of heads) expect(Number(head.getAttribute('r'))).to.equal(8);
      });

      it('uses no style attribute, script or foreignObject', () => {
        expect(svgEl.querySelectorAll('[style]').length).to.equal(0);
        expect(svgEl.querySelectorAll('script, foreignObject').length).to.equal(0);
      });

      it('paints only with currentColor or the accent variable', () => {
        for (const el of svgEl.querySelectorAll('*')) {
          for (const attr of ['stroke', 'fill', 'color', 'stop-color']) {
            const value = el.getAttribute(attr);
            if (value !== null) expect(ALLOWED_PAINT.has(value), `${el.tagName} ${attr}="${value}"`).to.equal(true);
          }
        }
      });

      it('stays inside the viewBox', () => {
        const box = (svgEl.firstElementChild as SVGGElement).getBBox();
        expect(box.width).to.be.greaterThan(50);
        expect(box.x).to.be.at.least(vx);
        expect(box.y).to.be.at.least(vy);
        expect(box.x + box.width).to.be.at.most(vx + vw);
        expect(box.y + box.height).to.be.at.most(vy + vh);
      });
    });
  }
});
