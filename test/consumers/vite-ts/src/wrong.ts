// Wrong uses that the types must reject. Each line below `@ts-expect-error` is an error today; if the
// types loosen (a tag typed as Element, an event detail as any), the directive is unused and tsc fails.
import type {} from 'sciatica-widgets';

export function wrongUses(): void {
  const map = document.querySelector('pain-map');
  // @ts-expect-error <pain-map> has no `exercise` property
  console.log(map?.exercise);

  document.addEventListener('exercise-feedback', (e) => {
    // @ts-expect-error the response is text, not a number
    const n: number = e.detail.response;
    console.log(n);
  });

  // @ts-expect-error red-flag-result's detail has no `score`
  document.addEventListener('red-flag-result', (e) => console.log(e.detail.score));

  const card = document.createElement('exercise-card');
  // @ts-expect-error side is 'both' | 'left' | 'right'
  card.side = 'up';
}
