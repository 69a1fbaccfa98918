// Times of schedules as people read and pick them: "Mon 23 Nov, 09:00 (Europe/Berlin)", and the date + time + time
// zone picker of the Schedule… dialog, which also shows the chosen moment in UTC.
import { html } from 'lit';
import { DuetElement } from '../element.js';

/** The browser's own time zone (an IANA name), the picker's default. */
export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every time zone the browser knows, the default first if missing. */
function zones(current) {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = known.includes('UTC') ? known : ['UTC', ...known];
  return all.includes(current) ? all : [current, ...all];
}

/** "Mon 23 Nov, 09:00" in `zone` (the year only when it is not this year). */
export function formatInZone(instant, zone) {
  const date = new Date(instant);
  const options = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone };
  if (date.getUTCFullYear() !== new Date().getUTCFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}

/** A schedule's time as planned: "Mon 23 Nov, 09:00 (Europe/Berlin)". */
export function whenPlanned(schedule) {
  return `${formatInZone(schedule.run_at, schedule.time_zone)} (${schedule.time_zone})`;
}

/** What a schedule does, as a verb: "publish", "unpublish", "merge the release". */
export function actionWords(action) {
  return { publish: 'publish', unpublish: 'unpublish', merge_release: 'merge the release' }[action] ?? action;
}

/** How far `zone` is ahead of UTC at `utcMillis`, in milliseconds. */
function offsetAt(zone, utcMillis) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMillis)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - utcMillis;
}

/** The instant (ms) of wall-clock `date` ("2026-11-23") and `time` ("09:00") in `zone`; NaN when incomplete. */
export function instantOf(date, time, zone) {
  const [year, month, day] = (date ?? '').split('-').map(Number);
  const [hour, minute] = (time ?? '').split(':').map(Number);
  if (![year, month, day, hour, minute].every(Number.isFinite)) return NaN;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // the zone's offset at the guess, then at the corrected guess: right on both sides of a daylight-saving change
  const first = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, first);
}

/** The date and time an hour from now in `zone`, rounded up to the quarter hour: the picker's starting point. */
function soon(zone) {
  const quarter = 15 * 60 * 1000;
  const at = Math.ceil((Date.now() + 60 * 60 * 1000) / quarter) * quarter;
  const wall = new Date(at + offsetAt(zone, at)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** Date, time and time zone inputs (named run_date, run_time, time_zone for the dialog's form), with the UTC time. */
class DuetScheduleWhen extends DuetElement {
  static properties = { date: { state: true }, time: { state: true }, zone: { state: true } };

  constructor() {
    super();
    this.zone = browserZone();
    Object.assign(this, soon(this.zone));
  }

  render() {
    const at = instantOf(this.date, this.time, this.zone);
    return html`
      <div class="schedule-when">
        <label>Date <input type="date" name="run_date" required .value=${this.date}
                           @input=${(event) => { this.date = event.target.value; }}></label>
        <label>Time <input type="time" name="run_time" required .value=${this.time}
                           @input=${(event) => { this.time = event.target.value; }}></label>
        <label>Time zone
          <select name="time_zone" @change=${(event) => { this.zone = event.target.value; }}>
            ${zones(this.zone).map((zone) => html`<option value=${zone} ?selected=${zone === this.zone}>${zone}</option>`)}
          </select>
        </label>
      </div>
      <p class="muted schedule-utc" aria-live="polite">${Number.isFinite(at)
        ? html`That is <strong>${formatInZone(at, 'UTC')} UTC</strong>.` : 'Pick a date and a time.'}</p>`;
  }
}

customElements.define('duet-schedule-when', DuetScheduleWhen);
