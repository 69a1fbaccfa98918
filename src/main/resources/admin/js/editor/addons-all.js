// The story editor's add-ons, one import per feature (see addons.js). Imported once by the editor.
import './workflow.js';
import './discussions.js';
import './translate.js';
import './schedule.js';
import './release.js';
import './presence.js';
import './experiment.js';
