package org.aibubble.sim.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The one CSV dialect of the tool's files (series, runs, aggregate, sensitivity), read and written by
 * Jackson's CSV module: comma separated (RFC 4180), a field is quoted only when it holds a comma, a
 * quote or a line break, quotes doubled inside, lines end with {@code \n}. Reading refuses what
 * a hand-written splitter would misread - an unclosed quote, text after a closing quote, a row
 * with more or fewer cells than the header - with one line naming the file and the row's line.
 * Blank lines are skipped.
 */
public final class Csv {
    private static final CsvMapper MAPPER = Mappers.csv();
    private static final ObjectWriter LINE = MAPPER.writer(CsvSchema.emptySchema());

    private Csv() {
    }

    /**
     * @param fields the cells of one row
     * @return the row as one line, without its line end
     */
    public static String line(List<String> fields) {
        try {
            String text = LINE.writeValueAsString(fields);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of text always writes", e);
        }
    }

    /**
     * @param file a CSV file with a header line
     * @return its header and rows
     * @throws MalformedCsvException if the file is missing, unreadable, empty or malformed (one line
     *                               naming the file and the line)
     */
    public static CsvRows read(Path file) throws MalformedCsvException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MalformedCsvException(file + " not found");
        } catch (IOException e) {
            throw new MalformedCsvException("cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * @param text   the whole text of a CSV file with a header line
     * @param source the file's name, for messages
     * @return its header and rows
     * @throws MalformedCsvException if the text is empty or malformed
     */
    public static CsvRows parse(String text, String source) throws MalformedCsvException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int[] line = {1};
        try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema());
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                line[0] = parser.currentLocation().getLineNr();
                List<String> cells = cells(parser, line);
                if (header == null) {
                    header = List.copyOf(cells);
                } else if (cells.size() != header.size()) {
                    throw new MalformedCsvException(source + " line " + line[0] + " has " + cells.size()
                            + " cells, the header has " + header.size());
                } else {
                    rows.add(List.copyOf(cells));
                    lines.add(line[0]);
                }
            }
        } catch (JsonProcessingException e) {
            throw new MalformedCsvException(source + " line " + line[0] + ": " + problem(e));
        } catch (IOException e) {
            throw new MalformedCsvException("cannot read " + source + ": " + e.getMessage());
        }
        if (header == null) {
            throw new MalformedCsvException(source + " is empty: expected a header line");
        }
        return new CsvRows(header, rows, lines);
    }

    /**
     * Reads the cells of the row whose start the parser is at.
     *
     * @param line set to the row's line (1-based) once its first cell is read, so that an error in the
     *             row names the line the row starts at
     */
    private static List<String> cells(CsvParser parser, int[] line) throws IOException {
        List<String> cells = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (cells.isEmpty()) {
                line[0] = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return cells;
    }

    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (message.startsWith("Missing closing quote")) {
            return "a quoted cell is not closed (its quote runs to the end of the file)";
        }
        if (message.startsWith("Unexpected character")) {
            return "text after the closing quote of a cell (a quote inside a cell is written \"\")";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
