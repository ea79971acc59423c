// A page that imports the package the way the README says and uses its types under strict TypeScript.
import 'sciatica-widgets';
import type { ExerciseCard } from 'sciatica-widgets/exercise-card.js';
import type { PainMapElement, SerializedPainMap } from 'sciatica-widgets/pain-map.js';
import './readme-snippet.ts';

// The tag map: querySelector gives the element classes, not Element.
const card: ExerciseCard | null = document.querySelector('exercise-card');
const painMap: PainMapElement | null = document.querySelector('pain-map');

// A stored map may leave out qualities (SerializedPainMap.qualities is optional).
const stored: SerializedPainMap = { regions: { 'left-calf': { intensity: 6 } } };
if (painMap) painMap.previous = stored;

// Typed events: e.detail.response is 'centralized' | 'unchanged' | 'peripheralized'.
document.addEventListener('exercise-feedback', (e) => {
  const response: 'centralized' | 'unchanged' | 'peripheralized' = e.detail.response;
  document.querySelector('#log')!.textContent = `${card?.exerciseId ?? '?'}: ${response}`;
});
document.addEventListener('widget-error', (e) => {
  document.querySelector('#log')!.textContent = `widget-error ${e.detail.code}`;
});
