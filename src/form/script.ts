// The questionnaire's own script, inlined in the page (its hash is in the page's Content-Security-Policy). Plain ES2017
// so that it runs in every current browser as it stands; it reads its data from the page's JSON block and sends nothing.
export const FORM_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('form-data').textContent);
  var t = data.text;
  var form = document.getElementById('questionnaire');
  var progress = document.getElementById('progress');
  var message = document.getElementById('message');
  var alertBox = document.getElementById('alert');
  var store = null;
  try {
    store = window.localStorage;
    store.getItem(data.storageKey);
  } catch (e) {
    store = null;
  }
  // Without storage nothing survives closing the tab: say so, where the page says the answers are kept.
  if (!store) document.getElementById('storage-off').hidden = false;
  var state = { id: '', role: '', unit: '', answers: {} };

  function key(id) { return id.replace(/\./g, '-'); }
  function fill(s, values) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m; });
  }
  function radios(name) { return form.querySelectorAll('input[type=radio][name="' + name + '"]'); }
  function checked(name) {
    var list = radios(name);
    for (var i = 0; i < list.length; i++) if (list[i].checked) return list[i].value;
    return '';
  }
  function setChecked(name, value) {
    var list = radios(name);
    for (var i = 0; i < list.length; i++) list[i].checked = list[i].value === value;
  }
  function field(name) { return form.elements.namedItem(name); }
  function newId() {
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function read() {
    var next = { id: state.id || newId(), role: checked('role'), unit: field('unit') ? field('unit').value : '', answers: {} };
    data.ids.forEach(function (id) {
      var k = key(id);
      var a = {};
      var c = checked('current-' + k);
      var g = checked('target-' + k);
      var comment = field('comment-' + k).value;
      var evidence = field('evidence-' + k).value;
      if (c) a.current = c;
      if (g) a.target = g;
      if (comment) a.comment = comment;
      if (evidence) a.evidence = evidence;
      if (Object.keys(a).length) next.answers[id] = a;
    });
    return next;
  }

  function restore(saved) {
    state.id = saved.id || '';
    if (saved.role) setChecked('role', saved.role);
    if (field('unit') && typeof saved.unit === 'string') field('unit').value = saved.unit;
    var answers = saved.answers || {};
    data.ids.forEach(function (id) {
      var a = answers[id];
      if (!a) return;
      var k = key(id);
      if (a.current) setChecked('current-' + k, a.current);
      if (a.target) setChecked('target-' + k, a.target);
      if (a.comment) field('comment-' + k).value = a.comment;
      if (a.evidence) field('evidence-' + k).value = a.evidence;
    });
  }

  function isLevel(v) { return /^[1-4]$/.test(v); }

  function refresh() {
    var done = 0;
    data.ids.forEach(function (id) {
      var k = key(id);
      var c = checked('current-' + k);
      if (c) done++;
      // A target belongs to a level: with "don't know" or "not relevant" there is none to give.
      var off = c !== '' && !isLevel(c);
      var list = radios('target-' + k);
      for (var i = 0; i < list.length; i++) list[i].disabled = off;
    });
    progress.textContent = fill(t.progress, { done: done, all: data.ids.length });
    return done;
  }

  function persist() {
    state = read();
    if (!store) return;
    try {
      store.setItem(data.storageKey, JSON.stringify(state));
    } catch (e) {
      // A full or blocked storage only costs the safety net; the answers on the page are still there.
    }
  }

  function showError(errorId, inputs, text) {
    var el = document.getElementById(errorId);
    el.textContent = t.errorPrefix + ' ' + text;
    el.hidden = false;
    for (var i = 0; i < inputs.length; i++) inputs[i].setAttribute('aria-invalid', 'true');
  }
  function clearError(errorId, inputs) {
    var el = document.getElementById(errorId);
    if (!el || el.hidden) return;
    el.textContent = '';
    el.hidden = true;
    for (var i = 0; i < inputs.length; i++) inputs[i].removeAttribute('aria-invalid');
  }

  function validate() {
    var first = null;
    var count = 0;
    var roleInputs = radios('role');
    if (!checked('role')) {
      showError('role-error', roleInputs, t.roleMissing);
      first = first || roleInputs[0];
      count++;
    } else clearError('role-error', roleInputs);
    data.ids.forEach(function (id) {
      var k = key(id);
      var c = checked('current-' + k);
      var g = checked('target-' + k);
      var targets = radios('target-' + k);
      if (isLevel(c) && isLevel(g) && Number(g) < Number(c)) {
        showError('target-error-' + k, targets, t.targetBelow);
        first = first || targets[0];
        count++;
      } else clearError('target-error-' + k, targets);
    });
    return { first: first, count: count };
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  function q(s) { return JSON.stringify(String(s)); }
  function unitOf(typed) {
    var name = typed.replace(/\s+/g, ' ').trim();
    if (!name) return null;
    for (var i = 0; i < data.units.length; i++) if (data.units[i].name.toLowerCase() === name.toLowerCase()) return data.units[i];
    return { name: name };
  }

  function toYaml(s) {
    var lines = ['# ' + t.fileComment, 'schemaVersion: 1', 'id: ' + q(s.id), 'catalogue: { id: ' + q(data.catalogue.id) + ', version: ' + q(data.catalogue.version) + ' }'];
    var o = data.organisation;
    if (o) {
      var parts = ['name: ' + q(o.name)];
      if (o.kind) parts.push('kind: ' + o.kind);
      if (o.municipalityCode) parts.push('municipalityCode: ' + q(o.municipalityCode));
      if (o.organisationNumber) parts.push('organisationNumber: ' + q(o.organisationNumber));
      if (o.schoolForms) parts.push('schoolForms: [' + o.schoolForms.join(', ') + ']');
      lines.push('organisation: { ' + parts.join(', ') + ' }');
    }
    lines.push('respondent:', '  role: ' + s.role);
    var unit = unitOf(s.unit);
    if (unit) lines.push('  unit: { name: ' + q(unit.name) + (unit.schoolUnitCode ? ', schoolUnitCode: ' + q(unit.schoolUnitCode) : '') + ' }');
    var answered = data.ids.filter(function (id) { return s.answers[id] && s.answers[id].current; });
    lines.push('assessment:', '  date: ' + today(), '  answers:' + (answered.length ? '' : ' {}'));
    answered.forEach(function (id) {
      var a = s.answers[id];
      var p = [];
      if (isLevel(a.current)) {
        p.push('current: ' + a.current);
        if (isLevel(a.target)) p.push('target: ' + a.target);
        if (a.comment) p.push('comment: ' + q(a.comment));
        if (a.evidence) p.push('evidence: ' + q(a.evidence));
      } else {
        p.push('status: ' + a.current);
        if (a.comment) p.push('comment: ' + q(a.comment));
      }
      lines.push('    ' + q(id) + ': { ' + p.join(', ') + ' }');
    });
    return { text: lines.join('\n') + '\n', answered: answered.length };
  }

  function download(name, text) {
    var blob = new Blob([text], { type: 'application/yaml' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      a.remove();
    }, 1000);
  }

  form.addEventListener('input', function () {
    refresh();
    persist();
  });
  form.addEventListener('change', function (e) {
    refresh();
    persist();
    var target = e.target;
    if (target && target.name === 'role') clearError('role-error', radios('role'));
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    refresh();
    persist();
    var v = validate();
    if (v.count) {
      alertBox.textContent = fill(v.count === 1 ? t.errorsSummaryOne : t.errorsSummary, { n: v.count });
      message.textContent = '';
      v.first.focus();
      return;
    }
    alertBox.textContent = '';
    var out = toYaml(state);
    var name = t.fileStem + '-' + state.role + '-' + today() + '-' + state.id.slice(0, 6) + '.yaml';
    download(name, out.text);
    var left = data.ids.length - out.answered;
    message.textContent = fill(t.saved, { file: name }) + (left ? ' ' + fill(left === 1 ? t.savedPartlyOne : t.savedPartly, { left: left }) : '');
  });
  document.getElementById('clear').addEventListener('click', function () {
    if (!window.confirm(t.confirmClear)) return;
    if (store) store.removeItem(data.storageKey);
    form.reset();
    state = { id: newId(), role: '', unit: '', answers: {} };
    refresh();
    message.textContent = t.cleared;
  });

  var saved = null;
  if (store) {
    try {
      saved = JSON.parse(store.getItem(data.storageKey) || 'null');
    } catch (e) {
      saved = null;
    }
  }
  if (saved && typeof saved === 'object') {
    restore(saved);
    if (saved.answers && Object.keys(saved.answers).length) message.textContent = t.restored;
  }
  state = read();
  refresh();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`.trim();
