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

// The contact sheet: each exercise's start pose and end pose (with its movement arrow), copied from
// the cards above. A card's picture holds both: the still end pose (class "still") and the start
// pose its loop moves from (class "moving"). The figure's colours come with them: the card's own
// style sheet for the figure (the one with the "svg .body" rule) is shared with this page.
function drawContactSheet() {
  const sheet = document.getElementById('sheet');
  let adopted = false;
  for (const card of cards) {
    const picture = card.shadowRoot?.querySelector('svg.picture');
    if (!picture) continue;
    if (!adopted) {
      const figureSheet = [...card.shadowRoot.adoptedStyleSheets].find((s) => [...s.cssRules].some((r) => r.selectorText === 'svg .body'));
      if (figureSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, figureSheet];
      adopted = true;
    }
    const title = card.shadowRoot.querySelector('[part="title"]')?.textContent ?? card.getAttribute('exercise');
    const row = document.createElement('div');
    row.className = 'sheet-row';
    const heading = document.createElement('h3');
    heading.textContent = title;
    const pair = document.createElement('div');
    pair.className = 'sheet-pair';
    for (const [label, drop] of [
      ['start', '.still'],
      ['end', '.moving'],
    ]) {
      const copy = picture.cloneNode(true);
      copy.removeAttribute('part');
      copy.setAttribute('class', 'sheet-picture');
      copy.setAttribute('aria-label', `${title}: ${label}`);
      for (const group of copy.querySelectorAll(drop)) group.remove();
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      figure.append(copy, caption);
      pair.append(figure);
    }
    row.append(heading, pair);
    sheet.append(row);
  }
}
// The cards render in a microtask after they are added.
requestAnimationFrame(drawContactSheet);
