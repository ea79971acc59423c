
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's024a926e041982e2': `À titre d’information seulement : ceci ne pose pas de diagnostic et ne remplace pas l’avis d’un professionnel de santé.`,
'sd467646aa13cf198': `Désolé, cette partie de la page n’a pas pu s’afficher.`,
    };
  