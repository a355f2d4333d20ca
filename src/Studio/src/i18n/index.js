import en from './en.js';
import zhCN from './zh-CN.js';

// The UI's only source of words: every visible string is a key of these catalogues.
const catalogues = { 'zh-CN': zhCN, en };
const storageKey = 'caseflow.lang';
const listeners = new Set();

let current = catalogues[localStorage.getItem(storageKey)] ? localStorage.getItem(storageKey) : 'zh-CN';
document.documentElement.lang = current;

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!catalogues[lang] || lang === current) {
    return;
  }
  current = lang;
  localStorage.setItem(storageKey, lang);
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener(lang));
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text of `key` in the current language with `{name}` placeholders filled; the key itself when missing. */
export function t(key, params = {}) {
  const template = catalogues[current][key] ?? catalogues['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Like t, but `fallback` (e.g. the server's own code) when the catalogues have no such key. */
export function tOr(key, fallback) {
  return key in catalogues[current] || key in catalogues['zh-CN'] ? t(key) : fallback;
}

/** Date and time in the user's language, Beijing time, as the county works in it. */
export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(value));
}
