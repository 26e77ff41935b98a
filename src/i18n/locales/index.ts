// `broadsheet/locales`: the UI strings of every language Broadsheet ships. English is built into the components;
// import only the packs a page shows, so a bundle carries only those languages.

export { en } from '../en/index.js';
export { ar } from './ar.js';
export { de } from './de.js';
export { es } from './es.js';
export { fa } from './fa.js';
export { fr } from './fr.js';
export { ja } from './ja.js';
