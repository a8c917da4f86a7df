// Runs the guided assessment in a terminal: asks, saves the draft after every answer, and saves the plan at the end.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../context.ts';
import type { Catalogue } from '../../core/model.ts';
import { CancelledError } from '../../errors.ts';
import { assessText } from '../../i18n/assess.ts';
import { displayPath } from '../../io/paths.ts';
import type { Prompter } from '../../io/prompts.ts';
import { removeDraft, writeDraft, type DraftTarget } from './draft.ts';
import { advance, answer, next, type FlowEnv } from './flow.ts';
import { printDiagnostics } from '../../io/report.ts';
import { checkedPlanText, printSummary, renderBeside, shellArg, writePlanFile, type SaveOptions } from './save.ts';
import { planFromState, type AssessState } from './state.ts';

export interface InteractiveSetup {
  state: AssessState;
  catalogue: Catalogue;
  draft: DraftTarget;
  /** True when the draft file already holds this assessment (a resumed one). */
  draftOnDisk: boolean;
  force: boolean;
  save: SaveOptions;
  /** Lines shown before the first question. */
  intro: string[];
}

export async function runInteractive(ctx: Context, setup: InteractiveSetup, prompter: Prompter, env: FlowEnv): Promise<number> {
  const t = assessText[env.lang];
  const c = ctx.colour;
  let state = setup.state;
  let draftOnDisk = setup.draftOnDisk;
  let lastHeader = '';
  const say = (lines: readonly string[]) => {
    if (lines.length > 0) prompter.write(`${lines.join('\n')}\n`);
  };
  const keep = () => {
    writeDraft(setup.draft, state, setup.catalogue);
    draftOnDisk = true;
  };

  try {
    say(setup.intro.map((l) => c.dim(l)));
    for (;;) {
      const n = next(state, env);
      if (n.kind === 'save') break;
      if (n.kind === 'auto') {
        const tr = advance(state, env);
        state = tr.state;
        lastHeader = '';
        say(['', ...(tr.notes ?? []).map((l, i) => (i === 0 ? c.bold(l) : l))]);
        keep();
        continue;
      }
      const header = n.header.join('\n');
      if (header !== lastHeader) {
        say(['', ...n.header.map((l, i) => (i === 0 ? c.bold(l) : c.dim(l)))]);
        lastHeader = header;
      }
      const value = await prompter.ask(n.question);
      const tr = answer(state, env, value);
      state = tr.state;
      if (tr.notes) say(tr.notes.map((l) => c.cyan(l)));
      if (tr.changed !== false) keep();
    }
    return await finish(ctx, setup, prompter, env, state);
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e;
    const shown = displayPath(setup.draft.file, ctx.cwd);
    if (!draftOnDisk) throw new CancelledError(t.draft.cancelledNothing);
    throw new CancelledError(t.draft.cancelled(shown), t.draft.resumeHint(`skoldigiplan assess --resume ${shellArg(shown)}`));
  }
}

/** Saves the plan: never over an existing file without a yes (or --force); otherwise asks for another name. */
async function finish(ctx: Context, setup: InteractiveSetup, prompter: Prompter, env: FlowEnv, state: AssessState): Promise<number> {
  const t = assessText[env.lang];
  let target = setup.draft.output;
  const plan = planFromState(state, setup.catalogue);
  while (existsSync(target) && !setup.force) {
    const shown = displayPath(target, ctx.cwd);
    if (await prompter.ask({ type: 'confirm', message: t.save.overwrite(shown), default: false })) break;
    const name = await prompter.ask({
      type: 'input',
      message: t.save.saveAs,
      default: displayPath(freeName(target), ctx.cwd),
      validate: (v) => (/\.ya?ml$/i.test(v) ? true : t.save.saveAsFormat),
    });
    target = resolve(ctx.cwd, String(name));
  }
  const shown = displayPath(target, ctx.cwd);
  const { text, warnings } = checkedPlanText(plan, setup.catalogue, shown, env.lang);
  const planShown = await writePlanFile(ctx, target, text);
  printDiagnostics(warnings, ctx);
  // The plan file now holds everything the draft did.
  removeDraft(setup.draft.file);
  const rendered = await renderBeside(ctx, plan, setup.catalogue, target, setup.save);
  printSummary(ctx, planShown, rendered, setup.save);
  return 0;
}

/** `plan.yaml` → `plan-2.yaml`, `plan-3.yaml`, …: the first that does not exist yet. */
export function freeName(file: string): string {
  const m = /^(.*?)(\.ya?ml)$/i.exec(file);
  const stem = m ? m[1]! : file;
  const ext = m ? m[2]! : '.yaml';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}
