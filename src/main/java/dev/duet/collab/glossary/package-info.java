/**
 * The shared glossary: the words marketing and IT use, each explained for marketers and for developers.
 *
 * <p>Public API for other features (built once in {@code app.Wiring}): {@link dev.duet.collab.glossary.Glossary}:
 * search (ranked: exact term, exact alias, prefix, contains, then definitions), get, create, update (a full
 * replacement), delete.
 *
 * <p>HTTP (company-wide; reads need {@code content:read}, writes {@code glossary:write}): {@code /api/glossary?q=}
 * and {@code /api/glossary/{term_id}}.
 *
 * <p>Rules: every name (term or alias) belongs to one term only, ignoring case; a clash answers 409 naming the term
 * that has the name. A term needs at least one definition. Related terms are links one way, from the term to others.
 */
package dev.duet.collab.glossary;
