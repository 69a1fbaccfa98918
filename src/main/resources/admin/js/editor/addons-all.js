// The story editor's add-ons, one import per feature (see addons.js). Imported once by the editor.
import './presence.js';
