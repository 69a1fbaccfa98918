// Settings → Workflow: the stages stories move through, in order, with who may move a story into each, whether
// stories there may be published, which stage approves, where new and published stories go; and the four-eyes rule.
// Saved as a whole; the server checks it and says which stories moved when a stage with stories was removed.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get, put } from '../api.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';

const ROLE_NAMES = { admin: 'Admins', developer: 'Developers', editor: 'Editors', approver: 'Approvers' };

class DuetWorkflowSettings extends DuetElement {
  static properties = { spaceId: {}, stages: { state: true }, fourEyes: { state: true }, roles: { state: true }, problems: { state: true } };

  constructor() {
    super();
    this.stages = null;
    this.problems = {};
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.load();
  }

  get canManage() {
    return session.may('space:manage');
  }

  async load() {
    try {
      this.adopt(await get(`/api/spaces/${this.spaceId}/workflow`));
    } catch (error) {
      toastError(error);
    }
  }

  adopt(workflow) {
    this.stages = workflow.stages.map((stage) => ({ ...stage, roles: [...stage.roles] }));
    this.fourEyes = workflow.four_eyes;
    this.roles = workflow.reviewer_roles;
    this.problems = {};
  }

  change(index, changes) {
    this.stages = this.stages.map((stage, at) => (at === index ? { ...stage, ...changes } : stage));
  }

  /** Default and after-publish are one stage each: choosing one clears the others. */
  choose(index, flag) {
    this.stages = this.stages.map((stage, at) => ({ ...stage, [flag]: at === index }));
  }

  toggleRole(index, role, on) {
    const roles = this.stages[index].roles.filter((r) => r !== role);
    this.change(index, { roles: on ? [...roles, role] : roles });
  }

  moveStage(index, step) {
    const stages = [...this.stages];
    const [stage] = stages.splice(index, 1);
    stages.splice(index + step, 0, stage);
    this.stages = stages;
    this.updateComplete.then(() => this.querySelector(`[data-stage-index="${index + step}"] input[name=name]`)?.focus());
  }

  add() {
    this.stages = [...this.stages, { name: '', color: '#8a8f98', allow_publish: false, approval: false, is_default: false, after_publish: false, roles: [] }];
    this.updateComplete.then(() => this.querySelector(`[data-stage-index="${this.stages.length - 1}"] input[name=name]`)?.focus());
  }

  remove(index) {
    this.stages = this.stages.filter((_, at) => at !== index);
  }

  async save(event) {
    event.preventDefault();
    try {
      const answer = await put(`/api/spaces/${this.spaceId}/workflow`, {
        four_eyes: this.fourEyes,
        stages: this.stages.map(({ id, name, color, allow_publish, approval, is_default, after_publish, roles }) =>
          ({ id, name, color, allow_publish, approval, is_default, after_publish, roles })),
      });
      this.adopt(answer);
      toast(answer.moved_stories.length ? `Workflow saved. ${answer.moved_stories.length} ${answer.moved_stories.length === 1 ? 'story' : 'stories'} in removed stages moved to ${answer.stages.find((s) => s.is_default).name}.` : 'Workflow saved.', { kind: 'success' });
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      toastError(error);
    }
  }

  render() {
    if (!this.stages) return html`<section class="card"><h2>Workflow</h2><p class="muted">Loading…</p></section>`;
    const locked = !this.canManage;
    return html`
      <form class="card form workflow-settings" @submit=${this.save}>
        <h2>Workflow</h2>
        <p class="muted">The stages a story goes through before it is live. Turn “May be published” off for the early stages to make every story go through review.</p>
        <ol class="workflow-stages">${this.stages.map((stage, index) => this.renderStage(stage, index, locked))}</ol>
        ${(this.problems.stages ?? []).map((problem) => html`<p class="field-error">${problem}</p>`)}
        <label class="check"><input type="checkbox" name="four_eyes" .checked=${this.fourEyes} ?disabled=${locked}
               @change=${(event) => { this.fourEyes = event.target.checked; }}>
          Four eyes: whoever made the last change cannot approve it</label>
        ${locked ? html`<p class="muted">Only admins and developers can change the workflow.</p>` : html`
          <div class="actions">
            <button type="button" class="secondary add-stage" @click=${() => this.add()}>Add stage</button>
            <button type="submit" class="primary save-workflow">Save workflow</button>
          </div>`}
      </form>`;
  }

  renderStage(stage, index, locked) {
    const at = `stages[${index}]`;
    const problems = Object.entries(this.problems).filter(([path]) => path.startsWith(at)).flatMap(([, messages]) => messages);
    const flag = (name, text, onChange) => html`
      <label class="check"><input type="checkbox" name=${name} .checked=${!!stage[name]} ?disabled=${locked}
             @change=${(event) => onChange(event.target.checked)}> ${text}</label>`;
    return html`
      <li class="workflow-stage" data-stage-index=${index} style=${`--stage-color: ${stage.color}`}>
        <div class="stage-line">
          <label>Name <input name="name" required maxlength="40" .value=${stage.name} ?disabled=${locked}
                 @input=${(event) => this.change(index, { name: event.target.value })}></label>
          <label>Colour <input name="color" type="color" .value=${stage.color} ?disabled=${locked}
                 @input=${(event) => this.change(index, { color: event.target.value })}></label>
          ${locked ? '' : html`
            <span class="row-actions">
              <button type="button" class="icon" aria-label="Move ${stage.name || 'stage'} up" ?disabled=${index === 0} @click=${() => this.moveStage(index, -1)}>↑</button>
              <button type="button" class="icon" aria-label="Move ${stage.name || 'stage'} down" ?disabled=${index === this.stages.length - 1} @click=${() => this.moveStage(index, 1)}>↓</button>
              <button type="button" class="icon danger" aria-label="Remove ${stage.name || 'stage'}" @click=${() => this.remove(index)}>×</button>
            </span>`}
        </div>
        <div class="stage-flags">
          ${flag('allow_publish', 'May be published', (on) => this.change(index, { allow_publish: on }))}
          ${flag('approval', 'Approves the story', (on) => this.change(index, { approval: on }))}
          <label class="check"><input type="radio" name="default_stage" .checked=${stage.is_default} ?disabled=${locked}
                 @change=${() => this.choose(index, 'is_default')}> New stories start here</label>
          <label class="check"><input type="checkbox" name="after_publish" .checked=${stage.after_publish} ?disabled=${locked}
                 @change=${(event) => (event.target.checked ? this.choose(index, 'after_publish') : this.change(index, { after_publish: false }))}> Published stories go here</label>
        </div>
        <fieldset class="stage-roles" ?disabled=${locked}>
          <legend>Who may move stories here <small>(none ticked: everyone who reviews)</small></legend>
          ${this.roles.map((role) => html`
            <label class="check"><input type="checkbox" name="role_${role}" .checked=${stage.roles.includes(role)}
                   @change=${(event) => this.toggleRole(index, role, event.target.checked)}> ${ROLE_NAMES[role] ?? role}</label>`)}
        </fieldset>
        ${problems.map((problem) => html`<p class="field-error">${problem}</p>`)}
      </li>`;
  }
}

customElements.define('duet-workflow-settings', DuetWorkflowSettings);
