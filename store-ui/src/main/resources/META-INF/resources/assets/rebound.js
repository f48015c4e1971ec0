// Shared by the store manager's screen (/ui/) and the ops console (/ops/). Plain ES module, no
// build step, no third-party code except the bundled chart library. Everything put on the page goes
// through h() as text (never innerHTML), so data from the API cannot inject markup.

let authHeaders = () => ({});
let onUnauthorized = () => {};

/** Sets how requests authenticate (a function returning headers) and what a 401 does. */
export function configureAuth(headers, unauthorized) {
  authHeaders = headers;
  onUnauthorized = unauthorized || (() => {});
}

/** An API error: the HTTP status and the RFC 9457 problem body when there was one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** fetch() with the configured credentials; JSON in, JSON out; problem+json becomes ApiError. */
export async function api(path, { method = 'GET', body, headers = {}, signal } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...authHeaders(), ...headers }, signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Cannot reach the server', detail: String(e.message || e) });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') && response.status !== 204 ? await response.json() : null;
  if (response.status === 401) onUnauthorized();
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * Server-sent events over fetch (EventSource cannot send an Authorization header). Calls
 * onEvent({event, data}) per event (data parsed as JSON when it is JSON), reconnects with a
 * growing delay after a drop, and stops when the returned controller is aborted.
 */
export function streamEvents(path, onEvent, onState = () => {}) {
  const controller = new AbortController();
  let delay = 500;
  (async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(path, {
          headers: { Accept: 'text/event-stream', ...authHeaders() },
          signal: controller.signal,
        });
        if (response.status === 401) { onUnauthorized(); return; }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onState('live');
        delay = 500;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = parseEvent(block);
            if (event) onEvent(event);
          }
        }
      } catch (e) {
        if (controller.signal.aborted) return;
      }
      onState('reconnecting');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10000);
    }
  })();
  return controller;
}

function parseEvent(block) {
  let event = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  const text = data.join('\n');
  try {
    return { event, data: JSON.parse(text) };
  } catch (e) {
    return { event, data: text };
  }
}

/** Builds an element: h('td', {class: 'x', onclick: f}, 'text', child...). Text is never HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Money exactly as the API gives it (decimal string), formatted for its currency. */
export function money(amount, currency) {
  if (amount === undefined || amount === null) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch (e) {
    return `${amount} ${currency || ''}`.trim();
  }
}

/**
 * A <time> element showing the instant in the given IANA zone (the store's), with the UTC time on
 * hover (title) and in the datetime attribute.
 */
export function time(iso, zone) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  const date = new Date(iso);
  const options = { dateStyle: 'medium', timeStyle: 'medium' };
  let local;
  try {
    local = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone || undefined }).format(date);
  } catch (e) {
    local = new Intl.DateTimeFormat(undefined, options).format(date);
  }
  const utc = date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return h('time', { datetime: date.toISOString(), title: utc }, local);
}

/** A duration in seconds as "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
export function age(seconds) {
  if (seconds === undefined || seconds === null) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  return `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
}

/** Replaces the children of a container. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

/** A clear empty state. */
export function empty(text) {
  return h('p', { class: 'empty', role: 'status' }, text);
}

/** A clear error state for a failed call; names the rule/field from the problem when given. */
export function failure(error) {
  const p = (error && error.problem) || {};
  const detail = [p.rule && `rule ${p.rule}`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, (error && error.message) || 'Something went wrong'),
    detail ? h('span', { class: 'muted' }, ` (${detail})`) : null);
}
