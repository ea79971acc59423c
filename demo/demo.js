// The clinic page's own code: what a clinic's developer writes around the five elements.
//
// It is meant to be read and copied. It uses only the elements' public API: their attributes,
// properties and DOM events (documented in README.md and custom-elements.json) and
// window.SciaticaWidgets. The elements work without any of this: it only connects them.
//
//   1. Language: a switcher that changes <html lang>; the elements follow it.
//   2. Warning signs: the checker's level is repeated at the top of the page.
//   3. Leg choice: a page control sets the glide timer's `side` attribute.
//   4. Exercises and glide -> body map: before/after comparison and "Today's session".
//   5. Direction test: opened by a self-care result; its movements feed the body map; its result
//      shows the matching exercise card.
//   6. Event log: every event with its detail, for developers.
//
// Nothing here sends or stores anything. "Today's session" lives in this page's memory only.

const painMap = document.querySelector('pain-map');
const glideTimer = document.querySelector('nerve-glide-timer');
const widgetTags = ['red-flag-checker', 'exercise-card', 'nerve-glide-timer', 'pain-map', 'direction-finder'];

// ---------------------------------------------------------------------------------------------
// 1. Language
// ---------------------------------------------------------------------------------------------
// The elements speak the language of <html lang> and switch as soon as it changes; the bundle
// fetches dist/locales/<lang>.js the first time a language is needed.
//
// On a real multilingual site the whole page would be translated. Here only the elements are, so
// the page's own text keeps lang="en-GB" (set on <body> below) for screen readers, and each element
// gets the chosen lang so its text is read in its own language.
const languageSelect = document.getElementById('language');
const languageStatus = document.getElementById('language-status');
const languageNames = { en: 'English', es: 'Spanish', fr: 'French', de: 'German' };

document.body.lang = 'en-GB';
languageSelect.value = document.documentElement.lang;

function markWidgetLanguage(lang) {
  for (const element of document.querySelectorAll(widgetTags.join(','))) element.lang = lang;
}
markWidgetLanguage(document.documentElement.lang);

languageSelect.addEventListener('change', async () => {
  const lang = languageSelect.value;
  document.documentElement.lang = lang; // this alone switches the elements
  markWidgetLanguage(lang);
  const api = window.SciaticaWidgets;
  if (!api) return;
  languageStatus.textContent = 'Loading…';
  // setLocale(null) means "follow <html lang>", which the elements already do; its promise tells
  // us when the language's text has arrived.
  await api.setLocale(null);
  const shown = api.getLocale();
  languageStatus.textContent = `Elements in ${languageNames[shown] ?? shown}. This page's own text stays in English.`;
});

// ---------------------------------------------------------------------------------------------
// 2. Warning signs: repeat the checker's level at the top of the page
// ---------------------------------------------------------------------------------------------
// red-flag-change carries the most urgent level so far (null while nothing can be said yet), so
// an emergency shows here the moment it is answered. red-flag-result comes when the person asks for
// the result. The checker itself already shows the full advice: this box adds, it never replaces.
// For an emergency a short bar also appears that stays at the top of the window (clinic.css), so
// the advice to call 999 never scrolls out of sight.
const triageBanner = document.getElementById('triage-banner');
const emergencyBar = document.getElementById('emergency-bar');

const triageText = {
  emergency: {
    title: 'Emergency: call 999 now',
    body: 'You answered yes to a sign that needs emergency care. Call 999 or go to the nearest A&E (emergency department) now. Do not start the exercises on this page.',
    call: { href: 'tel:999', text: 'Call 999' },
  },
  urgent: {
    title: 'Contact a doctor today',
    body: 'You answered yes to a sign that needs a doctor today: ask your GP for a same-day appointment, or call 111. Please speak to a doctor before you start the exercises on this page.',
  },
  soon: {
    title: 'Book an appointment in the next few days',
    body: 'Your answers suggest seeing a doctor or physiotherapist in the next few days. To book with us, call 020 7946 0000.',
  },
  'self-care': {
    title: 'No warning signs reported',
    body: 'Self-care is a reasonable start. This is not a diagnosis: answer the questions again if anything changes.',
  },
};

function showTriage(level) {
  const text = triageText[level];
  emergencyBar.hidden = level !== 'emergency';
  triageBanner.replaceChildren();
  triageBanner.hidden = !text;
  if (!text) {
    delete triageBanner.dataset.level;
    return;
  }
  triageBanner.dataset.level = level;
  const heading = document.createElement('h2');
  heading.textContent = text.title;
  const body = document.createElement('p');
  body.textContent = text.body;
  triageBanner.append(heading, body);
  if (text.call) {
    const call = document.createElement('a');
    call.className = 'call';
    call.href = text.call.href;
    call.textContent = text.call.text;
    triageBanner.append(call);
  }
  if (level !== 'self-care') {
    const more = document.createElement('p');
    const link = document.createElement('a');
    link.href = '#check';
    link.textContent = 'Read the full advice with your answers';
    more.append(link);
    triageBanner.append(more);
  }
}

document.addEventListener('red-flag-change', (event) => showTriage(event.detail.level));
document.addEventListener('red-flag-result', (event) => showTriage(event.detail.level));
// A yes to a safety question in the direction test stops the test and shows its advice there; the
// page repeats it at the top like the checker's.
document.addEventListener('direction-emergency', (event) => showTriage(event.detail.level));

// ---------------------------------------------------------------------------------------------
// 3. A page control sets an attribute: which leg the glide timer talks about
// ---------------------------------------------------------------------------------------------
for (const radio of document.querySelectorAll('input[name="leg"]')) {
  radio.addEventListener('change', () => {
    if (radio.value) glideTimer.setAttribute('side', radio.value);
    else glideTimer.removeAttribute('side');
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Exercises and the nerve glide feed the body map and "Today's session"
// ---------------------------------------------------------------------------------------------
// When an exercise or the glide starts, keep a copy of the body map as it is (its `value`). When the
// person answers how their leg symptoms responded (or finishes the glide), give that copy to the map
// as `previous`: the map then compares "now" with "before this exercise", in words, and warns if the
// symptoms have spread. Updating the map afterwards shows the trend, which is noted in the session.
//
// The map's own saved history (one map a day) is kept only when the person presses "Save today's
// map" in the element: it has no public method or event for page code to save or read it.
const sessionList = document.getElementById('session-list');
const sessionEmpty = document.getElementById('session-empty');
const compareSaved = document.getElementById('compare-saved');
const compareSavedButton = document.getElementById('compare-saved-button');

const extentWords = ['your lower back', 'your buttock, hip or groin', 'your thigh', 'your knee or lower leg', 'your foot'];
const responseWords = {
  centralized: 'Leg symptoms moved up toward the back: a good sign.',
  unchanged: 'Leg symptoms stayed the same.',
  peripheralized: 'Leg symptoms spread further down the leg: stop this movement, and read the advice shown with it.',
  // The direction test also tells these apart (the symptoms stayed as far down, but changed in strength).
  eased: 'Leg symptoms eased: a good sign.',
  worsened: 'Leg symptoms got stronger: stop this movement, and read the advice shown with it.',
};
const trendWords = {
  centralizing: 'moving up toward your back (a good sign)',
  peripheralizing: 'spreading down your leg: stop the movement that caused it',
  unchanged: 'reaching as far down the leg as before',
};

/** The activities of this visit: one entry per exercise (by id) and one for the glide. */
const activities = new Map();
/** The activity whose "before" map the body map is comparing with now. */
let comparing = null;

function exerciseTitle(id) {
  // The catalogue's titles follow the elements' language.
  return window.SciaticaWidgets?.exercises.find((exercise) => exercise.id === id)?.title ?? id;
}

function startActivity(key, title) {
  let activity = activities.get(key);
  if (!activity) {
    const item = document.createElement('li');
    const head = document.createElement('p');
    head.className = 'entry-title';
    const time = document.createElement('time');
    const name = document.createElement('span');
    head.append(time, name);
    const status = document.createElement('p');
    const response = document.createElement('p');
    const map = document.createElement('p');
    item.append(head, status, response, map);
    activity = { key, item, time, name, status, response, map, before: null };
    activities.set(key, activity);
  }
  const now = new Date();
  activity.time.dateTime = now.toISOString();
  activity.time.textContent = now.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  activity.name.textContent = title;
  activity.name.lang = window.SciaticaWidgets?.getLocale() ?? 'en';
  activity.status.textContent = 'Started.';
  activity.response.textContent = '';
  activity.map.textContent = '';
  activity.item.dataset.tone = 'neutral';
  // Keep a copy of the map as it is before this activity.
  const before = painMap.value;
  activity.before = Object.keys(before.regions).length > 0 ? before : null;
  sessionList.prepend(activity.item);
  sessionEmpty.hidden = true;
  return activity;
}

function recordResponse(activity, response) {
  activity.response.textContent = responseWords[response] ?? '';
  activity.item.dataset.tone = response === 'peripheralized' ? 'stop' : response === 'centralized' ? 'good' : 'neutral';
  compareWithBefore(activity);
}

/** Points the body map at the map from before `activity`, if the person had marked one. */
function compareWithBefore(activity) {
  if (!activity.before) {
    activity.map.textContent = 'Mark the body map before your next exercise to compare before and after.';
    return;
  }
  painMap.previous = activity.before;
  comparing = activity;
  compareSaved.hidden = false;
  activity.map.textContent = 'The body map now compares with your map from before. Update it to show how it is now.';
}

compareSavedButton.addEventListener('click', () => {
  // Without `previous`, a map with storage-key compares with the latest saved day instead.
  painMap.previous = null;
  comparing = null;
  compareSaved.hidden = true;
});

// Every change the person makes on the map carries the new trend; note it under the activity.
document.addEventListener('pain-map-change', (event) => {
  if (!comparing) return;
  const { extent, trend } = event.detail;
  if (trend === null) return;
  const where = extent === null ? 'nothing marked now' : `reaches ${extentWords[extent]}`;
  comparing.map.textContent = `Body map since you started: ${where}, ${trendWords[trend]}.`;
  if (trend === 'peripheralizing') comparing.item.dataset.tone = 'stop';
});

document.addEventListener('exercise-start', (event) => {
  startActivity(`exercise:${event.detail.exerciseId}`, exerciseTitle(event.detail.exerciseId));
});

document.addEventListener('exercise-complete', (event) => {
  const { exerciseId, sets, reps } = event.detail;
  const activity = activities.get(`exercise:${exerciseId}`) ?? startActivity(`exercise:${exerciseId}`, exerciseTitle(exerciseId));
  const dose = sets && reps ? ` (${sets} × ${reps})` : '';
  activity.status.textContent = `Marked as done${dose}.`;
});

document.addEventListener('exercise-feedback', (event) => {
  const { exerciseId, response } = event.detail;
  const activity = activities.get(`exercise:${exerciseId}`) ?? startActivity(`exercise:${exerciseId}`, exerciseTitle(exerciseId));
  recordResponse(activity, response);
});

document.addEventListener('glide-start', () => {
  startActivity('glide', 'Seated nerve glide');
});

document.addEventListener('glide-complete', (event) => {
  const { reps, sets, elapsedMs } = event.detail;
  const activity = activities.get('glide') ?? startActivity('glide', 'Seated nerve glide');
  const seconds = Math.round(elapsedMs / 1000);
  const time = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  activity.status.textContent = `Finished: ${plural(reps, 'glide', 'glides')} × ${plural(sets, 'set', 'sets')} in ${time}.`;
  compareWithBefore(activity);
});

document.addEventListener('glide-feedback', (event) => {
  const activity = activities.get('glide');
  if (activity) recordResponse(activity, event.detail.response);
});

// ---------------------------------------------------------------------------------------------
// 5. The guided direction test
// ---------------------------------------------------------------------------------------------
// It opens when the checker's result is self-care (no warning sign), and closes again if a later
// answer in the checker raises one: the test is for people without warning signs. (It asks its own
// safety questions too, so it is safe on a page without a checker.)
//
// Each movement (`direction-step` extension or flexion) is an activity in "Today's session" with the
// body map's "before" kept, like an exercise; when the person has answered where they feel it after
// the round (`after-extension` / `after-flexion`), the map compares with that "before". On
// `direction-result` the page shows the exercise card for the direction found, or the 90-90 rest
// position when none was found (the element's own plan says to see a physiotherapist).
const directionLocked = document.getElementById('direction-locked');
const directionOpen = document.getElementById('direction-open');
const directionCard = document.getElementById('direction-card');
const directionExercise = { extension: 'mckenzie-press-up', flexion: 'knee-to-chest', none: 'ninety-ninety-rest' };
const directionWords = {
  extension: 'bending backward (the press-up) helped: your direction.',
  flexion: 'bending forward (knees to chest) helped: your direction.',
  none: 'no clear direction found: see a physiotherapist.',
};

function openDirectionTest(open) {
  directionOpen.hidden = !open;
  directionLocked.hidden = open;
}

document.addEventListener('red-flag-result', (event) => openDirectionTest(event.detail.level === 'self-care'));
document.addEventListener('red-flag-change', (event) => {
  if (event.detail.level !== null && event.detail.level !== 'self-care') openDirectionTest(false);
});

const movementTitles = { extension: 'Direction test: press-ups', flexion: 'Direction test: knees to chest' };

document.addEventListener('direction-step', (event) => {
  const { step } = event.detail;
  if (step === 'extension' || step === 'flexion') {
    // A second round of the same movement keeps the "before" of the first.
    if (!activities.get(`direction:${step}`)?.roundsDone) startActivity(`direction:${step}`, movementTitles[step]);
  } else if (step === 'after-extension' || step === 'after-flexion') {
    const activity = activities.get(`direction:${step.slice(6)}`);
    if (!activity) return;
    activity.roundsDone = (activity.roundsDone ?? 0) + 1;
    activity.status.textContent = `${activity.roundsDone} ${activity.roundsDone === 1 ? 'round' : 'rounds'} done.`;
    compareWithBefore(activity);
  } else if (step === 'safety') {
    // Started again: the cards from the last result go, and new movements are new activities.
    directionCard.hidden = true;
    directionCard.replaceChildren();
    for (const key of ['direction:extension', 'direction:flexion']) {
      const activity = activities.get(key);
      if (activity) activity.roundsDone = 0;
    }
  }
});

document.addEventListener('direction-result', (event) => {
  const { direction, rounds } = event.detail;
  for (const movement of ['extension', 'flexion']) {
    const activity = activities.get(`direction:${movement}`);
    const last = rounds.filter((round) => round.movement === movement).at(-1);
    if (!activity || !last) continue;
    activity.response.textContent = responseWords[last.response] ?? '';
    activity.item.dataset.tone = last.response === 'peripheralized' || last.response === 'worsened' ? 'stop' : last.response === 'unchanged' ? 'neutral' : 'good';
    activity.roundsDone = 0;
  }
  const summary = startActivity('direction:result', 'Direction test: result');
  summary.status.textContent = `Result: ${directionWords[direction]}`;
  summary.item.dataset.tone = direction === 'none' ? 'neutral' : 'good';
  // The card for that direction, below the test (the card loads its own exercise).
  const card = document.createElement('exercise-card');
  card.setAttribute('exercise', directionExercise[direction]);
  card.setAttribute('heading-level', '4');
  card.lang = document.documentElement.lang;
  directionCard.replaceChildren(card);
  directionCard.hidden = false;
});

// ---------------------------------------------------------------------------------------------
// 6. Event log: every event, with its detail, newest first
// ---------------------------------------------------------------------------------------------
// The elements' events bubble and cross shadow roots, so one listener on document hears them all.
const loggedEvents = [
  'red-flag-change',
  'red-flag-emergency',
  'red-flag-result',
  'exercise-start',
  'exercise-complete',
  'exercise-feedback',
  'glide-start',
  'glide-phase',
  'glide-pause',
  'glide-resume',
  'glide-reset',
  'glide-complete',
  'glide-feedback',
  'pain-map-change',
  'direction-step',
  'direction-emergency',
  'direction-result',
  'widget-error',
];
const eventLog = document.getElementById('event-log');
const eventLogEmpty = document.getElementById('event-log-empty');
const showPhases = document.getElementById('show-phases');
const maxLogEntries = 60;

function logEvent(event) {
  if (event.type === 'glide-phase' && !showPhases.checked) return;
  const item = document.createElement('li');
  const head = document.createElement('p');
  head.className = 'event-head';
  const name = document.createElement('code');
  name.className = 'event-name';
  name.textContent = event.type;
  const meta = document.createElement('span');
  meta.className = 'event-meta';
  // composedPath() lists the nodes the event passes through, from where it started: find the element.
  const source = event.composedPath().find((node) => widgetTags.includes(node.localName))?.localName ?? 'page';
  meta.textContent = `from <${source}> at ${new Date().toLocaleTimeString('en-GB')}`;
  head.append(name, meta);
  item.append(head);

  // Short details on one line, longer ones indented.
  const oneLine = JSON.stringify(event.detail) ?? 'undefined';
  const json = oneLine.length <= 60 ? oneLine : JSON.stringify(event.detail, null, 2);
  const pre = document.createElement('pre');
  pre.textContent = json;
  if (json.length > 400) {
    // A red-flag-result carries a whole FHIR QuestionnaireResponse: fold the long ones away.
    pre.tabIndex = 0; // it may scroll: keyboard users can then scroll it too
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `detail (${json.split('\n').length} lines)`;
    details.append(summary, pre);
    item.append(details);
  } else {
    item.append(pre);
  }
  eventLog.prepend(item);
  eventLogEmpty.hidden = true;
  while (eventLog.children.length > maxLogEntries) eventLog.lastElementChild.remove();
}

for (const type of loggedEvents) document.addEventListener(type, logEvent);

document.getElementById('clear-log').addEventListener('click', () => {
  eventLog.replaceChildren();
  eventLogEmpty.hidden = false;
});
