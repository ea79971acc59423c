
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's024a926e041982e2': `Solo para información: esto no le da un diagnóstico ni sustituye el consejo de un profesional de la salud.`,
'sd467646aa13cf198': `Lo sentimos, esta parte de la página no se pudo mostrar.`,
    };
  