'use client';
// The recipe in docs/integrations.md: a client component with the React wrapper. The element upgrades
// before hydration sets `exercise`; it must wait quietly (no "no exercise to show", no widget-error).
import { useState } from 'react';
import { ExerciseCard } from 'sciatica-widgets/react';

export function Exercise() {
  const [heard, setHeard] = useState('');
  return (
    <>
      <ExerciseCard
        exercise="mckenzie-press-up"
        headingLevel={2}
        onExerciseFeedback={(event) => setHeard(`${event.detail.exerciseId}: ${event.detail.response}`)}
      />
      <p id="log">{heard}</p>
    </>
  );
}
