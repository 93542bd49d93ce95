// The language of the designer's activity labels and validation messages (Dutch unless the official chooses English).
// The server words them (Labels/nl.json, en.json); the app only says which language with ?taal=.
import { useSyncExternalStore } from 'react';

const KEY = 'participatie.ontwerper.taal';
const listeners = new Set();

export const TALEN = [['nl', 'Nederlands'], ['en', 'English']];

export function getTaal() {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function setTaal(taal) {
  try { localStorage.setItem(KEY, taal); } catch { /* private mode: this page only */ }
  listeners.forEach((l) => l());
}

/** Adds ?taal= (or &taal=) to an API path. */
export const metTaal = (path) => `${path}${path.includes('?') ? '&' : '?'}taal=${getTaal()}`;

export function useTaal() {
  return useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, getTaal);
}

/** A port's label in the chosen language; dynamic ports (task outcomes, fork branches) are shown as written. */
export const poortLabel = (descriptor, port) => descriptor?.portLabels?.[port] ?? port;

export const categorieLabel = (descriptor) => descriptor?.categoryDisplayName ?? descriptor?.category ?? '';
