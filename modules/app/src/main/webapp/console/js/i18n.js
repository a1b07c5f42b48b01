// Message bundles (i18n/<lang>.json) and Intl formatting in the user's locale.
export const LANGUAGES = ['en', 'de'];
let messages = {};
let fallback = {};
let lang = 'en';

function pick() {
  const chosen = sessionChoice();
  if (chosen) return chosen;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const base = String(l).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

// The chosen language is a preference, not a secret: it is kept in the URL-independent memory of
// this tab only (no storage of any kind), so a reload follows the browser again.
let choice = null;
function sessionChoice() { return choice; }

async function load(l) {
  const answer = await fetch(`/console/i18n/${l}.json`, { credentials: 'same-origin' });
  return answer.json();
}

export async function initI18n(l) {
  lang = l || pick();
  fallback = Object.keys(fallback).length ? fallback : await load('en');
  messages = lang === 'en' ? fallback : await load(lang);
  document.documentElement.lang = lang;
}

export async function setLanguage(l) {
  choice = l;
  await initI18n(l);
}

export function language() { return lang; }

/** The message for a key with {name} placeholders filled; the key itself when missing. */
export function t(key, params = {}) {
  // A count picks the plural form the language's rules give (key.one, key.other, …) when there is one.
  if (typeof params.count === 'number') {
    const form = `${key}.${new Intl.PluralRules(lang).select(params.count)}`;
    if (form in messages || form in fallback) key = form;
  }
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

export function has(key) { return key in messages || key in fallback; }

function locale() { return lang === 'de' ? 'de-DE' : (navigator.language?.startsWith('en') ? navigator.language : 'en-GB'); }

export function fmtDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(d);
}

export function fmtDateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function fmtNumber(n, options = {}) {
  if (n === null || n === undefined || n === '') return '';
  return new Intl.NumberFormat(locale(), options).format(Number(n));
}

export function fmtPercent(rate) {
  return fmtNumber(rate, { style: 'percent', maximumFractionDigits: 0 });
}

/** "in 3 days" / "2 days ago", in the user's language. */
export function fmtRelativeDays(days) {
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(days, 'day');
}
