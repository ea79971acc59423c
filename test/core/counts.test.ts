/**
 * Counts follow each language's plural rules (core/counts.ts): "1 glide", never "1 glides", in
 * English, Spanish, French and German, for 1, 2 and 5 (and French's singular for 0 to 1.9).
 */
import { expect } from '@open-wc/testing';
import { minutesText, pluralCategory, secondsText } from '../../src/core/counts.js';
import { getLocale, setLocale } from '../../src/core/locale.js';
import { completeSummary, doseSummary, glidesText, setsText } from '../../src/nerve-glide-timer/glide-text.js';
import { holdsDoneText } from '../../src/exercise-card/hold-timer.js';
import { doseLine, effectiveDose } from '../../src/exercise-card/dose.js';
import type { Exercise } from '../../src/content/exercises/types.js';

const page = document.documentElement;

/** For each language: 1, 2 and 5 of each count. */
const expected = {
  en: {
    glides: ['1 glide', '2 glides', '5 glides'],
    sets: ['1 set', '2 sets', '5 sets'],
    seconds: ['1 second', '2 seconds', '5 seconds'],
    minutes: ['1 minute', '2 minutes', '5 minutes'],
    holdsDone: ['Hold done', 'All 2 holds done', 'All 5 holds done'],
  },
  es: {
    glides: ['1 deslizamiento', '2 deslizamientos', '5 deslizamientos'],
    sets: ['1 serie', '2 series', '5 series'],
    seconds: ['1 segundo', '2 segundos', '5 segundos'],
    minutes: ['1 minuto', '2 minutos', '5 minutos'],
    holdsDone: ['Ha hecho la repetición', 'Ha hecho las 2 repeticiones', 'Ha hecho las 5 repeticiones'],
  },
  fr: {
    glides: ['1 glissement', '2 glissements', '5 glissements'],
    sets: ['1 série', '2 séries', '5 séries'],
    seconds: ['1 seconde', '2 secondes', '5 secondes'],
    minutes: ['1 minute', '2 minutes', '5 minutes'],
    holdsDone: ['Le maintien est terminé', 'Les 2 maintiens sont terminés', 'Les 5 maintiens sont terminés'],
  },
  de: {
    glides: ['1 Wiederholung', '2 Wiederholungen', '5 Wiederholungen'],
    sets: ['1 Durchgang', '2 Durchgänge', '5 Durchgänge'],
    seconds: ['1 Sekunde', '2 Sekunden', '5 Sekunden'],
    minutes: ['1 Minute', '2 Minuten', '5 Minuten'],
    holdsDone: ['Haltephase geschafft', 'Alle 2 Haltephasen geschafft', 'Alle 5 Haltephasen geschafft'],
  },
} as const;

const exercise: Exercise = {
  id: 'test-hold',
  title: 'Test',
  category: 'activation',
  aim: 'Aim.',
  steps: ['One.'],
  dose: { reps: 3, holdSeconds: 1, frequency: 'daily' },
  equipment: [],
  cautions: { general: [] },
  sources: ['x'],
};

describe('plural forms of counts', () => {
  afterEach(async () => {
    page.lang = 'en';
    await setLocale(null);
  });

  for (const [lang, forms] of Object.entries(expected)) {
    it(`${lang}: 1, 2 and 5 of glides, sets, seconds, minutes and holds`, async () => {
      await setLocale(lang);
      expect(getLocale()).to.equal(lang);
      const counts = [1, 2, 5];
      expect(counts.map(glidesText), 'glides').to.deep.equal(forms.glides);
      expect(counts.map(setsText), 'sets').to.deep.equal(forms.sets);
      expect(counts.map((n) => secondsText(n)), 'seconds').to.deep.equal(forms.seconds);
      expect(counts.map((n) => minutesText(n)), 'minutes').to.deep.equal(forms.minutes);
      expect(counts.map(holdsDoneText), 'holds done').to.deep.equal(forms.holdsDone);
    });
  }

  it('the glide timer\'s sentences take the plural forms (en, es, fr, de)', async () => {
    const sentences: Record<string, [string, string, string]> = {
      en: ['1 glide, about 1 minute in all.', '2 glides, 2 sets, about 2 minutes in all.', 'You did 1 glide.'],
      es: ['1 deslizamiento, alrededor de 1 minuto en total.', '2 deslizamientos, 2 series, alrededor de 2 minutos en total.', 'Ha hecho 1 deslizamiento.'],
      fr: ['1 glissement, environ 1 minute au total.', '2 glissements, 2 séries, environ 2 minutes au total.', 'Vous avez fait 1 glissement.'],
      de: ['1 Wiederholung, insgesamt etwa 1 Minute.', '2 Wiederholungen, 2 Durchgänge, insgesamt etwa 2 Minuten.', 'Sie haben 1 Wiederholung gemacht.'],
    };
    for (const [lang, [one, two, done]] of Object.entries(sentences)) {
      await setLocale(lang);
      expect(doseSummary({ reps: 1, sets: 1 }, 1), lang).to.equal(one);
      expect(doseSummary({ reps: 2, sets: 2 }, 2), lang).to.equal(two);
      expect(completeSummary({ reps: 1, sets: 1 }), lang).to.equal(done);
    }
  });

  it('French says "1,5 seconde" (its singular runs to 1.9), English "1.5 seconds"; the category follows the written number', async () => {
    expect(secondsText(1.5)).to.equal('1.5 seconds');
    // 1.04 is written "1", so it is singular.
    expect(secondsText(1.04)).to.equal('1 second');
    expect(pluralCategory(0)).to.equal('other');
    await setLocale('fr-FR');
    expect(secondsText(1.5)).to.equal('1,5 seconde');
    expect(secondsText(0)).to.equal('0 seconde');
    expect(secondsText(2)).to.equal('2 secondes');
    expect(doseLine(effectiveDose({ ...exercise, dose: { ...exercise.dose, holdSeconds: 1.5 } }), (n) => n.toLocaleString('fr'))).to.contain('tenir 1,5 seconde');
  });

  it('uses the rules of the language shown, not of the page\'s tag (a Portuguese page shows English)', async () => {
    page.lang = 'pt-BR';
    await setLocale(null);
    expect(getLocale()).to.equal('en');
    // Portuguese would call 0 singular; the English text needs "0 seconds".
    expect(secondsText(0)).to.equal('0 seconds');
  });

  it('the card\'s dose line says "hold 1 second" and "hold 2 seconds"', () => {
    expect(doseLine(effectiveDose(exercise))).to.equal('3 times · hold 1 second · daily');
    expect(doseLine(effectiveDose(exercise, { holdSeconds: 2 }))).to.equal('3 times · hold 2 seconds · daily');
  });
});
