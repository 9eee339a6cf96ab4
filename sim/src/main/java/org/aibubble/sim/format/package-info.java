/**
 * The text formats of the files this tool reads and writes, each built in one place: the Jackson
 * mappers for JSON and YAML ({@link org.aibubble.sim.format.Mappers}), which refuse what a reader
 * could silently misread (duplicate keys, YAML aliases, content after the first document or value),
 * and the one CSV dialect ({@link org.aibubble.sim.format.Csv}, Jackson's CSV module), which refuses
 * an unclosed quote or a ragged row with the file and line.
 */
package org.aibubble.sim.format;
