// Runs after the bundle: the elements upgrade as they are created.
// A block: classic scripts share one global scope, and both pages' scripts use the same names.
{
  const box = document.getElementById('after');
  if (!customElements.get('pain-map')) throw new Error('the bundle was expected to have loaded');

  const make = (tag, id, attributes) => {
    const el = document.createElement(tag);
    el.id = id;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };

  box.append(
    make('red-flag-checker', 'rf2', { mode: 'list' }),
    make('exercise-card', 'ec2', { exercise: 'glute-bridge', 'hold-seconds': '1', reps: '1', sets: '1' }),
    make('nerve-glide-timer', 'ng2', { reps: '1', 'phase-seconds': '1' }),
    make('pain-map', 'pm2', {}),
  );
}
