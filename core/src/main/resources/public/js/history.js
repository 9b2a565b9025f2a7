// Saved searches and recent searches, kept in this browser (localStorage), never sent to the server.
// Each entry is the search view's hash (#/search?q=…&region=…), so a click restores every filter.

const RECENT = 'pm-recent-searches';
const SAVED = 'pm-saved-searches';
const MAX_RECENT = 10;
const MAX_SAVED = 50;

function read(key) {
  try {
    const v = JSON.parse(localStorage.getItem(key) || '[]');
    return Array.isArray(v) ? v.filter(x => x && typeof x.hash === 'string' && typeof x.label === 'string') : [];
  } catch (e) {
    return []; // storage off or a value not ours: nothing remembered
  }
}

function write(key, list) {
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch (e) {
    // storage full or disabled: the search still works, it is just not remembered
  }
}

export const recentSearches = () => read(RECENT);
export const savedSearches = () => read(SAVED);

/** Puts a search first among the recent ones (once). */
export function remember(hash, label) {
  if (!label) return;
  write(RECENT, [{ hash, label, at: Date.now() }, ...read(RECENT).filter(x => x.hash !== hash)].slice(0, MAX_RECENT));
}

export function isSaved(hash) {
  return read(SAVED).some(x => x.hash === hash);
}

export function save(hash, label) {
  write(SAVED, [{ hash, label, at: Date.now() }, ...read(SAVED).filter(x => x.hash !== hash)].slice(0, MAX_SAVED));
}

export function unsave(hash) {
  write(SAVED, read(SAVED).filter(x => x.hash !== hash));
}

export function clearRecent() {
  write(RECENT, []);
}
