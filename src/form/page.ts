// The questionnaire as one self-contained HTML page: the catalogue's questions as a plain form, a style sheet and a
// small script inline, and a Content-Security-Policy that allows nothing but those two (by their hashes).
import { createHash } from 'node:crypto';
import type { Catalogue, Lang, Organisation, RespondentRole } from '../core/model.ts';
import { text } from '../core/catalogue.ts';
import { organisationIdentity } from '../core/organisation.ts';
import { formText } from '../i18n/form.ts';
import { FORM_SCRIPT } from './script.ts';
import { FORM_STYLE } from './style.ts';

export interface FormInput {
  catalogue: Catalogue;
  lang: Lang;
  roles: readonly RespondentRole[];
  organisation?: Organisation;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The policy for the page: nothing may load, and only this script and this style may run. */
function contentSecurityPolicy(script: string, style: string): string {
  return `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; form-action 'none'; base-uri 'none'`;
}

export function renderForm(input: FormInput): string {
  const { catalogue, lang, roles } = input;
  const t = formText[lang];
  const org = input.organisation;
  const k = (id: string) => id.replace(/\./g, '-');
  const tpl = { done: '{done}', all: '{all}', file: '{file}', left: '{left}', n: '{n}' };
  const units = org?.unit ? [{ name: org.unit.name, ...(org.unit.schoolUnitCode ? { schoolUnitCode: org.unit.schoolUnitCode } : {}) }] : [];
  const identity = org ? [org.name, org.municipalityCode ?? org.organisationNumber ?? '', org.unit?.name ?? ''].join('|') : '';
  const data = {
    // One store per questionnaire: another catalogue version or organiser starts afresh.
    storageKey: `skoldigiplan-form:${catalogue.id}:${catalogue.version}:${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`,
    catalogue: { id: catalogue.id, version: catalogue.version },
    ...(org
      ? {
          organisation: organisationIdentity(org),
        }
      : {}),
    units,
    ids: catalogue.indicators.map((i) => i.id),
    text: {
      progress: t.progress(tpl.done, tpl.all),
      saved: t.saved(tpl.file),
      savedPartly: t.savedPartly(tpl.left, 2),
      savedPartlyOne: t.savedPartly(tpl.left, 1),
      restored: t.restored,
      errorPrefix: t.errorPrefix,
      roleMissing: t.roleMissing,
      targetBelow: t.targetBelow,
      errorsSummary: t.errorsSummary(tpl.n, 2),
      errorsSummaryOne: t.errorsSummary(tpl.n, 1),
      confirmClear: t.confirmClear,
      cleared: t.cleared,
      fileComment: t.fileComment,
      fileStem: t.fileStem,
    },
  };
  // In a script element, only `</script` and `<!--` could end or bend it; JSON escapes for `<` take both away.
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const title = org ? t.titleFor(org.name) : t.title;

  const out: string[] = [];
  const p = (s: string) => out.push(s);
  p('<!doctype html>');
  p(`<html lang="${lang}">`);
  p('<head>');
  p('<meta charset="utf-8">');
  p(`<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(FORM_SCRIPT, FORM_STYLE))}">`);
  p('<meta name="viewport" content="width=device-width, initial-scale=1">');
  p('<meta name="referrer" content="no-referrer">');
  p(`<title>${esc(title)}</title>`);
  p(`<style>${FORM_STYLE}</style>`);
  p('</head>');
  p('<body>');
  p('<header>');
  p(`<h1>${esc(title)}</h1>`);
  if (org) p(`<p class="meta">${esc(t.organisation)}: ${esc(org.name)}${org.unit ? `, ${esc(org.unit.name)}` : ''}</p>`);
  p(`<p class="meta">${esc(t.catalogueLine(catalogue.id, catalogue.version))}</p>`);
  p('</header>');
  p('<main>');
  p(`<p>${esc(t.intro(catalogue.indicators.length))}</p>`);
  p(`<p class="privacy">${esc(t.privacy)}</p>`);
  // Shown by the script when the browser refuses the page its storage (cookies blocked, storage turned off).
  p(`<p id="storage-off" class="warning" hidden>${esc(t.storageOff)}</p>`);
  p(`<noscript><p class="error">${esc(t.noscript)}</p></noscript>`);
  p('<form id="questionnaire" novalidate>');
  p(`<fieldset><legend>${esc(t.about)}</legend>`);
  p(`<fieldset aria-describedby="role-error"><legend>${esc(t.role)} (${esc(t.roleRequired)})</legend>`);
  p('<p id="role-error" class="error" hidden></p>');
  for (const role of roles) {
    const only = roles.length === 1 ? ' checked' : '';
    p(
      `<div class="choice"><input type="radio" name="role" id="role-${role}" value="${role}" required${only}><label for="role-${role}">${esc(t.roles[role] ?? role)}</label></div>`,
    );
  }
  p('</fieldset>');
  p(`<label class="field" for="unit">${esc(t.unit)}</label>`);
  p(`<p class="hint" id="unit-hint">${esc(t.unitHelp)}</p>`);
  const unitValue = org?.unit ? ` value="${esc(org.unit.name)}"` : '';
  p(
    `<input type="text" id="unit" name="unit" maxlength="500" autocomplete="off" aria-describedby="unit-hint"${units.length ? ' list="units"' : ''}${unitValue}>`,
  );
  if (units.length) p(`<datalist id="units">${units.map((u) => `<option value="${esc(u.name)}"></option>`).join('')}</datalist>`);
  p('</fieldset>');
  p('<p id="progress" class="progress" role="status"></p>');

  for (const fa of catalogue.focusAreas) {
    const goals = catalogue.goals.filter((g) => g.focusArea === fa.id);
    if (!goals.some((g) => catalogue.indicators.some((i) => i.goal === g.id))) continue;
    p(`<section aria-labelledby="fa-${k(fa.id)}">`);
    p(`<h2 id="fa-${k(fa.id)}">${esc(t.focusArea(fa.id, text(fa.title, lang)))}</h2>`);
    for (const g of goals) {
      const indicators = catalogue.indicators.filter((i) => i.goal === g.id);
      if (!indicators.length) continue;
      p(`<h3>${esc(t.goal(g.id, text(g.text, lang)))}</h3>`);
      for (const ind of indicators) {
        const id = k(ind.id);
        p(`<fieldset class="indicator" id="q-${id}">`);
        p(`<legend><span class="id">${esc(ind.id)}</span>${esc(text(ind.title, lang))}</legend>`);
        p(`<p class="question" id="question-${id}">${esc(text(ind.question, lang))}</p>`);
        const help = text(ind.help, lang);
        if (help) p(`<details><summary>${esc(t.help)}</summary><p>${esc(help)}</p></details>`);
        p(`<fieldset aria-describedby="question-${id}"><legend>${esc(t.current)}</legend>`);
        ind.levels.forEach((level, n) => {
          p(
            `<div class="choice"><input type="radio" name="current-${id}" id="current-${id}-${n + 1}" value="${n + 1}"><label for="current-${id}-${n + 1}">${esc(t.level(n + 1))}: ${esc(text(level, lang))}</label></div>`,
          );
        });
        p(
          `<div class="choice"><input type="radio" name="current-${id}" id="current-${id}-unknown" value="unknown"><label for="current-${id}-unknown">${esc(t.unknown)}</label></div>`,
        );
        p(
          `<div class="choice"><input type="radio" name="current-${id}" id="current-${id}-not-relevant" value="not-relevant"><label for="current-${id}-not-relevant">${esc(t.notRelevant)}</label></div>`,
        );
        p('</fieldset>');
        p(`<fieldset aria-describedby="target-error-${id}"><legend>${esc(t.target)}</legend>`);
        p(`<p id="target-error-${id}" class="error" hidden></p>`);
        p('<div class="targets">');
        for (let n = 1; n <= 4; n++)
          p(
            `<div class="choice"><input type="radio" name="target-${id}" id="target-${id}-${n}" value="${n}"><label for="target-${id}-${n}">${esc(t.level(n))}</label></div>`,
          );
        p('</div>');
        p('</fieldset>');
        p(`<label class="field" for="comment-${id}">${esc(t.comment)}</label>`);
        p(`<textarea id="comment-${id}" name="comment-${id}" rows="2" maxlength="5000"></textarea>`);
        p(`<label class="field" for="evidence-${id}">${esc(t.evidence)}</label>`);
        p(`<p class="hint" id="evidence-hint-${id}">${esc(t.evidenceHelp)}</p>`);
        p(`<textarea id="evidence-${id}" name="evidence-${id}" rows="2" maxlength="5000" aria-describedby="evidence-hint-${id}"></textarea>`);
        p('</fieldset>');
      }
    }
    p('</section>');
  }
  p('<div class="actions">');
  p(`<button type="submit" class="primary">${esc(t.save)}</button>`);
  p(`<button type="button" class="secondary" id="clear">${esc(t.clear)}</button>`);
  p('</div>');
  p('<p id="alert" class="error" role="alert"></p>');
  p('<p id="message" class="message" role="status"></p>');
  p('</form>');
  p('</main>');
  p(`<script type="application/json" id="form-data">${json}</script>`);
  p(`<script>${FORM_SCRIPT}</script>`);
  p('</body>');
  p('</html>');
  return `${out.join('\n')}\n`;
}
