package th.go.cdd.performance.shared;

/**
 * A message argument that is itself a text of the UI bundles (a field's name, say): each language
 * of a message names it in its own words, so a Thai message never carries an English field name.
 */
public record Label(String key) {}
