/**
 * The published references the library's clinical content rests on, so a clinician can look up
 * every line: who published it, its title, the year and, where there is one, a web address.
 * docs/clinical-basis.md lists which rule rests on which reference.
 *
 * Each red-flag item and each catalogue exercise names its references (`sources`), and what a
 * reader sees under "Where this comes from" is built from these records only. Pure data: no DOM.
 *
 * Web pages that are revised in place (NHS, NICE CKS) have no one publication year: they carry the
 * year of their last review where it is known (`dated: 'reviewed'`), else the year the library cites
 * them (`dated: 'cited'`), and the reference line says which.
 */

/** One published reference. */
export interface Reference {
  /** Stable key, e.g. `nhs-sciatica`. */
  readonly id: string;
  /** Who published it: an organisation, or the authors as a paper lists them. */
  readonly publisher: string;
  readonly title: string;
  /** Year of publication; for a web page revised in place, see `dated`. */
  readonly year: number;
  /** For a web page revised in place: whether `year` is its last review or the year it is cited. */
  readonly dated?: 'reviewed' | 'cited';
  /** A paper's journal, volume and pages, or a guideline's number. */
  readonly details?: string;
  /** Where to read it, when it is on the web. */
  readonly url?: string;
}

function reference(ref: Reference): Reference {
  return Object.freeze(ref);
}

// --- guidance ---

export const nhsSciatica = reference({
  id: 'nhs-sciatica',
  publisher: 'NHS',
  title: 'Sciatica',
  year: 2024,
  dated: 'reviewed',
  url: 'https://www.nhs.uk/conditions/sciatica/',
});

export const nhsBackPain = reference({
  id: 'nhs-back-pain',
  publisher: 'NHS',
  title: 'Back pain',
  year: 2026,
  dated: 'cited',
  url: 'https://www.nhs.uk/conditions/back-pain/',

});

export const nhsCaudaEquina = reference({
  id: 'nhs-cauda-equina',
  publisher: 'NHS',
  title: 'Cauda equina syndrome',
  year: 2026,
  dated: 'cited',
  url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',

});

export const nhsSpinalStenosis = reference({
  id: 'nhs-spinal-stenosis',
  publisher: 'NHS',
  title: 'Spinal stenosis',
  year: 2026,
  dated: 'cited',
  url: 'https://www.nhs.uk/conditions/spinal-stenosis/',

});

export const niceNg59 = reference({
  id: 'nice-ng59',
  publisher: 'National Institute for Health and Care Excellence (NICE)',
  title: 'Low back pain and sciatica in over 16s: assessment and management',
  year: 2016,
  details: 'NICE guideline NG59, updated 2020',
  url: 'https://www.nice.org.uk/guidance/ng59',
});

export const niceCksSciatica = reference({
  id: 'nice-cks-sciatica',
  publisher: 'NICE Clinical Knowledge Summaries',
  title: 'Sciatica (lumbar radiculopathy)',
  year: 2026,
  dated: 'cited',
  url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',

});

export const sbnsBassCaudaEquina = reference({
  id: 'sbns-bass-2018',
  publisher: 'Society of British Neurological Surgeons and British Association of Spine Surgeons',
  title: 'Standards of care for investigation and management of cauda equina syndrome (with the BASS patient cue card)',
  year: 2018,
});

export const girftCaudaEquina = reference({
  id: 'girft-2023',
  publisher: 'Getting It Right First Time (NHS England)',
  title: 'National suspected cauda equina syndrome pathway',
  year: 2023,
});

export const acogPregnancy = reference({
  id: 'acog-804',
  publisher: 'American College of Obstetricians and Gynecologists',
  title: 'Physical activity and exercise during pregnancy and the postpartum period',
  year: 2020,
  details: 'Committee Opinion 804',
});

export const rosOsteoporosis = reference({
  id: 'ros-2018',
  publisher: 'Royal Osteoporosis Society',
  title: 'Strong, Steady and Straight: an expert consensus statement on physical activity and exercise for osteoporosis',
  year: 2018,
  details: 'published as Brooke-Wavell et al., Br J Sports Med 2022',
});

// --- research ---

export const mayAina2012 = reference({
  id: 'may-aina-2012',
  publisher: 'May S, Aina A',
  title: 'Centralization and directional preference: a systematic review',
  year: 2012,
  details: 'Manual Therapy 17(6):497-506',
});

export const longDonelsonFung2004 = reference({
  id: 'long-2004',
  publisher: 'Long A, Donelson R, Fung T',
  title: 'Does it matter which exercise? A randomized control trial of exercise for low back pain',
  year: 2004,
  details: 'Spine 29(23):2593-2602',
});

export const donelson1990 = reference({
  id: 'donelson-1990',
  publisher: 'Donelson R, Silva G, Murphy K',
  title: 'Centralization phenomenon: its usefulness in evaluating and treating referred pain',
  year: 1990,
  details: 'Spine 15(3):211-213',
});

export const ostelo2008 = reference({
  id: 'ostelo-2008',
  publisher: 'Ostelo RW, Deyo RA, Stratford P, et al.',
  title: 'Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change',
  year: 2008,
  details: 'Spine 33(1):90-94',
});

export const coppietersButler2008 = reference({
  id: 'coppieters-butler-2008',
  publisher: 'Coppieters MW, Butler DS',
  title: 'Do "sliders" slide and "tensioners" tension? An analysis of neurodynamic techniques and considerations regarding their application',
  year: 2008,
  details: 'Manual Therapy 13(3):213-221',
});

export const smoll2010 = reference({
  id: 'smoll-2010',
  publisher: 'Smoll NR',
  title: 'Variations of the piriformis and sciatic nerve with clinical consequence: a systematic review',
  year: 2010,
  details: 'Clinical Anatomy 23(1):8-17',
});

// --- the clinic article the exercise sequence comes from ---

export const shelley2020 = reference({
  id: 'shelley-2020',
  publisher: 'Shelley M, Olympic Spine & Sports Therapy',
  title: 'Stretches for Sciatica Plus Other Self-care Procedures',
  year: 2020,
});

/** Every reference, for the docs and the tests. */
export const references: readonly Reference[] = Object.freeze([
  nhsSciatica,
  nhsBackPain,
  nhsCaudaEquina,
  nhsSpinalStenosis,
  niceNg59,
  niceCksSciatica,
  sbnsBassCaudaEquina,
  girftCaudaEquina,
  acogPregnancy,
  rosOsteoporosis,
  mayAina2012,
  longDonelsonFung2004,
  donelson1990,
  ostelo2008,
  coppietersButler2008,
  smoll2010,
  shelley2020,
]);

/**
 * A reference as one line of text, in a plain citation style:
 * "May S, Aina A. Centralization and directional preference: a systematic review. Manual Therapy
 * 17(6):497-506, 2012." A web page revised in place says "reviewed <year>" or "web page, cited <year>".
 */
export function citation(ref: Reference): string {
  const year = ref.dated === 'reviewed' ? `reviewed ${ref.year}` : ref.dated === 'cited' ? `web page, cited ${ref.year}` : String(ref.year);
  return `${ref.publisher}. ${ref.title}. ${ref.details ? `${ref.details}, ` : ''}${year}.`;
}
