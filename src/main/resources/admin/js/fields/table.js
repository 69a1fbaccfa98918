// A table, stored as Storyblok does: {fieldtype: "table", thead: [{_uid, value, component: "_table_head"}],
// tbody: [{_uid, component: "_table_row", body: [{_uid, value, component: "_table_col"}]}]}. Cells are inputs in a
// grid; arrow keys (at the ends of a cell's text), Enter and Tab move between them.
import { html, nothing } from 'lit';
import { FieldElement, newUid } from './field-chrome.js';

const head = (value = '') => ({ _uid: newUid(), value, component: '_table_head' });
const cell = (value = '') => ({ _uid: newUid(), value, component: '_table_col' });
const row = (columns) => ({ _uid: newUid(), component: '_table_row', body: Array.from({ length: columns }, () => cell()) });

/** A table's value made whole: every row as wide as the head. */
export function normaliseTable(value) {
  const thead = Array.isArray(value?.thead) ? value.thead : [];
  const tbody = Array.isArray(value?.tbody) ? value.tbody : [];
  const width = Math.max(thead.length, ...tbody.map((item) => (Array.isArray(item?.body) ? item.body.length : 0)), 0);
  return {
    ...(value && typeof value === 'object' ? value : {}),
    fieldtype: 'table',
    thead: [...thead, ...Array.from({ length: width - thead.length }, () => head())],
    tbody: tbody.map((item) => {
      const body = Array.isArray(item?.body) ? item.body : [];
      return { ...item, body: [...body, ...Array.from({ length: width - body.length }, () => cell())] };
    }),
  };
}

class DuetFieldTable extends FieldElement {
  get table() {
    return normaliseTable(this.value);
  }

  get width() {
    return this.table.thead.length;
  }

  start() {
    this.change({ ...this.table, fieldtype: 'table', thead: [head(), head()], tbody: [row(2)] });
    this.focusCell(-1, 0);
  }

  setHead(column, value) {
    const table = this.table;
    this.change({ ...table, thead: table.thead.map((item, at) => (at === column ? { ...item, value } : item)) });
  }

  setCell(rowIndex, column, value) {
    const table = this.table;
    this.change({
      ...table,
      tbody: table.tbody.map((item, at) => (at !== rowIndex ? item
        : { ...item, body: item.body.map((col, index) => (index === column ? { ...col, value } : col)) })),
    });
  }

  addRow(after = this.table.tbody.length - 1) {
    const table = this.table;
    const tbody = [...table.tbody];
    tbody.splice(after + 1, 0, row(table.thead.length));
    this.change({ ...table, tbody });
    this.focusCell(after + 1, 0);
  }

  removeRow(index) {
    const table = this.table;
    this.change({ ...table, tbody: table.tbody.filter((_, at) => at !== index) });
    this.focusCell(Math.min(index, table.tbody.length - 2), 0);
  }

  addColumn() {
    const table = this.table;
    this.change({ ...table, thead: [...table.thead, head()], tbody: table.tbody.map((item) => ({ ...item, body: [...item.body, cell()] })) });
    this.focusCell(-1, table.thead.length);
  }

  removeColumn(column) {
    const table = this.table;
    this.change({
      ...table,
      thead: table.thead.filter((_, at) => at !== column),
      tbody: table.tbody.map((item) => ({ ...item, body: item.body.filter((_, at) => at !== column) })),
    });
    this.focusCell(-1, Math.max(0, column - 1));
  }

  /** Focuses a cell once the table has re-rendered; row -1 is the head. */
  focusCell(rowIndex, column) {
    this.updateComplete.then(() => requestAnimationFrame(() => {
      this.querySelector(`input[data-row="${rowIndex}"][data-col="${column}"]`)?.focus();
    }));
  }

  keydown(event) {
    const input = event.target;
    const rowIndex = Number(input.dataset.row);
    const column = Number(input.dataset.col);
    const rows = this.table.tbody.length;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    let target = null;
    if (event.key === 'ArrowUp' && rowIndex > -1) target = [rowIndex - 1, column];
    else if ((event.key === 'ArrowDown' || event.key === 'Enter') && rowIndex < rows - 1) target = [rowIndex + 1, column];
    else if (event.key === 'Enter' && rowIndex === rows - 1 && !this.readonly) {
      event.preventDefault();
      this.addRow(rows - 1);
      this.focusCell(rows, column);
      return;
    } else if (event.key === 'ArrowLeft' && atStart && column > 0) target = [rowIndex, column - 1];
    else if (event.key === 'ArrowRight' && atEnd && column < this.width - 1) target = [rowIndex, column + 1];
    if (!target) return;
    event.preventDefault();
    const next = this.querySelector(`input[data-row="${target[0]}"][data-col="${target[1]}"]`);
    next?.focus();
    next?.select();
  }

  render() {
    const table = this.table;
    const empty = !table.thead.length && !table.tbody.length;
    const cellInput = (rowIndex, column, value, labelText) => html`
      <input class="table-cell" data-row=${rowIndex} data-col=${column} .value=${value ?? ''} aria-label=${labelText}
             ?readonly=${this.readonly} @keydown=${this.keydown}
             @input=${(event) => (rowIndex === -1 ? this.setHead(column, event.target.value) : this.setCell(rowIndex, column, event.target.value))}>`;
    return html`
      <div class="field field-table" role="group" aria-labelledby=${`${this.inputId}-label`} aria-describedby=${this.describedBy}>
        ${this.renderLabel({ forInput: false })}
        ${this.renderDescription()}
        ${empty ? html`
          <p class="muted">No table yet.</p>
          ${this.readonly ? nothing : html`<button type="button" class="secondary table-start" @click=${() => this.start()}>Create a table</button>`}`
        : html`
          <div class="table-scroll">
            <table class="table-editor" aria-labelledby=${`${this.inputId}-label`}>
              <thead>
                <tr>
                  ${table.thead.map((item, column) => html`
                    <th scope="col">${cellInput(-1, column, item.value, `Heading of column ${column + 1}`)}</th>`)}
                  <th class="table-row-actions"><span class="visually-hidden">Row actions</span></th>
                </tr>
              </thead>
              <tbody>
                ${table.tbody.map((item, rowIndex) => html`
                  <tr>
                    ${item.body.map((col, column) => html`<td>${cellInput(rowIndex, column, col.value, `Row ${rowIndex + 1}, column ${column + 1}`)}</td>`)}
                    <td class="table-row-actions">
                      ${this.readonly ? nothing : html`<button type="button" class="icon danger table-remove-row"
                          aria-label=${`Remove row ${rowIndex + 1}`} title="Remove row" @click=${() => this.removeRow(rowIndex)}>×</button>`}
                    </td>
                  </tr>`)}
              </tbody>
              ${this.readonly ? nothing : html`
                <tfoot>
                  <tr>
                    ${table.thead.map((_, column) => html`
                      <td><button type="button" class="link danger table-remove-col" aria-label=${`Remove column ${column + 1}`}
                                  @click=${() => this.removeColumn(column)}>Remove column</button></td>`)}
                    <td class="table-row-actions"></td>
                  </tr>
                </tfoot>`}
            </table>
          </div>
          ${this.readonly ? nothing : html`
            <div class="actions">
              <button type="button" class="secondary table-add-row" @click=${() => this.addRow()}>Add row</button>
              <button type="button" class="secondary table-add-col" @click=${() => this.addColumn()}>Add column</button>
            </div>`}`}
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-table', DuetFieldTable);
