// A React app using the package's wrappers (sciatica-widgets/react) as the docs show: props set on the
// element, the card's events as on… props reaching the component's state.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ExerciseCard, PainMap } from 'sciatica-widgets/react';

function App() {
  const [heard, setHeard] = useState('');
  return (
    <main>
      <ExerciseCard
        exercise="mckenzie-press-up"
        headingLevel={2}
        onExerciseFeedback={(event) => setHeard(`${event.detail.exerciseId}: ${event.detail.response}`)}
        onWidgetError={(event) => setHeard(`widget-error ${event.detail.code}`)}
      />
      {/* An object as a property: React 18 would make an attribute of it without the wrapper. */}
      <PainMap readonly value={{ regions: { 'left-buttock': { intensity: 4 } } }} />
      <p id="log">{heard}</p>
    </main>
  );
}

export function Wrong() {
  // @ts-expect-error the handler gets a CustomEvent, not a number
  return <ExerciseCard exercise="plank" onExerciseFeedback={(n: number) => n} />;
}

createRoot(document.getElementById('root')!).render(<App />);
