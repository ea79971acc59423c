// The catalogue page: one <exercise-card> per exercise, with a category filter. The list comes
// from window.SciaticaWidgets.exercises ([{ id, title, category }]); a build without it yet falls
// back to the ids below.
const fallbackIds = [
  'stick-roller-quads',
  'foam-roller-glutes',
  'lacrosse-ball-glutes',
  'peanut-ball-glutes',
  'dead-bug',
  'glute-bridge',
  'clamshell',
  'plank',
  'side-plank',
  'bird-dog',
  'pigeon-pose',
  'hip-external-rotation',
  'hip-internal-rotation',
  'door-frame-decompression',
  'hip-flexor-stretch',
  'seated-nerve-glide',
  'mckenzie-press-up',
  'knee-to-chest',
  'ninety-ninety-rest',
  'side-lying-pillow',
  'back-lying-pillow',
  'walking',
];

const categoryNames = {
  release: 'Rolling and release',
  activation: 'Strength and control',
  stretch: 'Stretches',
  'nerve-glide': 'Nerve glides',
  directional: 'Finding your direction',
  position: 'Resting positions',
  activity: 'Everyday activity',
};

const listed = window.SciaticaWidgets?.exercises;
const exercises = Array.isArray(listed) && listed.length ? listed : fallbackIds.map((id) => ({ id, title: id, category: null }));

const container = document.getElementById('cards');
const select = document.getElementById('category');
const count = document.getElementById('count');

const cards = exercises.map((exercise) => {
  const card = document.createElement('exercise-card');
  card.setAttribute('exercise', exercise.id);
  // Compact: title, picture, dose and stop rule; the steps open with a button (and print).
  card.setAttribute('compact', '');
  card.dataset.category = exercise.category ?? '';
  container.append(card);
  return card;
});

const categories = [...new Set(exercises.map((e) => e.category).filter(Boolean))];
if (categories.length) {
  for (const category of categories) {
    const option = document.createElement('option');
    option.value = category;
    option.textContent = categoryNames[category] ?? category;
    select.append(option);
  }
} else {
  // Without the list there is nothing to filter by.
  select.disabled = true;
}

function applyFilter() {
  const wanted = select.value;
  let shown = 0;
  for (const card of cards) {
    const show = !wanted || card.dataset.category === wanted;
    card.hidden = !show;
    if (show) shown += 1;
  }
  count.textContent = `${shown} of ${cards.length} exercises`;
}

select.addEventListener('change', applyFilter);
applyFilter();
