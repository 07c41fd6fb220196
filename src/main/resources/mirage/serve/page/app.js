// Mirage's workbench: the questions of the profile format, a charter's sentences with the
// facts read from them, and the live audit. Plain JavaScript, no framework, no build step:
// the server audits (with the same run as 'mirage audit'); this page only asks and shows.
'use strict';

const WORDS = {
  en: {
    skip: 'Skip to the questions', workbench: 'workbench', files: 'Files given', upload: 'Open a profile or a charter',
    blank: 'Start blank', 'export-as': 'Export', 'export-yaml': 'profile (YAML)', export: 'Export', stop: 'Stop the server',
    stopped: 'The server is stopped. Close this page.', 'not-answered': 'Not answered', 'none-of-these': 'None of these',
    add: 'Add a {0}', remove: 'Remove', body: 'Body', 'no-body': 'Add a body to answer the questions about it.',
    'body-tab': 'Questions about', audit: 'Audit', 'still-to-answer': 'Questions still to answer',
    'would-settle': 'would settle', 'nothing-to-answer': 'Every question the catalogue needs is answered.',
    findings: '{0} finding(s)', 'no-findings': 'No trap found.', organisation: 'Organisation', invalid: 'The profile is not valid yet:',
    waive: 'Accept this risk…', reason: 'Reason', expires: 'Expires on', 'add-waiver': 'Add the waiver', cancel: 'Cancel',
    waived: 'waived', 'go-to-question': 'Go to the question', charter: 'Charter', sentence: 'sentence',
    'from-sentence': 'Read in line {0}: « {1} »', 'from-silence': 'Read from the charter\'s silence: it says nothing on this.',
    'from-front-matter': 'Given in the charter\'s front matter (line {0}).', 'from-title': 'Taken from the charter\'s title.',
    corrected: 'Corrected by you; the charter read: {0}', added: 'Added by you from line {0}.', accept: 'Accept', accepted: 'accepted',
    correct: 'Correct', 'add-fact': 'Add a fact from this sentence', 'choose-question': 'Which question does this sentence answer?',
    silence: 'Read from the charter\'s silence (what it does not create does not exist)', 'charter-intro':
      'Each sentence that gave a fact is marked, with the fact beside it. Accept, correct or remove a fact, or add one from a sentence that was missed.',
    'opened': 'Opened {0}.', 'audit-of': 'Audit of {0}', 'file-name': 'Exported as', yes: 'yes', no: 'no',
    verdict: 'verdict', 'in-body': 'in'
  },
  fr: {
    skip: 'Aller aux questions', workbench: 'atelier', files: 'Fichiers donnés', upload: 'Ouvrir un profil ou une charte',
    blank: 'Partir de rien', 'export-as': 'Exporter', 'export-yaml': 'profil (YAML)', export: 'Exporter', stop: 'Arrêter le serveur',
    stopped: 'Le serveur est arrêté. Fermez cette page.', 'not-answered': 'Sans réponse', 'none-of-these': 'Aucun de ceux-ci',
    add: 'Ajouter une {0}', remove: 'Retirer', body: 'Instance', 'no-body': 'Ajoutez une instance pour répondre aux questions qui la concernent.',
    'body-tab': 'Questions sur', audit: 'Audit', 'still-to-answer': 'Questions encore sans réponse',
    'would-settle': 'trancherait', 'nothing-to-answer': 'Toutes les questions dont le catalogue a besoin ont une réponse.',
    findings: '{0} constat(s)', 'no-findings': 'Aucun piège trouvé.', organisation: 'Organisation', invalid: 'Le profil n\'est pas encore valide :',
    waive: 'Accepter ce risque…', reason: 'Motif', expires: 'Échéance', 'add-waiver': 'Ajouter la dérogation', cancel: 'Annuler',
    waived: 'sous dérogation', 'go-to-question': 'Aller à la question', charter: 'Charte', sentence: 'phrase',
    'from-sentence': 'Lu ligne {0} : « {1} »', 'from-silence': 'Lu du silence de la charte : elle n\'en dit rien.',
    'from-front-matter': 'Donné dans l\'en-tête de la charte (ligne {0}).', 'from-title': 'Tiré du titre de la charte.',
    corrected: 'Corrigé par vous ; la charte disait : {0}', added: 'Ajouté par vous d\'après la ligne {0}.', accept: 'Accepter', accepted: 'accepté',
    correct: 'Corriger', 'add-fact': 'Ajouter un fait d\'après cette phrase', 'choose-question': 'À quelle question cette phrase répond-elle ?',
    silence: 'Lu du silence de la charte (ce qu\'elle ne crée pas n\'existe pas)', 'charter-intro':
      'Chaque phrase qui a donné un fait est marquée, le fait à côté. Acceptez, corrigez ou retirez un fait, ou ajoutez-en un d\'après une phrase manquée.',
    'opened': '{0} ouvert.', 'audit-of': 'Audit de {0}', 'file-name': 'Exporté sous', yes: 'oui', no: 'non',
    verdict: 'verdict', 'in-body': 'dans'
  }
};
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

const state = {
  setup: null, lang: 'en', doc: null, body: 0, result: null, report: null,
  seq: 0, done: 0, timer: null, fields: {}, questions: {}, order: {}
};
window.mirage = { state };

// ---- small helpers -----------------------------------------------------------------------
function w(key, ...args) {
  let text = (WORDS[state.lang] || WORDS.en)[key] || WORDS.en[key] || key;
  args.forEach((a, i) => { text = text.replace('{' + i + '}', a); });
  return text;
}
function word(key) { // the reports' own words (severities, verdicts)
  const words = state.setup.words[state.lang] || {};
  return words[key] || key.substring(key.indexOf('.') + 1);
}
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) node.append(c.nodeType ? c : document.createTextNode(String(c)));
  }
  return node;
}
function idOf(path) { return 'q-' + path.replace(/[^A-Za-z0-9-]/g, '-'); }
function tr(bilingual) { return bilingual ? (bilingual[state.lang] || bilingual.en || '') : ''; }
function declared(path) { return path.split('.').filter(p => !/^\d+$/.test(p)).join('.'); }
function getAt(obj, path) {
  let node = obj;
  for (const part of path.split('.')) {
    if (node === null || node === undefined) return undefined;
    node = node[/^\d+$/.test(part) ? Number(part) : part];
  }
  return node;
}
function setAt(obj, path, value) {
  const parts = path.split('.');
  let node = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = /^\d+$/.test(parts[i]) ? Number(parts[i]) : parts[i];
    if (node[key] === undefined || node[key] === null) node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[key];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) delete node[last]; else node[last] = value;
}
let lastMessage = null;
function show(text, error) {
  lastMessage = typeof text === 'function' ? text : null;
  if (typeof text === 'function') text = text();
  const m = document.getElementById('message');
  m.textContent = text || '';
  m.hidden = !text;
  m.className = error ? 'error' : 'info';
}
async function call(method, url, body, type) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.body = body;
    options.headers['Content-Type'] = type || 'application/json';
  }
  const response = await fetch(url, options);
  const text = await response.text();
  let data = null;
  try { data = JSON.parse(text); } catch (e) { data = { error: text }; }
  if (!response.ok) {
    const problems = (data.problems || []).map(p => p.file + ':' + p.line + ':' + p.column + ': ' + p.message);
    throw new Error(problems.length ? problems.join('\n') : (data.error || response.status + ''));
  }
  return data;
}

// ---- start -------------------------------------------------------------------------------
async function start() {
  try {
    state.setup = await call('GET', '/api/setup');
  } catch (e) {
    show(e.message, true);
    return;
  }
  state.lang = state.setup.lang || 'en';
  for (const f of state.setup.fields) state.fields[f.path] = f;
  const q = state.setup.questions;
  q.questions.forEach((question, i) => { state.questions[question.field] = question; state.order[question.field] = i; });
  document.getElementById('lang-en').addEventListener('click', () => setLang('en'));
  document.getElementById('lang-fr').addEventListener('click', () => setLang('fr'));
  document.getElementById('blank').addEventListener('click', () => openFrom('GET', '/api/blank'));
  document.getElementById('upload').addEventListener('change', upload);
  document.getElementById('export').addEventListener('click', exportNow);
  document.getElementById('stop').addEventListener('click', stopServer);
  document.getElementById('form').addEventListener('submit', e => e.preventDefault());
  const files = document.getElementById('files');
  if (state.setup.files.length) {
    document.getElementById('files-box').hidden = false;
    state.setup.files.forEach((f, i) => files.append(el('option', { value: i, text: f })));
    files.addEventListener('change', () => openFrom('GET', '/api/open?file=' + files.value));
    await openFrom('GET', '/api/open?file=0');
  } else {
    await openFrom('GET', '/api/blank');
  }
}

async function openFrom(method, url, body, type) {
  try {
    const doc = await call(method, url, body, type);
    state.doc = doc;
    state.body = 0;
    show(doc.from ? () => w('opened', doc.from) : '');
    renderAll();
    audit();
  } catch (e) {
    show(e.message, true);
  }
}

async function upload(event) {
  const file = event.target.files[0];
  if (!file) return;
  const bytes = await file.arrayBuffer();
  await openFrom('POST', '/api/upload?name=' + encodeURIComponent(file.name), bytes, 'application/octet-stream');
  event.target.value = '';
}

function setLang(lang) {
  state.lang = lang;
  if (lastMessage) show(lastMessage);
  renderAll();
  audit();
}

function draft() {
  return JSON.stringify({ name: state.doc.name, from: state.doc.from, lang: state.lang,
    profile: state.doc.profile, sources: state.doc.sources, also: state.doc.also || {} });
}

async function exportNow() {
  const format = document.getElementById('export-format').value;
  try {
    const response = await fetch('/api/export?format=' + format, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: draft() });
    if (!response.ok) throw new Error((await response.json()).error);
    const name = (response.headers.get('Content-Disposition') || '').replace(/.*filename="([^"]+)".*/, '$1');
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: name || 'mirage-export' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    show(e.message, true);
  }
}

async function stopServer() {
  try { await call('POST', '/api/stop', '{}'); } catch (e) { /* it may close before answering */ }
  show(w('stopped'));
  document.querySelectorAll('button, input, select').forEach(n => { n.disabled = true; });
}

// ---- audit -------------------------------------------------------------------------------
function audit() {
  clearTimeout(state.timer);
  const seq = ++state.seq;
  document.body.dataset.busy = 'true';
  document.getElementById('audit').setAttribute('aria-busy', 'true');
  state.timer = setTimeout(async () => {
    try {
      const result = await call('POST', '/api/audit', draft());
      if (seq !== state.seq) return; // a later answer has been given since
      state.result = result;
      state.report = JSON.parse(result.report);
      renderAudit();
      renderCharter();
    } catch (e) {
      if (seq === state.seq) show(e.message, true);
    } finally {
      if (seq === state.seq) {
        state.done = seq;
        document.body.dataset.busy = 'false';
        document.body.dataset.audited = String(seq);
        document.getElementById('audit').setAttribute('aria-busy', 'false');
      }
    }
  }, 80);
}

// ---- answers and their sources -----------------------------------------------------------
function sourceOf(path) { return state.doc.sources[path]; }
function describeValue(value) {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return '[' + value.join(', ') + ']';
  return String(value);
}
/** Records an answer; a fact read from the charter becomes "corrected" (or "removed"), keeping what it read. */
function answer(path, value, from) {
  const before = getAt(state.doc.profile, path);
  setAt(state.doc.profile, path, value);
  if (/^bodies\.\d+\.id$/.test(path) && typeof before === 'string' && typeof value === 'string') {
    // what names the body by its id follows it
    for (const list of ['proposals', 'decisions', 'waivers']) {
      for (const item of state.doc.profile[list] || []) if (item.body === before) item.body = value;
    }
  }
  const sources = state.doc.sources;
  const source = sources[path];
  if (from) {
    sources[path] = { kind: 'added', file: state.doc.from, line: from.line, column: from.column, sentence: from.text };
  } else if (source && ['sentence', 'silence', 'front-matter', 'title'].includes(source.kind)) {
    sources[path] = Object.assign({}, source, { kind: value === undefined ? 'removed' : 'corrected', was: describeValue(before) });
  } else if (source && source.kind === 'corrected' && value === undefined) {
    sources[path] = Object.assign({}, source, { kind: 'removed' });
  } else if (source && source.kind === 'removed' && value !== undefined) {
    sources[path] = Object.assign({}, source, { kind: 'corrected' });
  }
  if (Array.isArray(before)) {
    for (const v of before) {
      const key = path + '=' + v;
      if (sources[key] && (!Array.isArray(value) || !value.includes(v))) {
        sources[key] = Object.assign({}, sources[key], { kind: 'removed', was: v });
      }
    }
  }
  audit();
}

// ---- rendering: the form -----------------------------------------------------------------
function renderAll() {
  document.documentElement.lang = state.lang;
  document.title = 'Mirage — ' + w('workbench');
  document.querySelectorAll('[data-w]').forEach(n => { n.textContent = w(n.dataset.w); });
  document.getElementById('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
  document.getElementById('lang-fr').setAttribute('aria-pressed', String(state.lang === 'fr'));
  renderForm();
  renderCharter();
  renderAudit();
}

function bodies() { return state.doc.profile.bodies || []; }

function renderForm() {
  const form = document.getElementById('form');
  form.replaceChildren();
  form.append(el('p', { class: 'file-name' }, w('file-name') + ' ', el('code', { text: state.doc.name })));
  for (const section of state.setup.questions.sections) {
    const box = el('section', { class: 'section', id: 's-' + section.id, 'aria-labelledby': 'h-' + section.id });
    box.append(el('h2', { id: 'h-' + section.id, text: tr(section) }), el('p', { class: 'intro', text: tr(section.intro) }));
    const fields = state.setup.questions.questions.filter(q => q.section === section.id && !insideList(q.field));
    for (const q of fields) {
      const node = renderField(q);
      if (node) box.append(node);
    }
    form.append(box);
  }
}

/** Whether a field is asked inside a list's item (with its list), not on its own. */
function insideList(path) {
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i++) {
    const parent = state.fields[parts.slice(0, i).join('.')];
    if (parent && parent.kind === 'LIST_OF_MAPPINGS' && parts.slice(0, i).join('.') !== 'bodies') return true;
  }
  return false;
}

function renderField(q) {
  const field = state.fields[q.field];
  if (!field || q.auto) return null;
  if (q.field === 'organisation') return el('h3', { text: tr(q) });
  if (q.field === 'bodies') return renderBodyTabs(q);
  if (q.field.startsWith('bodies.')) {
    if (!bodies().length) return null;
    const path = 'bodies.' + state.body + q.field.substring('bodies'.length);
    if (field.kind === 'MAPPING') return el('h3', { text: tr(q) });
    if (field.kind === 'LIST_OF_MAPPINGS') return renderList(q, path, null);
    return widget(q, path, '');
  }
  if (q.field === 'proposals' || q.field === 'decisions') {
    if (!bodies().length) return null;
    return renderList(q, q.field, state.body);
  }
  if (field.kind === 'LIST_OF_MAPPINGS') return renderList(q, q.field, null);
  return widget(q, q.field, '');
}

function renderBodyTabs(q) {
  const box = el('div', { class: 'bodies' }, el('h3', { text: tr(q) }));
  if (tr(q.help)) box.append(el('p', { class: 'help', text: tr(q.help) }));
  const tabs = el('div', { class: 'tabs', role: 'group', 'aria-label': w('body-tab') });
  bodies().forEach((b, i) => {
    tabs.append(el('button', { type: 'button', class: 'tab', id: 'body-tab-' + i, 'aria-pressed': String(i === state.body),
      onclick: () => { state.body = i; renderForm(); } }, w('body-tab') + ' ' + (b.name || b.id || ('#' + (i + 1)))));
  });
  tabs.append(el('button', { type: 'button', id: 'add-body', onclick: () => {
    const list = state.doc.profile.bodies || (state.doc.profile.bodies = []);
    list.push({ id: 'body-' + (list.length + 1) });
    state.body = list.length - 1;
    renderForm();
    audit();
    document.getElementById(idOf('bodies.' + state.body + '.id')).focus();
  } }, w('add', tr(q.item))));
  box.append(tabs);
  if (!bodies().length) box.append(el('p', { class: 'help', text: w('no-body') }));
  else {
    box.append(el('button', { type: 'button', class: 'remove', id: 'remove-body', onclick: () => {
      removeItem('bodies', state.body);
      state.body = 0;
    } }, w('remove') + ' — ' + (bodies()[state.body].name || bodies()[state.body].id)));
  }
  return box;
}

function removeItem(listPath, index) {
  const list = getAt(state.doc.profile, listPath);
  list.splice(index, 1);
  // the sources of later items move up with them
  const sources = {};
  for (const [path, s] of Object.entries(state.doc.sources)) {
    const prefix = listPath + '.';
    if (path.startsWith(prefix)) {
      const rest = path.substring(prefix.length);
      const i = Number(rest.split('.')[0].split('=')[0]);
      if (i === index) continue;
      sources[i > index ? prefix + (i - 1) + rest.substring(String(i).length) : path] = s;
    } else sources[path] = s;
  }
  state.doc.sources = sources;
  renderAll();
  audit();
}

/** A list of mappings (a body's contributions, the body's proposals): each item's questions, and add/remove. */
function renderList(q, path, bodyIndex) {
  const bodyId = () => bodyIndex === null ? null : bodies()[bodyIndex].id;
  const field = q.field;
  const box = el('fieldset', { class: 'list', id: idOf(path) });
  box.append(el('legend', { text: tr(q) }));
  if (tr(q.help)) box.append(el('p', { class: 'help', text: tr(q.help) }));
  const items = getAt(state.doc.profile, path) || [];
  const itemQuestions = state.setup.questions.questions.filter(x => x.field.startsWith(field + '.') && !x.auto)
    .sort((a, b) => state.order[a.field] - state.order[b.field]);
  items.forEach((item, i) => {
    if (bodyIndex !== null && item.body !== bodyId()) return;
    const itemPath = path + '.' + i;
    const itemBox = el('div', { class: 'item', id: idOf(itemPath) });
    itemBox.append(el('p', { class: 'item-title' }, tr(q.item) + ' ' + (item.id || item.title || item.what || item.trap || ('#' + (i + 1)))));
    for (const iq of itemQuestions) {
      if (iq.field === 'waivers.trap') itemBox.append(trapChoice(iq, itemPath + '.trap'));
      else if (iq.field === 'waivers.body') itemBox.append(bodyChoice(iq, itemPath + '.body'));
      else itemBox.append(widget(iq, itemPath + iq.field.substring(field.length), ''));
    }
    itemBox.append(el('button', { type: 'button', class: 'remove', onclick: () => removeItem(path, i) }, w('remove') + ' — ' + tr(q.item)));
    box.append(itemBox);
  });
  box.append(el('button', { type: 'button', class: 'add', id: 'add-' + idOf(path).substring(2), onclick: () => {
    const list = getAt(state.doc.profile, path) || [];
    const item = {};
    if (field === 'proposals' || field === 'decisions') {
      item.id = field.substring(0, field.length - 1) + '-' + (list.length + 1);
      item.body = bodyId();
    }
    list.push(item);
    setAt(state.doc.profile, path, list);
    renderForm();
    audit();
    const first = document.querySelector('#' + idOf(path + '.' + (list.length - 1)) + ' input, #' + idOf(path + '.' + (list.length - 1)) + ' textarea');
    if (first) first.focus();
  } }, w('add', tr(q.item))));
  return box;
}

function trapChoice(q, path) {
  const select = el('select', { id: idOf(path), onchange: e => answer(path, e.target.value || undefined) },
    el('option', { value: '', text: w('not-answered') }),
    state.setup.traps.map(t => el('option', { value: t.id, selected: getAt(state.doc.profile, path) === t.id }, t.id + ' — ' + tr(t.title))));
  return el('div', { class: 'question' }, el('label', { for: idOf(path), text: tr(q) }), select);
}

function bodyChoice(q, path) {
  const select = el('select', { id: idOf(path), onchange: e => answer(path, e.target.value || undefined) },
    el('option', { value: '', text: '—' }),
    bodies().filter(b => b.id).map(b => el('option', { value: b.id, selected: getAt(state.doc.profile, path) === b.id, text: b.id })));
  return el('div', { class: 'question' }, el('label', { for: idOf(path), text: tr(q) }), select);
}

/** One question, its widget chosen by the field's kind; {@code prefix} keeps ids apart when it is shown twice. */
function widget(q, path, prefix, from) {
  const field = state.fields[q.field];
  const id = prefix + idOf(path);
  const value = getAt(state.doc.profile, path);
  const box = el('div', { class: 'question', 'data-path': path });
  const note = sourceNote(path);
  const help = tr(q.help) ? el('p', { class: 'help', id: id + '-help', text: tr(q.help) }) : null;
  const set = v => { answer(path, v, from); if (from) renderAll(); else renderCharter(); };
  switch (field.kind) {
    case 'CHOICE': case 'FLAG': {
      const values = field.kind === 'FLAG' ? ['true', 'false'] : field.choices;
      const current = value === undefined || value === null ? '' : String(value);
      const group = el('fieldset', { class: 'choice', id, 'aria-describedby': help ? id + '-help' : null });
      group.append(el('legend', { text: tr(q) }));
      if (help) group.append(help);
      const option = (v, label, code) => {
        const optionId = id + '--' + (v || 'unknown');
        return el('div', { class: 'option' },
          el('input', { type: 'radio', name: id, id: optionId, value: v, checked: current === v,
            onchange: () => set(v === '' ? undefined : field.kind === 'FLAG' ? v === 'true' : v) }),
          el('label', { for: optionId }, label, code ? el('code', { text: code }) : null));
      };
      group.append(option('', w('not-answered')));
      for (const v of values) group.append(option(v, tr((q.answers || {})[v]) || v, field.kind === 'FLAG' ? null : v));
      if (note) group.append(note);
      box.append(group);
      return box;
    }
    case 'CHOICES': {
      const current = Array.isArray(value) ? value : null;
      const group = el('fieldset', { class: 'choices', id });
      group.append(el('legend', { text: tr(q) }));
      if (help) group.append(help);
      const read = () => {
        const ticked = [...group.querySelectorAll('input[data-value]')].filter(n => n.checked).map(n => n.dataset.value);
        const none = group.querySelector('input[data-none]').checked;
        set(ticked.length ? ticked : none ? [] : undefined);
      };
      for (const v of field.choices) {
        const optionId = id + '--' + v;
        group.append(el('div', { class: 'option' },
          el('input', { type: 'checkbox', id: optionId, 'data-value': v, checked: !!current && current.includes(v),
            onchange: e => { if (e.target.checked) group.querySelector('input[data-none]').checked = false; read(); } }),
          el('label', { for: optionId }, tr((q.answers || {})[v]) || v, el('code', { text: v }))));
      }
      group.append(el('div', { class: 'option' },
        el('input', { type: 'checkbox', id: id + '--none', 'data-none': 'true', checked: !!current && current.length === 0,
          onchange: e => { if (e.target.checked) group.querySelectorAll('input[data-value]').forEach(n => { n.checked = false; }); read(); } }),
        el('label', { for: id + '--none', text: w('none-of-these') })));
      if (note) group.append(note);
      box.append(group);
      return box;
    }
    default: {
      const input = field.path === 'bodies.documents.text'
        ? el('textarea', { id, rows: 4 })
        : el('input', { id, type: field.kind === 'COUNT' ? 'number' : field.kind === 'DAY' ? 'date' : 'text',
          min: field.kind === 'COUNT' ? '0' : null, step: field.kind === 'COUNT' ? '1' : null,
          inputmode: field.kind === 'COUNT' ? 'numeric' : null, 'aria-describedby': help ? id + '-help' : null });
      input.value = value === undefined || value === null ? '' : String(value);
      input.addEventListener('change', () => {
        const text = input.value.trim();
        if (text === '') set(undefined);
        else if (field.kind === 'COUNT' && /^\d+$/.test(text)) set(Number(text));
        else set(text);
        if (path.endsWith('.id') || path.endsWith('.name')) renderBodyNames();
      });
      box.append(el('label', { for: id, text: tr(q) }));
      if (help) box.append(help);
      box.append(input);
      if (note) box.append(note);
      return box;
    }
  }
}

function renderBodyNames() {
  bodies().forEach((b, i) => {
    const tab = document.getElementById('body-tab-' + i);
    if (tab) tab.textContent = w('body-tab') + ' ' + (b.name || b.id || ('#' + (i + 1)));
  });
}

function sourceNote(path) {
  const s = sourceOf(path);
  if (!s) return null;
  let text;
  switch (s.kind) {
    case 'sentence': text = w('from-sentence', s.line, s.sentence); break;
    case 'silence': text = w('from-silence'); break;
    case 'front-matter': text = w('from-front-matter', s.line); break;
    case 'title': text = w('from-title'); break;
    case 'corrected': text = w('corrected', s.was); break;
    case 'added': text = w('added', s.line); break;
    default: return null;
  }
  return el('p', { class: 'source source-' + s.kind }, text);
}

// ---- rendering: the charter --------------------------------------------------------------
function factsAt(line, column) {
  const facts = [];
  for (const [path, s] of Object.entries(state.doc.sources)) {
    if (s.line === line && s.column === column && ['sentence', 'corrected', 'added'].includes(s.kind) && s.sentence) facts.push(path);
  }
  for (const [path, places] of Object.entries(state.doc.also || {})) {
    if (places.some(p => p.line === line && p.column === column) && !facts.includes(path)) facts.push(path);
  }
  // A list's values are shown one by one where the sentence gave them, not the list again.
  return facts.filter(path => !facts.some(other => other.startsWith(path + '=')));
}

function questionOf(path) {
  const d = declared(path.split('=')[0]);
  return state.questions[d];
}

function factItem(path) {
  const [fieldPath, value] = path.split('=');
  const q = questionOf(path);
  const current = getAt(state.doc.profile, fieldPath);
  const source = sourceOf(path) || sourceOf(fieldPath) || {};
  const shown = value !== undefined ? value : describeValue(current);
  const item = el('li', { class: 'fact fact-' + (source.kind || 'sentence') + (source.accepted ? ' accepted' : ''), 'data-path': path },
    el('span', { class: 'fact-question', text: q ? tr(q) : declared(fieldPath) }), ' ',
    el('b', { class: 'fact-value', text: shown }), explain(q, value !== undefined ? value : current));
  if (source.kind === 'corrected') item.append(' ', el('span', { class: 'was' }, '(' + w('corrected', source.was) + ')'));
  if (source.kind === 'removed') return item;
  const actions = el('span', { class: 'actions' });
  if (sourceOf(path) && source.kind !== 'added') {
    actions.append(el('button', { type: 'button', class: 'accept', 'aria-pressed': String(!!source.accepted), onclick: () => {
      state.doc.sources[path] = Object.assign({}, source, { accepted: !source.accepted });
      renderCharter(); audit();
    } }, source.accepted ? '✓ ' + w('accepted') : w('accept')));
  }
  actions.append(el('button', { type: 'button', class: 'correct', onclick: () => goTo(fieldPath) }, w('correct')));
  actions.append(el('button', { type: 'button', class: 'remove-fact', onclick: () => {
    if (value !== undefined && Array.isArray(current)) {
      const rest = current.filter(v => v !== value);
      answer(fieldPath, rest);
    } else answer(fieldPath, undefined);
    renderAll();
  } }, w('remove')));
  item.append(' ', actions);
  return item;
}

/** The explained answer of a value ("It gives opinions that bind no one."), when the questions have one. */
function explain(q, value) {
  if (!q || !q.answers || value === undefined || value === null || Array.isArray(value)) return null;
  const text = tr(q.answers[String(value)]);
  return text ? el('span', { class: 'fact-answer', text: ' — ' + text }) : null;
}

function renderCharter() {
  const box = document.getElementById('charter');
  if (!state.doc || state.doc.kind !== 'charter') { box.hidden = true; box.replaceChildren(); return; }
  box.hidden = false;
  box.replaceChildren(el('h2', { id: 'charter-title' }, w('charter') + ' — ', el('code', { text: state.doc.from })),
    el('p', { class: 'intro', text: w('charter-intro') }));
  const silent = Object.entries(state.doc.sources).filter(([, s]) => s.kind === 'silence').map(([p]) => p);
  if (silent.length) {
    box.append(el('h3', { text: w('silence') }), el('ul', { class: 'facts silence' }, silent.map(factItem)));
  }
  const list = el('ol', { class: 'sentences' });
  for (const s of state.doc.sentences) {
    const facts = factsAt(s.line, s.column);
    const item = el('li', { class: facts.length ? 'sentence has-facts' : 'sentence', id: 'sentence-' + s.line + '-' + s.column },
      el('span', { class: 'lineno', 'aria-label': 'line ' + s.line, text: s.line }),
      facts.length ? el('mark', { text: s.text }) : el('span', { text: s.text }));
    if (facts.length) item.append(el('ul', { class: 'facts' }, facts.map(factItem)));
    const add = el('details', { class: 'add-fact' }, el('summary', { text: w('add-fact') }));
    add.addEventListener('toggle', () => { if (add.open && add.children.length === 1) add.append(factPicker(s)); });
    item.append(add);
    list.append(item);
  }
  box.append(list);
}

/** Adding a fact from a sentence: the question it answers, then the answer, recorded as added from it. */
function factPicker(sentence) {
  const box = el('div', { class: 'picker' });
  const id = 'pick-' + sentence.line + '-' + sentence.column;
  const select = el('select', { id }, el('option', { value: '', text: '—' }));
  for (const q of state.setup.questions.questions) {
    const f = state.fields[q.field];
    if (!f || q.auto || ['MAPPING', 'LIST_OF_MAPPINGS'].includes(f.kind) || insideList(q.field)) continue;
    if (q.field.startsWith('bodies.') && !bodies().length) continue;
    select.append(el('option', { value: q.field, text: tr(q) }));
  }
  const slot = el('div', { class: 'picked' });
  select.addEventListener('change', () => {
    slot.replaceChildren();
    const q = state.questions[select.value];
    if (!q) return;
    const path = q.field.startsWith('bodies.') ? 'bodies.' + state.body + q.field.substring('bodies'.length) : q.field;
    slot.append(widget(q, path, 'pick-', sentence));
  });
  box.append(el('label', { for: id, text: w('choose-question') }), select, slot);
  return box;
}

function goTo(path) {
  const m = path.match(/^bodies\.(\d+)\./);
  if (m && Number(m[1]) !== state.body) { state.body = Number(m[1]); renderForm(); }
  const target = document.getElementById(idOf(path));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  const focusable = target.matches('input, textarea, select') ? target
    : (target.querySelector('input:checked') || target.querySelector('input, textarea, select'));
  if (focusable) focusable.focus();
}

// ---- rendering: the audit ----------------------------------------------------------------
function lineToPath(line) {
  let best = null;
  let bestLine = 0;
  for (const [path, l] of Object.entries((state.result || {}).lines || {})) {
    if (l <= line && l >= bestLine) { best = path; bestLine = l; }
  }
  return best;
}

function renderAudit() {
  const box = document.getElementById('audit');
  box.replaceChildren(el('h2', { text: w('audit-of', state.doc ? state.doc.name : '') }));
  const report = state.report;
  if (!report) return;
  const input = report.inputs[0];
  if (input && input.status === 'invalid') {
    box.append(el('div', { class: 'invalid' }, el('p', { text: w('invalid') }),
      el('ul', {}, input.errors.map(e => {
        const path = lineToPath(e.line);
        return el('li', {}, e.line + ':' + e.column + ' — ' + e.message, path ? ' ' : '',
          path ? el('button', { type: 'button', class: 'link', onclick: () => goTo(path) }, w('go-to-question')) : '');
      }))));
  }
  const s = report.summary;
  const counts = SEVERITIES.filter(k => s['by-severity'][k]).map(k => s['by-severity'][k] + ' ' + word('severity.' + k));
  box.append(el('p', { class: 'summary', id: 'summary' }, w('findings', s.findings) + (counts.length ? ': ' + counts.join(', ') : '')));
  if (input && input['exempted-by']) box.append(el('p', { class: 'help', text: input['exempted-by'] }));
  box.append(renderStillToAnswer(report));
  const groups = [{ body: null, title: w('organisation') }].concat(bodies().map(b => ({ body: b.id, title: b.name || b.id })));
  for (const g of groups) {
    const findings = report.findings.filter(f => f.body === g.body)
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const verdict = report.verdicts.find(v => v.body === g.body && g.body !== null);
    if (!findings.length && !verdict) continue;
    const card = el('section', { class: 'body-card' + (verdict ? ' verdict-' + verdict.verdict : ''), 'data-body': g.body || '' });
    card.append(el('h3', {}, g.title, g.body ? el('code', { text: g.body }) : ''));
    if (verdict) card.append(el('p', { class: 'verdict', 'data-verdict': verdict.verdict },
      w('verdict') + ': ', el('strong', { text: word('verdict.' + verdict.verdict) })));
    for (const f of findings) card.append(renderFinding(f));
    box.append(card);
  }
  if (!report.findings.length) box.append(el('p', { text: w('no-findings') }));
  if (report.waivers && report.waivers.length) {
    box.append(el('ul', { class: 'waivers' }, report.waivers.map(v =>
      el('li', {}, v.trap + (v.body ? ' (' + v.body + ')' : '') + ': ' + word('waiver.' + v.status) + ' — ' + v.reason + ' (' + v.expires + ')'))));
  }
}

function renderFinding(f) {
  const card = el('article', { class: 'finding sev-' + f.severity + (f.waived ? ' waived' : ''), 'data-trap': f.trap });
  card.append(el('h4', {}, el('span', { class: 'sev', text: word('severity.' + f.severity) }), ' ', f.title,
    f.waived ? el('span', { class: 'waived-tag', text: ' · ' + w('waived') }) : ''));
  card.append(el('ul', { class: 'evidence', 'aria-label': word('evidence') }, f.evidence.map(e => el('li', { text: e }))));
  card.append(el('blockquote', { lang: 'fr', text: f.quote.fr }));
  if (state.lang !== 'fr') card.append(el('p', { class: 'quote-en', lang: 'en', text: f.quote.en }));
  card.append(el('p', { class: 'remedy' }, el('strong', { text: word('remedy') + ' : ' }), f.remedy));
  const path = lineToPath(f.line);
  const actions = el('p', { class: 'actions' });
  if (path) actions.append(el('button', { type: 'button', class: 'link', onclick: () => goTo(path) }, w('go-to-question')));
  if (!f.waived) actions.append(el('button', { type: 'button', class: 'waive', onclick: () => card.append(waiverForm(f, actions)) }, w('waive')));
  card.append(actions);
  return card;
}

function waiverForm(f, actions) {
  actions.hidden = true;
  const id = 'waiver-' + f.fingerprint;
  const reason = el('input', { type: 'text', id: id + '-reason', required: true });
  const expires = el('input', { type: 'date', id: id + '-expires', required: true });
  const form = el('div', { class: 'waiver-form' },
    el('label', { for: id + '-reason', text: w('reason') }), reason,
    el('label', { for: id + '-expires', text: w('expires') }), expires,
    el('button', { type: 'button', class: 'add-waiver', onclick: () => {
      if (!reason.value.trim() || !expires.value) { (reason.value.trim() ? expires : reason).focus(); return; }
      const waivers = state.doc.profile.waivers || (state.doc.profile.waivers = []);
      const waiver = { trap: f.trap };
      if (f.body) waiver.body = f.body;
      waiver.reason = reason.value.trim();
      waiver.expires = expires.value;
      waivers.push(waiver);
      renderForm();
      audit();
    } }, w('add-waiver')),
    el('button', { type: 'button', onclick: () => { form.remove(); actions.hidden = false; } }, w('cancel')));
  setTimeout(() => reason.focus(), 0);
  return form;
}

/** The "not assessed" list as questions, those that would settle the most serious trap first. */
function renderStillToAnswer(report) {
  const severity = {};
  for (const t of state.setup.traps) severity[t.id] = t.severity;
  const wanted = new Map();
  for (const n of report['not-assessed'] || []) {
    for (const missing of n.missing) {
      let path;
      if (state.fields[missing] && !missing.startsWith('bodies')) path = missing;
      else {
        const index = bodies().findIndex(b => b.id === n.body);
        path = 'bodies.' + (index < 0 ? state.body : index) + '.' + missing;
      }
      const entry = wanted.get(path) || { path, traps: [], rank: 9 };
      entry.traps.push(n.trap);
      entry.rank = Math.min(entry.rank, SEVERITIES.indexOf(severity[n.trap] || 'info'));
      wanted.set(path, entry);
    }
  }
  const list = [...wanted.values()].sort((a, b) => a.rank - b.rank
    || (state.order[declared(a.path)] ?? 999) - (state.order[declared(b.path)] ?? 999) || a.path.localeCompare(b.path));
  const box = el('section', { class: 'still', id: 'still-to-answer' }, el('h3', { text: w('still-to-answer') }));
  if (!list.length) {
    box.append(el('p', { class: 'help', text: w('nothing-to-answer') }));
    return box;
  }
  box.append(el('ol', {}, list.map(e => {
    const q = state.questions[declared(e.path)];
    return el('li', { class: 'sev-' + SEVERITIES[e.rank], 'data-path': e.path },
      el('span', { class: 'sev', text: word('severity.' + SEVERITIES[e.rank]) }), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => goTo(e.path) }, q ? tr(q) : e.path),
      el('span', { class: 'settles' }, ' — ' + w('would-settle') + ' ' + e.traps.join(', ')));
  })));
  return box;
}

document.addEventListener('DOMContentLoaded', start);
