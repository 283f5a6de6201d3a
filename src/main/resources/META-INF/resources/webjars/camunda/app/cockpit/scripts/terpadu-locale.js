/*
 * Terpadu: make Bahasa Indonesia the default UI language of the Camunda webapps.
 *
 * Loaded through `customScripts` in scripts/config.js. In Camunda 7.24 the
 * webapps load custom scripts as ES modules with dynamic import() and wait for
 * all of them before calling angular.bootstrap(). The $translateProvider config
 * block (determinePreferredLanguage) runs during bootstrap and reads
 * navigator.languages[0] (or navigator.language), so overriding those here
 * takes effect.
 *
 * Choice of language:
 *   ?lang=id or ?lang=en in the URL (before or inside the #hash) is stored in
 *   localStorage under "terpadu.lang"; otherwise the stored choice is used;
 *   otherwise Indonesian ("id").
 *
 * This module intentionally has no default export: a default export would be
 * treated as a frontend plugin by the webapp loader.
 */

const STORAGE_KEY = 'terpadu.lang';
const SUPPORTED = ['id', 'en'];
const DEFAULT_LANG = 'id';

function normalize(value) {
  if (!value) {
    return null;
  }
  const lang = String(value).trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.indexOf(lang) > -1 ? lang : null;
}

function langFromQuery(query) {
  if (!query) {
    return null;
  }
  const match = /(?:^|[?&])lang=([^&#]*)/.exec(query);
  if (!match) {
    return null;
  }
  try {
    return normalize(decodeURIComponent(match[1]));
  } catch (e) {
    return null;
  }
}

function readStored() {
  try {
    return normalize(window.localStorage.getItem(STORAGE_KEY));
  } catch (e) {
    return null; // storage disabled or not accessible
  }
}

function store(lang) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // ignore: choice then only applies to this page load
  }
}

function overrideNavigatorLanguage(lang) {
  const languages = Object.freeze([lang]);
  const descriptors = {
    languages: {configurable: true, enumerable: true, get: () => languages},
    language: {configurable: true, enumerable: true, get: () => lang}
  };
  Object.keys(descriptors).forEach(prop => {
    try {
      Object.defineProperty(window.navigator, prop, descriptors[prop]);
    } catch (e) {
      try {
        // fallback for browsers that refuse own properties on navigator
        Object.defineProperty(
          Object.getPrototypeOf(window.navigator),
          prop,
          descriptors[prop]
        );
      } catch (ignored) {
        // give up silently: the configured fallbackLocale ('id') still applies
      }
    }
  });
}

const hash = window.location.hash || '';
const hashQuery = hash.indexOf('?') > -1 ? hash.slice(hash.indexOf('?')) : '';
const requested =
  langFromQuery(window.location.search) || langFromQuery(hashQuery);

if (requested) {
  store(requested);
}

const chosen = requested || readStored() || DEFAULT_LANG;

overrideNavigatorLanguage(chosen);

if (document.documentElement) {
  document.documentElement.setAttribute('lang', chosen);
}
