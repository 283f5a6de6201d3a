/*
 * Terpadu: Bahasa Indonesia for the texts that form-js (the Camunda Forms
 * renderer Tasklist 7.24 embeds) and its date picker write in English
 * whatever the UI language: "Select", "Add new", "Collapse", "Search",
 * "No results", the client-side validation messages ("Field is required.")
 * and the date picker's month and weekday names. form-js 1.8 has no
 * translation hook, so the rendered texts are replaced as they appear.
 *
 * Only when the UI language is Indonesian (terpadu-locale.js sets
 * navigator.language from ?lang= / the stored choice). Only inside rendered
 * forms (.fjs-container) and date pickers (.flatpickr-calendar); field labels
 * and values written by the form or the user are never touched, because only
 * whole texts known to come from form-js are replaced.
 *
 * Loaded through `customScripts` in scripts/config.js, after terpadu-locale.
 * No default export: a default export would be treated as a frontend plugin.
 */

const EXACT = {
  'Select': 'Pilih',
  'Add new': 'Tambah',
  'Collapse': 'Ciutkan',
  'Search': 'Cari',
  'No results': 'Tidak ada hasil',
  // form-js shows and reads dates month first; say so, an Indonesian reader expects the day first.
  'mm/dd/yyyy': 'bln/tgl/tahun',
  'Field is required.': 'Wajib diisi.',
  'Field must be a valid email.': 'Alamat e-mail tidak sah.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Nomor telepon tidak sah (format internasional, mis. +6281234567890).',
  'January': 'Januari', 'February': 'Februari', 'March': 'Maret',
  'April': 'April', 'May': 'Mei', 'June': 'Juni', 'July': 'Juli',
  'August': 'Agustus', 'September': 'September', 'October': 'Oktober',
  'November': 'November', 'December': 'Desember',
  'Sun': 'Min', 'Mon': 'Sen', 'Tue': 'Sel', 'Wed': 'Rab', 'Thu': 'Kam',
  'Fri': 'Jum', 'Sat': 'Sab'
};

const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, n => `Paling sedikit ${n} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Paling banyak ${n} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Nilai paling kecil ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Nilai paling besar ${n}.`],
  [/^Field must match pattern .+\.$/, () => 'Format isian tidak sesuai.'],
  [/^Expand all \((\d+)\)$/, n => `Tampilkan semua (${n})`]
];

const SCOPES = '.fjs-container, .flatpickr-calendar';

export function translate(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, replace] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, replace(match[1]));
    }
  }
  return null;
}

function indonesian() {
  return String(window.navigator.language || '').toLowerCase().startsWith('id');
}

function translateTextNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Labels, descriptions, values and text views are the form's own words.
    if (!parent || parent.closest('label, .fjs-form-field-description, .fjs-form-field-text, textarea')) {
      continue;
    }
    const translated = translate(node.nodeValue);
    if (translated !== null && translated !== node.nodeValue) {
      node.nodeValue = translated;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach(input => {
    const translated = translate(input.getAttribute('placeholder'));
    if (translated !== null) {
      input.setAttribute('placeholder', translated);
    }
  });
  root.querySelectorAll('option').forEach(option => {
    const translated = translate(option.textContent);
    if (translated !== null && translated !== option.textContent) {
      option.textContent = translated;
    }
  });
}

let scheduled = false;

function translateAll() {
  scheduled = false;
  // Asked each time, not at load: the custom scripts load in parallel, and terpadu-locale.js may set the
  // language after this module has run.
  if (indonesian()) {
    document.querySelectorAll(SCOPES).forEach(translateTextNodes);
  }
}

if (typeof window !== 'undefined' && typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      // Once per frame at most, after form-js has rendered.
      window.requestAnimationFrame(translateAll);
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
