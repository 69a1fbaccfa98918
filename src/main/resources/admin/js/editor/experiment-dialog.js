// The "Test a variant" dialog: asks up front what the test is called, what decides success (goals), what must not get
// worse (guardrails), how visitors are split and how many take part. Resolves with the experiment block that replaces
// the tested block (a draft: nothing changes on the site until it is started, saved and published), or null.
import { html } from 'lit';
import { openDialog } from '../ui/dialog.js';
import { newUid } from './blocks.js';
import { KEY_PATTERN, cleanMetric, evenWeights, experimentKeys, metricProblem, suggestKey, wrapInExperiment } from './experiment-model.js';
import './experiment-metrics.js';

function parseMetrics(text) {
  try {
    const list = JSON.parse(text || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Keeps the two split inputs summing to 100 while the person types in either. */
function balance(event) {
  const form = event.target.form;
  const value = Math.min(100, Math.max(0, Number(event.target.value) || 0));
  const other = form.elements[event.target.name === 'control_share' ? 'variant_share' : 'control_share'];
  other.value = String(Math.round((100 - value) * 10) / 10);
}

/**
 * Asks how to test `block` (named `blockLabel`) of `editor`'s story. The click goal and the experiment share one new
 * _uid, so "clicks on this block" counts clicks in every variant.
 */
export async function askForExperiment(editor, block, blockLabel) {
  const uid = newUid();
  const taken = experimentKeys(editor.draft?.content);
  const key = suggestKey(editor.draft?.slug ?? editor.story?.slug, block, taken);
  const values = await openDialog({
    title: `Test a variant of ${blockLabel}`,
    okLabel: 'Create the test',
    content: html`
      <div class="experiment-setup">
        <p class="muted">Visitors will see either this ${blockLabel} (the control) or a copy you can change. Nothing
          changes on the site until you start the test and publish the page.</p>
        <label>Test name
          <input name="key" required maxlength="64" .value=${key} autocomplete="off">
          <small>Lowercase letters, digits, - and _. Your site and the results use it; it cannot repeat in this space.</small>
        </label>
        <label>Name of the new variant
          <input name="variant_name" maxlength="80" value="Variant B">
        </label>
        <fieldset class="experiment-metrics-set">
          <legend>Goal: what decides which variant wins</legend>
          <duet-metric-list class="setup-goals" name="goals" kind="goal" .spaceId=${editor.spaceId}
                            .metrics=${[{ type: 'conversion', event: '', aggregation: 'any' }]}></duet-metric-list>
        </fieldset>
        <fieldset class="experiment-metrics-set">
          <legend>Guardrails <small>optional: numbers that must not get worse</small></legend>
          <duet-metric-list class="setup-guardrails" name="guardrails" kind="guardrail" .spaceId=${editor.spaceId}
                            .metrics=${[]}></duet-metric-list>
        </fieldset>
        <fieldset class="experiment-split">
          <legend>Who sees what</legend>
          <div class="split-inputs">
            <label>Control gets (%)
              <input name="control_share" type="number" min="0" max="100" step="0.1" value="50" @input=${balance}>
            </label>
            <label>New variant gets (%)
              <input name="variant_share" type="number" min="0" max="100" step="0.1" value="50" @input=${balance}>
            </label>
            <label>Visitors in the test (%)
              <input name="coverage" type="number" min="1" max="100" step="0.1" value="100">
              <small>The rest see the control and are not counted.</small>
            </label>
          </div>
        </fieldset>
      </div>`,
    validate: (form) => {
      const chosen = String(form.key ?? '').trim();
      if (!KEY_PATTERN.test(chosen)) return 'Name the test with lowercase letters, digits, - and _ (for example home-hero).';
      if (taken.has(chosen)) return `This page already has a test called “${chosen}”. Choose another name.`;
      const goals = parseMetrics(form.goals);
      if (!goals.length) return 'Add a goal: it decides which variant wins.';
      const incomplete = [...goals, ...parseMetrics(form.guardrails)].map(metricProblem).find(Boolean);
      if (incomplete) return incomplete;
      const control = Number(form.control_share);
      const variant = Number(form.variant_share);
      if (!(control >= 0 && variant >= 0) || Math.abs(control + variant - 100) > 0.05) return 'The two shares must add up to 100%.';
      const coverage = Number(form.coverage);
      if (!(coverage > 0 && coverage <= 100)) return 'Between 1% and 100% of visitors can take part.';
      return null;
    },
  });
  if (!values) return null;
  const control = Number(values.control_share);
  return wrapInExperiment(block, {
    uid,
    key: values.key.trim(),
    variantName: values.variant_name,
    goals: parseMetrics(values.goals).map((metric) => cleanMetric(metric, uid)),
    guardrails: parseMetrics(values.guardrails).map((metric) => cleanMetric(metric, uid)),
    weights: control === 50 ? evenWeights(2) : [Math.round(control * 10) / 1000, Math.round((100 - control) * 10) / 1000],
    coverage: Math.round(Number(values.coverage) * 10) / 1000,
  });
}
