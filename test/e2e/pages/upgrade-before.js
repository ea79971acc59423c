// Runs before the bundle: the elements are still unknown (HTMLElement) here. A framework sets
// properties on them before they upgrade; the upgraded element must pick those values up.
// A block: classic scripts share one global scope, and both pages' scripts use the same names.
{
  const box = document.getElementById('before');
  if (customElements.get('pain-map')) throw new Error('the bundle was expected to load after this script');

  const rf = document.createElement('red-flag-checker');
  rf.id = 'rf';
  rf.setAttribute('clinic-name', 'Test Clinic');

  const ec = document.createElement('exercise-card');
  ec.id = 'ec';
  ec.exercise = 'glute-bridge';
  ec.holdSeconds = 1;
  ec.reps = 1;
  ec.sets = 1;

  const ng = document.createElement('nerve-glide-timer');
  ng.id = 'ng';
  ng.reps = 1;
  ng.phaseSeconds = 1;

  const pm = document.createElement('pain-map');
  pm.id = 'pm';
  pm.value = { regions: { 'right-buttock': { intensity: 4, qualities: [] } } };

  box.append(rf, ec, ng, pm);
}
