// Page code of the demo: what a clinic's own script might do with the library.
const elements = [
  { tag: 'red-flag-checker', about: 'Asks about the warning signs and says how urgently to get care.' },
  { tag: 'exercise-card', about: 'One self-care exercise: picture, steps, dose, cautions and symptom feedback.' },
  { tag: 'nerve-glide-timer', about: 'A guided, accessible timer for the seated sciatic nerve glide.' },
  { tag: 'pain-map', about: 'A body diagram to mark pain and see whether it is centralizing.' },
];
const events = [
  'widget-error',
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
  'pain-map-change',
];

const list = document.getElementById('elements');
const registered = elements.filter((e) => customElements.get(e.tag));
for (const e of registered) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${e.tag}`;
  link.textContent = `<${e.tag}>`;
  item.append(link, ` ${e.about}`);
  list.append(item);
}
if (!registered.length) {
  const item = document.createElement('li');
  item.textContent = 'No elements are registered by this build yet: each is added to this page as it is built.';
  list.append(item);
}

const status = document.getElementById('status');
const api = window.SciaticaWidgets;
const showStatus = () => {
  status.textContent = api ? `v${api.version} · showing ${api.getLocale()}` : 'Bundle not loaded: run npm run build.';
};
showStatus();

const select = document.getElementById('lang');
select.addEventListener('change', () => {
  // The widgets follow <html lang>, as they would on a multilingual clinic site.
  document.documentElement.lang = select.value;
  setTimeout(showStatus, 100);
});

const log = document.getElementById('log');
for (const type of events) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString();
    const source = event.composedPath()[0]?.localName ?? '';
    item.textContent = `${time}  ${type} from <${source}>  ${JSON.stringify(event.detail)}`;
    log.prepend(item);
    while (log.children.length > 50) log.lastElementChild.remove();
  });
}
