// Each store's time zone (its policy's at central, else UTC), from the fleet snapshot: times on
// every page are shown in the store's zone, with UTC on hover.
import { api } from '/assets/rebound.js';

let zones = new Map();
let loaded = null;

/** Remembers the zones of a fleet snapshot ({stores:[{storeId, timeZone}]}). */
export function rememberZones(snapshot) {
  zones = new Map((snapshot.stores || []).map((s) => [s.storeId, s.timeZone || 'UTC']));
  loaded = Promise.resolve(zones);
}

/** Loads the zones once per page (later fleet events keep them fresh). */
export function loadZones() {
  if (!loaded) {
    loaded = api('/api/v1/stores/fleet').then(
      (snapshot) => { rememberZones(snapshot); return zones; },
      () => { loaded = null; return zones; });
  }
  return loaded;
}

/** The store's zone, UTC when unknown. */
export function zoneOf(storeId) {
  return zones.get(storeId) || 'UTC';
}

/** Store ids known from the fleet, sorted. */
export function knownStores() {
  return [...zones.keys()].sort();
}
