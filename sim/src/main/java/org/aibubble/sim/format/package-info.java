/**
 * The text formats of the files this tool reads and writes, each built in one place: the Jackson
 * mappers for JSON and YAML ({@link org.aibubble.sim.format.Mappers}), which refuse what a reader
 * could silently misread (duplicate keys, YAML aliases, content after the first document or value).
 */
package org.aibubble.sim.format;
