// The catalogue page: one <exercise-card> per exercise, with a category filter. The list comes
// from window.SciaticaWidgets.exercises ([{ id, title, category }]), as it would on a clinic's page.
const categoryNames = {
  release: 'Rolling and release',
  activation: 'Strength and control',
  stretch: 'Stretches',
  'nerve-glide': 'Nerve glides',
  directional: 'Finding your direction',
  position: 'Resting positions',
  activity: 'Everyday activity',
};

const exercises = window.SciaticaWidgets?.exercises ?? [];

const container = document.getElementById('cards');
const select = document.getElementById('category');
const count = document.getElementById('count');

const cards = exercises.map((exercise) => {
  const card = document.createElement('exercise-card');
  card.setAttribute('exercise', exercise.id);
  // Compact: title, picture, dose and stop rule; the steps open with a button (and print).
  card.setAttribute('compact', '');
  card.dataset.category = exercise.category;
  container.append(card);
  return card;
});

for (const category of new Set(exercises.map((e) => e.category))) {
  const option = document.createElement('option');
  option.value = category;
  option.textContent = categoryNames[category] ?? category;
  select.append(option);
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
