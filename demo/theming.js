// The theming playground: edits the elements' --sw-* custom properties, their `theme` attribute and
// ::part() rules, shows the result live and prints the CSS to copy.
//
// The preview is styled by exactly the CSS that is printed: it is put on the page as a constructed
// style sheet (document.adoptedStyleSheets), which also works under a strict Content-Security-Policy
// that forbids inline <style>.

// The custom properties and their defaults, light and dark, as in src/core/styles.ts (the light
// defaults and descriptions are also in custom-elements.json).
const colourTokens = [
  { name: '--sw-color-text', light: '#1c2733', dark: '#e6edf3', about: 'Main text' },
  { name: '--sw-color-muted', light: '#4a5866', dark: '#a7b4c0', about: 'Secondary text' },
  { name: '--sw-color-surface', light: '#ffffff', dark: '#151c23', about: 'Background of the element' },
  { name: '--sw-color-surface-alt', light: '#f2f5f7', dark: '#1f2933', about: 'Background of panels inside' },
  { name: '--sw-color-border', light: '#b8c4cf', dark: '#4a5a69', about: 'Borders and dividers' },
  { name: '--sw-color-accent', light: '#0b6b75', dark: '#5cc8d3', about: 'Buttons, links, highlights' },
  { name: '--sw-color-on-accent', light: '#ffffff', dark: '#06292d', about: 'Text on accent buttons' },
  { name: '--sw-color-focus', light: '#1f56c4', dark: '#8cb4ff', about: 'Keyboard focus ring' },
  { name: '--sw-color-danger', light: '#a8201a', dark: '#ff9b92', about: 'Emergency and stop advice' },
  { name: '--sw-color-danger-surface', light: '#fdecea', dark: '#3d1714', about: 'Behind emergency and stop advice' },
  { name: '--sw-color-warning', light: '#7a4a00', dark: '#ffc773', about: 'Urgent advice and cautions' },
  { name: '--sw-color-warning-surface', light: '#fff3dc', dark: '#36270b', about: 'Behind urgent advice and cautions' },
  { name: '--sw-color-success', light: '#1b6535', dark: '#86d9a2', about: 'Good signs' },
  { name: '--sw-color-success-surface', light: '#e6f4ea', dark: '#123220', about: 'Behind good signs' },
];
const defaultRadius = 12;
const defaultFontSize = 16;

const fontStacks = [
  { label: 'System UI (the default)', value: '' },
  { label: 'Humanist sans', value: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', sans-serif" },
  { label: 'Rounded sans', value: "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, Manjari, 'Arial Rounded MT', Calibri, sans-serif" },
  { label: 'Serif', value: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif" },
  { label: 'Neo-grotesque', value: "Inter, Roboto, 'Helvetica Neue', 'Arial Nova', 'Nimbus Sans', Arial, sans-serif" },
];

// Ready-made starting points. Each lists only what it changes; every colour pair was checked with
// the contrast table on this page.
const presets = [
  { label: 'Library defaults', colours: {}, radius: 12, fontSize: 16, font: '' },
  {
    label: 'Warm clinic',
    colours: {
      '--sw-color-surface-alt': ['#faf3ee', '#2a1f1a'],
      '--sw-color-border': ['#d9c4b6', '#5c4a3f'],
      '--sw-color-accent': ['#a0401a', '#f5a47c'],
      '--sw-color-on-accent': ['#ffffff', '#3b1405'],
      '--sw-color-surface': ['#fffdfb', '#1c1613'],
    },
    radius: 6,
    fontSize: 16,
    font: fontStacks[1].value,
  },
  {
    label: 'Calm blue',
    colours: {
      '--sw-color-surface-alt': ['#eef3fa', '#1a2533'],
      '--sw-color-border': ['#b7c6d8', '#3f5168'],
      '--sw-color-accent': ['#1d5ea8', '#8fbef5'],
      '--sw-color-on-accent': ['#ffffff', '#0b2239'],
      '--sw-color-surface': ['#ffffff', '#121a24'],
      '--sw-color-focus': ['#7a2ea8', '#e0b3ff'],
    },
    radius: 18,
    fontSize: 16,
    font: fontStacks[2].value,
  },
  {
    label: 'High contrast',
    colours: {
      '--sw-color-text': ['#000000', '#ffffff'],
      '--sw-color-muted': ['#2b2b2b', '#e3e3e3'],
      '--sw-color-surface': ['#ffffff', '#000000'],
      '--sw-color-surface-alt': ['#f0f0f0', '#141414'],
      '--sw-color-border': ['#000000', '#ffffff'],
      '--sw-color-accent': ['#00378a', '#8ad4ff'],
      '--sw-color-on-accent': ['#ffffff', '#000000'],
      '--sw-color-focus': ['#b3005f', '#ffe14d'],
      '--sw-color-danger': ['#8a0000', '#ff9e94'],
      '--sw-color-danger-surface': ['#ffe9e6', '#2b0000'],
      '--sw-color-warning': ['#573600', '#ffd27a'],
      '--sw-color-warning-surface': ['#fff1d1', '#261800'],
      '--sw-color-success': ['#0b4a1e', '#93f2ae'],
      '--sw-color-success-surface': ['#e2f5e8', '#00240b'],
    },
    radius: 4,
    fontSize: 18,
    font: '',
  },
];

const defaultPartCss = `/* A larger exercise name. */
exercise-card::part(title) {
  font-size: 1.5em;
  letter-spacing: 0.01em;
}

/* A heavier frame round the pain trend. */
pain-map::part(trend) {
  border-width: 3px;
}
`;

// The pairs of colours that are read against each other, for the contrast table.
const contrastPairs = [
  { fg: '--sw-color-text', bg: '--sw-color-surface', min: 4.5, about: 'Text' },
  { fg: '--sw-color-muted', bg: '--sw-color-surface', min: 4.5, about: 'Secondary text' },
  { fg: '--sw-color-text', bg: '--sw-color-surface-alt', min: 4.5, about: 'Text on panels' },
  { fg: '--sw-color-muted', bg: '--sw-color-surface-alt', min: 4.5, about: 'Secondary text on panels' },
  { fg: '--sw-color-accent', bg: '--sw-color-surface', min: 4.5, about: 'Links and outlined buttons' },
  { fg: '--sw-color-on-accent', bg: '--sw-color-accent', min: 4.5, about: 'Text on filled buttons' },
  { fg: '--sw-color-focus', bg: '--sw-color-surface', min: 3, about: 'Focus ring' },
  { fg: '--sw-color-danger', bg: '--sw-color-danger-surface', min: 4.5, about: 'Emergency and stop advice' },
  { fg: '--sw-color-warning', bg: '--sw-color-warning-surface', min: 4.5, about: 'Urgent advice and cautions' },
  { fg: '--sw-color-success', bg: '--sw-color-success-surface', min: 4.5, about: 'Good signs' },
  { fg: '--sw-color-text', bg: '--sw-color-danger-surface', min: 4.5, about: 'Text in emergency advice' },
  { fg: '--sw-color-text', bg: '--sw-color-warning-surface', min: 4.5, about: 'Text in cautions' },
];

const widgetSelector = 'red-flag-checker, exercise-card, nerve-glide-timer, pain-map';

// --- State --------------------------------------------------------------------------------------
const state = {
  colours: Object.fromEntries(colourTokens.map((t) => [t.name, { light: t.light, dark: t.dark }])),
  radius: defaultRadius,
  fontSize: defaultFontSize,
  font: '',
  theme: 'auto',
  partCss: defaultPartCss,
};

// --- Controls -----------------------------------------------------------------------------------
const colourRows = document.getElementById('colour-rows');
const inputs = new Map();

for (const token of colourTokens) {
  const row = document.createElement('tr');
  const nameCell = document.createElement('th');
  nameCell.scope = 'row';
  const code = document.createElement('code');
  code.textContent = token.name;
  const about = document.createElement('span');
  about.className = 'token-about';
  about.textContent = token.about;
  nameCell.append(code, about);
  row.append(nameCell);
  for (const mode of ['light', 'dark']) {
    const cell = document.createElement('td');
    const input = document.createElement('input');
    input.type = 'color';
    input.value = token[mode];
    input.setAttribute('aria-label', `${token.name}, ${mode}`);
    input.addEventListener('input', () => {
      state.colours[token.name][mode] = input.value;
      update();
    });
    inputs.set(`${token.name}:${mode}`, input);
    cell.append(input);
    row.append(cell);
  }
  colourRows.append(row);
}

const radius = document.getElementById('radius');
const radiusValue = document.getElementById('radius-value');
radius.addEventListener('input', () => {
  state.radius = Number(radius.value);
  update();
});

const fontSize = document.getElementById('font-size');
const fontSizeValue = document.getElementById('font-size-value');
fontSize.addEventListener('input', () => {
  state.fontSize = Number(fontSize.value);
  update();
});

const fontFamily = document.getElementById('font-family');
for (const stack of fontStacks) {
  const option = document.createElement('option');
  option.value = stack.value;
  option.textContent = stack.label;
  fontFamily.append(option);
}
fontFamily.addEventListener('change', () => {
  state.font = fontFamily.value;
  update();
});

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    state.theme = radio.value;
    update();
  });
}

const partCss = document.getElementById('part-css');
partCss.value = state.partCss;
partCss.addEventListener('input', () => {
  state.partCss = partCss.value;
  update();
});

const presetBox = document.getElementById('presets');
for (const preset of presets) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary';
  button.textContent = preset.label;
  button.addEventListener('click', () => applyPreset(preset));
  presetBox.append(button);
}

document.getElementById('reset').addEventListener('click', () => {
  applyPreset(presets[0]);
  state.partCss = defaultPartCss;
  partCss.value = defaultPartCss;
  document.querySelector('input[name="theme"][value="auto"]').checked = true;
  state.theme = 'auto';
  update();
});

function applyPreset(preset) {
  for (const token of colourTokens) {
    const [light, dark] = preset.colours[token.name] ?? [token.light, token.dark];
    state.colours[token.name] = { light, dark };
    inputs.get(`${token.name}:light`).value = light;
    inputs.get(`${token.name}:dark`).value = dark;
  }
  state.radius = preset.radius;
  state.fontSize = preset.fontSize;
  state.font = preset.font;
  radius.value = String(preset.radius);
  fontSize.value = String(preset.fontSize);
  fontFamily.value = preset.font;
  update();
}

// --- The CSS ------------------------------------------------------------------------------------
function declarations(lines) {
  return lines.map(([name, value]) => `  ${name}: ${value};`).join('\n');
}

/** The CSS for the current settings: only what differs from the defaults. */
function buildCss() {
  // A colour set for one scheme must be set for the other too: a --sw-* value wins in light and
  // dark alike, so a light accent left alone would also show on the dark background.
  const changed = colourTokens.filter((t) => state.colours[t.name].light !== t.light || state.colours[t.name].dark !== t.dark);
  const light = changed.map((t) => [t.name, state.colours[t.name].light]);
  const dark = changed.map((t) => [t.name, state.colours[t.name].dark]);
  const shared = [];
  if (state.radius !== defaultRadius) shared.push(['--sw-radius', `${state.radius}px`]);
  if (state.font) shared.push(['--sw-font-family', state.font]);
  if (state.fontSize !== defaultFontSize) shared.push(['--sw-font-size', `${state.fontSize}px`]);

  const blocks = [];
  if (light.length || shared.length) {
    blocks.push(`/* sciatica-widgets theme. */\n${widgetSelector.replaceAll(', ', ',\n')} {\n${declarations([...light, ...shared])}\n}`);
  }
  if (dark.length) {
    const any = `:is(${widgetSelector})`;
    blocks.push(
      `/* Dark colours: under a dark system setting unless theme="light", and always with theme="dark". */\n` +
        `@media (prefers-color-scheme: dark) {\n  ${any}:not([theme='light']) {\n${declarations(dark).replace(/^/gm, '  ')}\n  }\n}\n` +
        `${any}[theme='dark'] {\n${declarations(dark)}\n}`,
    );
  }
  const parts = state.partCss.trim();
  if (parts) blocks.push(parts);
  return blocks.join('\n\n');
}

// --- Contrast -----------------------------------------------------------------------------------
function luminance(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const contrastRows = document.getElementById('contrast-rows');
function renderContrast() {
  contrastRows.replaceChildren();
  for (const pair of contrastPairs) {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = pair.about;
    row.append(name);
    for (const mode of ['light', 'dark']) {
      const fg = state.colours[pair.fg][mode];
      const bg = state.colours[pair.bg][mode];
      const ratio = contrast(fg, bg);
      const ok = ratio >= pair.min;
      const cell = document.createElement('td');
      cell.className = ok ? 'pass' : 'fail';
      const sample = document.createElement('span');
      sample.className = 'sample';
      sample.setAttribute('aria-hidden', 'true');
      // CSSOM, not a style attribute: allowed under a strict CSP.
      sample.style.setProperty('color', fg);
      sample.style.setProperty('background', bg);
      sample.textContent = 'Aa';
      const text = document.createElement('span');
      text.textContent = `${ratio.toFixed(1)}:1 ${ok ? 'passes' : `too low (needs ${pair.min}:1)`}`;
      cell.append(sample, text);
      row.append(cell);
    }
    contrastRows.append(row);
  }
}

// --- Applying it --------------------------------------------------------------------------------
const themeSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet];
const output = document.getElementById('css-output');

function update() {
  const css = buildCss();
  themeSheet.replaceSync(css);
  output.textContent = css || '/* Nothing changed: the library defaults need no CSS. */';
  radiusValue.textContent = `${state.radius}px`;
  fontSizeValue.textContent = `${state.fontSize}px`;
  for (const element of document.querySelectorAll(widgetSelector)) {
    if (state.theme === 'auto') element.removeAttribute('theme');
    else element.setAttribute('theme', state.theme);
  }
  renderContrast();
}

// Which scheme the page itself is in, for the hint next to the theme control.
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const systemScheme = document.getElementById('system-scheme');
const showScheme = () => (systemScheme.textContent = darkQuery.matches ? 'dark' : 'light');
darkQuery.addEventListener('change', showScheme);
showScheme();

// --- Copy ---------------------------------------------------------------------------------------
const copyStatus = document.getElementById('copy-status');
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, or permission refused): select the text instead.
    getSelection().selectAllChildren(output);
    copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

// --- The parts reference, straight from custom-elements.json ------------------------------------
async function listParts() {
  const box = document.getElementById('parts-list');
  try {
    const response = await fetch('../custom-elements.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const manifest = await response.json();
    box.replaceChildren();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName || !declaration.cssParts) continue;
        const heading = document.createElement('h3');
        const code = document.createElement('code');
        code.textContent = `<${declaration.tagName}>`;
        heading.append(code);
        const list = document.createElement('dl');
        for (const part of declaration.cssParts) {
          const term = document.createElement('dt');
          const name = document.createElement('code');
          name.textContent = `::part(${part.name})`;
          term.append(name);
          const description = document.createElement('dd');
          description.textContent = (part.description ?? '').replaceAll('`', '');
          list.append(term, description);
        }
        box.append(heading, list);
      }
    }
  } catch (error) {
    box.replaceChildren();
    const p = document.createElement('p');
    p.textContent = `The list could not be loaded (${error.message}); see custom-elements.json.`;
    box.append(p);
  }
}

update();
void listParts();
