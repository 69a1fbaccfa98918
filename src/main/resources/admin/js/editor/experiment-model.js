// The experiment block as the editor changes it: wrapping a block into a test, its variants, weights and coverage,
// its goals, ending it, and the content the preview shows for a chosen variant. Pure functions: every change returns
// a new block, nothing is mutated. The format is the server's contract (docs/experiments.md):
//   {component: "duet_experiment", _uid, key, status: "draft"|"running"|"stopped", variants: [control, b, ...],
//    variant_names, weights (fractions summing to 1), coverage (0..1), goals, guardrails, planned_units,
//    analysis: {engine, correction, prior_mean, prior_sd}}
import { copyWithNewUids, newUid } from './blocks.js';

export const EXPERIMENT = 'duet_experiment';

/** True for an experiment block. */
export function isExperiment(block) {
  return !!block && typeof block === 'object' && block.component === EXPERIMENT;
}

/** "Spring Sale / Hero!" → "spring-sale-hero": what an experiment key may hold (a-z, 0-9, - and _, at most 64). */
export function slugify(text) {
  return String(text ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
}

export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Every experiment key used in `value` (a story's content). */
export function experimentKeys(value, keys = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => experimentKeys(item, keys));
  else if (value && typeof value === 'object') {
    if (isExperiment(value) && value.key) keys.add(value.key);
    Object.values(value).forEach((inner) => experimentKeys(inner, keys));
  }
  return keys;
}

/** The planned analysis with defaults filled in: {engine, correction ('' for none), prior ('' for flat, else the sd)}. */
export function analysisOf(experiment) {
  const analysis = experiment?.analysis ?? {};
  return { engine: analysis.engine ?? 'bayesian', correction: analysis.correction && analysis.correction !== 'none' ? analysis.correction : '',
    prior: analysis.prior_sd ? String(analysis.prior_sd) : '' };
}

/**
 * The experiment planning another analysis: `change` sets engine, correction or prior (as analysisOf names them). A
 * correction goes with p-value engines only and a prior with the Bayesian one, so switching engines drops the other;
 * defaults are left out, and a plan of defaults only leaves no `analysis` at all.
 */
export function withAnalysis(experiment, change) {
  const next = { ...analysisOf(experiment), ...change };
  const analysis = {};
  if (next.engine !== 'bayesian') {
    analysis.engine = next.engine;
    if (next.correction) analysis.correction = next.correction;
  } else if (next.prior) {
    analysis.prior_sd = Number(next.prior);
    if (experiment.analysis?.prior_mean !== undefined && next.prior === analysisOf(experiment).prior) analysis.prior_mean = experiment.analysis.prior_mean;
  }
  const changed = { ...experiment };
  if (Object.keys(analysis).length) changed.analysis = analysis;
  else delete changed.analysis;
  return changed;
}

/** A key for testing `block` on the story with `slug`, e.g. "home-hero", not one of `taken`. */
export function suggestKey(slug, block, taken = new Set()) {
  const base = slugify(`${String(slug ?? '').split('/').pop() || 'page'}-${block?.component ?? 'block'}`).slice(0, 58) || 'test';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The name shown for variant `index` when it has none: "Control", "Variant B", "Variant C"… */
export function defaultVariantName(index) {
  return index === 0 ? 'Control' : `Variant ${String.fromCharCode(65 + Math.min(index, 25))}`;
}

export function variantNames(experiment) {
  const names = experiment?.variant_names ?? [];
  return (experiment?.variants ?? []).map((_, index) => (typeof names[index] === 'string' && names[index].trim()) || defaultVariantName(index));
}

/** Equal shares as fractions that sum to exactly 1 (the last absorbs the rounding). */
export function evenWeights(count) {
  return fromPercents(Array.from({ length: count }, () => 100 / count));
}

/** Percentages (0..100, one decimal) → fractions summing to 1. */
function fromPercents(percents) {
  const rounded = percents.map((percent) => Math.round(percent * 10) / 10);
  const rest = Math.round((100 - rounded.slice(0, -1).reduce((sum, percent) => sum + percent, 0)) * 10) / 10;
  rounded[rounded.length - 1] = rest;
  return rounded.map((percent) => Math.round(percent * 10) / 1000);
}

/** Each variant's share of the visitors in the test, in percent (equal when the block names no weights). */
export function weightPercents(experiment) {
  const count = experiment?.variants?.length ?? 0;
  const weights = Array.isArray(experiment?.weights) && experiment.weights.length === count ? experiment.weights : evenWeights(count);
  return weights.map((weight) => Math.round(Number(weight) * 1000) / 10);
}

/**
 * Sets variant `index`'s share to `percent` and shares the rest among the others in their current proportions
 * (equally when they had none), so the weights always sum to 100%.
 */
export function withWeight(experiment, index, percent) {
  const percents = weightPercents(experiment);
  const wanted = Math.min(100, Math.max(0, Number(percent) || 0));
  const others = percents.reduce((sum, value, i) => (i === index ? sum : sum + value), 0);
  const rest = 100 - wanted;
  const next = percents.map((value, i) => {
    if (i === index) return wanted;
    return others > 0 ? (value / others) * rest : rest / (percents.length - 1);
  });
  // the rounding remainder goes to a variant other than the one being set
  const last = index === next.length - 1 ? next.length - 2 : next.length - 1;
  const order = next.map((_, i) => i).filter((i) => i !== last).concat(last);
  const fractions = fromPercents(order.map((i) => next[i]));
  const weights = [];
  order.forEach((i, position) => { weights[i] = fractions[position]; });
  return { ...experiment, weights };
}

/** Coverage in percent (100 when not set). */
export function coveragePercent(experiment) {
  const coverage = Number(experiment?.coverage);
  return Number.isFinite(coverage) && experiment?.coverage !== undefined ? Math.round(coverage * 1000) / 10 : 100;
}

export function withCoverage(experiment, percent) {
  const value = Math.min(100, Math.max(0, Number(percent) || 0));
  return { ...experiment, coverage: Math.round(value * 10) / 1000 };
}

/**
 * The block wrapped in a new draft experiment: variant 0 is the block itself (same _uid), variant 1 a deep copy with
 * fresh _uids for it and every block inside.
 */
export function wrapInExperiment(block, { uid = newUid(), key, goals = [], guardrails = [], weights, coverage = 1, variantName } = {}) {
  const experiment = {
    component: EXPERIMENT,
    _uid: uid,
    key,
    status: 'draft',
    variants: [block, copyWithNewUids(block)],
    variant_names: ['Control', (variantName ?? '').trim() || defaultVariantName(1)],
    weights: weights ?? evenWeights(2),
    coverage,
    goals,
    guardrails,
  };
  return experiment;
}

/** The experiment with its variants and their names and weights changed together (weights evened out). */
function withVariants(experiment, variants, names) {
  return { ...experiment, variants, variant_names: names, weights: evenWeights(variants.length) };
}

export function replaceVariant(experiment, index, block) {
  const variants = [...experiment.variants];
  variants[index] = block;
  return { ...experiment, variants };
}

/** Adds a copy of variant `index` (fresh _uids) right after the last variant. */
export function duplicateVariant(experiment, index) {
  const names = variantNames(experiment);
  const copy = copyWithNewUids(experiment.variants[index]);
  return withVariants(experiment, [...experiment.variants, copy], [...names, `${names[index]} (copy)`]);
}

/** Adds a variant copied from the control, named after its position. */
export function addVariant(experiment) {
  const names = variantNames(experiment);
  const index = experiment.variants.length;
  return withVariants(experiment, [...experiment.variants, copyWithNewUids(experiment.variants[0])], [...names, defaultVariantName(index)]);
}

/** Removes variant `index`; an experiment keeps at least two (the first stays the control). */
export function removeVariant(experiment, index) {
  if (experiment.variants.length <= 2) return experiment;
  const keep = (_, i) => i !== index;
  return withVariants(experiment, experiment.variants.filter(keep), variantNames(experiment).filter(keep));
}

export function renameVariant(experiment, index, name) {
  const names = variantNames(experiment);
  names[index] = name;
  return { ...experiment, variant_names: names };
}

/**
 * `value` with every experiment replaced by one of its variants: `choose(experiment)` gives the variant's index
 * (the control when it gives nothing valid). Used for the preview and for "End test: keep variant X".
 */
export function resolveExperiments(value, choose = () => 0) {
  if (Array.isArray(value)) return value.map((item) => resolveExperiments(item, choose));
  if (!value || typeof value !== 'object') return value;
  if (isExperiment(value) && Array.isArray(value.variants) && value.variants.length) {
    const index = Number(choose(value));
    const variant = value.variants[Number.isInteger(index) && index >= 0 && index < value.variants.length ? index : 0];
    return resolveExperiments(variant, choose);
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolveExperiments(inner, choose)]));
}

/** The block with `uid` in `value`, or null. */
export function findByUid(value, uid) {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findByUid(item, uid);
      if (found) return found;
    }
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  if (value._uid === uid && typeof value.component === 'string') return value;
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') {
      const found = findByUid(inner, uid);
      if (found) return found;
    }
  }
  return null;
}

/** `value` with the block whose _uid is `uid` replaced by `replacement` (a new tree; untouched branches are shared). */
export function replaceByUid(value, uid, replacement) {
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const result = replaceByUid(item, uid, replacement);
      if (result !== item) changed = true;
      return result;
    });
    return changed ? next : value;
  }
  if (!value || typeof value !== 'object') return value;
  if (value._uid === uid && typeof value.component === 'string') return replacement;
  let changed = false;
  const next = {};
  for (const [key, inner] of Object.entries(value)) {
    next[key] = inner && typeof inner === 'object' ? replaceByUid(inner, uid, replacement) : inner;
    if (next[key] !== inner) changed = true;
  }
  return changed ? next : value;
}

/** True when the block with `uid` stands inside an experiment (its variants, or deeper). */
export function insideExperiment(value, uid, inside = false) {
  if (Array.isArray(value)) return value.some((item) => insideExperiment(item, uid, inside));
  if (!value || typeof value !== 'object') return false;
  if (value._uid === uid && typeof value.component === 'string') return inside;
  const here = inside || isExperiment(value);
  return Object.values(value).some((inner) => inner && typeof inner === 'object' && insideExperiment(inner, uid, here));
}

export const METRIC_TYPES = {
  conversion: 'Visitors who convert (an event, e.g. a sign-up)',
  click: 'Clicks on the tested block',
  custom: 'A value per visitor, summed (e.g. revenue)',
};

/** A metric in words: "Sign-ups", "signup conversions", "clicks on the block", "revenue (sum)". */
export function metricLabel(metric) {
  if (metric?.name) return metric.name;
  if (metric?.type === 'click') return 'Clicks on the tested block';
  if (metric?.type === 'custom' || metric?.aggregation === 'sum') return `${metric?.event || 'value'} (sum per visitor)`;
  return `${metric?.event || 'conversion'} conversions`;
}

/**
 * A metric as the server expects it while it is being edited: the aggregation follows the type, a click goal names
 * the experiment's block (clicks anywhere in any variant), and fields the type does not use are dropped. Text is kept
 * as typed (trimming on every key press would eat the space being typed).
 */
export function shapeMetric(metric, experimentUid) {
  const type = metric?.type ?? 'conversion';
  const shaped = { ...metric, type, aggregation: type === 'custom' ? 'sum' : 'any' };
  if (type === 'click') {
    shaped.block = metric.block || experimentUid;
    delete shaped.event;
  } else {
    shaped.event = metric.event ?? '';
    delete shaped.block;
  }
  if (!String(shaped.name ?? '').trim()) delete shaped.name;
  return shaped;
}

/** A finished metric: shaped, with its event name and label trimmed. */
export function cleanMetric(metric, experimentUid) {
  const clean = shapeMetric(metric, experimentUid);
  if (clean.event !== undefined) clean.event = String(clean.event).trim();
  if (clean.name !== undefined) clean.name = String(clean.name).trim();
  return clean;
}

/** What is missing in a metric, in words, or '' when it is complete. */
export function metricProblem(metric) {
  if (metric?.type !== 'click' && !String(metric?.event ?? '').trim()) return 'Name the event that counts (for example signup).';
  return '';
}
