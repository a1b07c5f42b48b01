// Look-ups that several screens share, fetched once per sign-in page view and kept in memory.
import { all, get } from './api.js';

const cache = new Map();

function once(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export function forget(key) { if (key) cache.delete(key); else cache.clear(); }

export const stores = () => once('stores', () => all('/stores'));
export const regions = () => once('regions', () => all('/regions'));
export const roles = () => once('roles', () => all('/roles'));
export const staffList = () => once('staff', () => all('/staff'));
export const teams = () => once('teams', () => all('/teams'));
export const permissions = () => once('permissions', () => get('/permissions').then((p) => p.items));
export const purposes = () => once('purposes', () => get('/purposes').then((p) => p.items));
export const courses = () => once('courses', () => all('/training/courses'));

/** A map id → object of a list. */
export async function byId(loader) {
  const items = await loader();
  return new Map(items.map((i) => [i.id, i]));
}

/** Whole days from now until an instant (negative when past). */
export function daysUntil(iso) {
  return Math.ceil((new Date(iso).getTime() - Date.now()) / 86400000);
}
