/**
 * The glide timer's figure (issue 16): the exercise pictures' body on the chair, its pose following
 * the phase, easing between poses with Web Animations made by the browser, not moving under
 * prefers-reduced-motion, and cancelled when it leaves the page.
 */
import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { renderGlideFigure } from '../../src/nerve-glide-timer/figure.js';

/** One template for every render, so the figure is updated in place rather than replaced. */
const draw = (phase: Parameters<typeof renderGlideFigure>[0] | null, div: HTMLElement) => render(phase ? html`${renderGlideFigure(phase)}` : nothing, div);

function host(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

describe('nerve-glide-timer figure', () => {
  it('draws the seated body in the pose of the phase, and eases to the next pose at a phase change', () => {
    const div = host();
    draw('extension', div);
    const svg = div.querySelector('svg.figure')!;
    expect(svg.classList.contains('pose-extension')).to.equal(true);
    expect(svg.querySelectorAll('.prop').length, 'the chair').to.be.greaterThan(3);
    const pose = () => [...svg.querySelectorAll('[data-i]')].map((el) => el.getAttribute('transform')).join();
    const extension = pose();
    expect(div.getAnimations?.() ?? []).to.have.length(0);
    draw('flexion', div);
    expect(svg.classList.contains('pose-flexion')).to.equal(true);
    expect(pose()).to.not.equal(extension);
    const moving = [...svg.querySelectorAll('[data-i]')].flatMap((el) => el.getAnimations());
    expect(moving.length).to.be.greaterThan(20);
    expect((moving[0]!.effect as KeyframeEffect).getTiming().duration).to.equal(900);
    draw(null, div);
    expect(moving.every((a) => a.playState === 'idle'), 'cancelled on removal').to.equal(true);
    div.remove();
  });

  it('does not move under prefers-reduced-motion: the pose changes at once', () => {
    const original = window.matchMedia;
    window.matchMedia = (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
    try {
      const div = host();
      draw('flexion', div);
      draw('extension', div);
      const svg = div.querySelector('svg.figure')!;
      expect([...svg.querySelectorAll('[data-i]')].flatMap((el) => el.getAnimations())).to.have.length(0);
      expect(svg.classList.contains('pose-extension')).to.equal(true);
      div.remove();
    } finally {
      window.matchMedia = original;
    }
  });
});
