
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's024a926e041982e2': `Nur zur Information: Dies stellt keine Diagnose und ersetzt nicht den Rat von medizinischem Fachpersonal.`,
'sd467646aa13cf198': `Leider konnte dieser Teil der Seite nicht angezeigt werden.`,
    };
  