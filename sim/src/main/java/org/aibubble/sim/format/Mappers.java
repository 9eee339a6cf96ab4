package org.aibubble.sim.format;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one factory of Jackson mappers in {@code sim/} (JSON, YAML and, for {@link Csv}, CSV). Every mapper it builds reads strictly: a
 * duplicate key, content after the first JSON value or YAML document, and a YAML alias (which Jackson
 * would read as the anchor's name, not the anchored value) are each a parse error whose message is
 * one line, with the key path for an alias. Writers pretty-print with Jackson's default printer.
 * Each call returns a new mapper, configured and ready to share between threads; callers keep it.
 */
public final class Mappers {
    private Mappers() {
    }

    /** @return a JSON mapper: strict reading, compact writing (one line) */
    public static ObjectMapper json() {
        return strictReading(JsonMapper.builder(new OneValueJsonFactory())).build();
    }

    /** @return a JSON mapper: strict reading, pretty-printed writing (the output files' JSON) */
    public static ObjectMapper prettyJson() {
        return strictReading(JsonMapper.builder(new OneValueJsonFactory()))
                .enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** @return a YAML mapper for reading files (configs, sweeps, branches, resolved configs) */
    public static ObjectMapper yaml() {
        return strictReading(YAMLMapper.builder(new OneDocumentYamlFactory())).build();
    }

    /**
     * @return a YAML mapper for writing a resolved config: no {@code ---} document start, list entries
     *         indented under their key with {@code - }
     */
    public static ObjectMapper configYamlWriter() {
        OneDocumentYamlFactory factory = new OneDocumentYamlFactory();
        factory.configure(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, false);
        factory.configure(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR, true);
        return strictReading(YAMLMapper.builder(factory)).build();
    }

    /**
     * @return the mapper that binds a checked tree onto validated records: every creator property
     *         required (null only where the config schema put it, for an absent optional key), unknown keys refused, no coercion between text, numbers and
     *         booleans, no fraction for an integer, no number for an enum
     */
    public static ObjectMapper recordBinder() {
        ObjectMapper mapper = strictReading(JsonMapper.builder(new OneValueJsonFactory()))
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /**
     * @return the CSV mapper of {@link Csv}: a field is quoted only when it must be (a comma, a quote or
     *         a line break in it), blank lines are skipped when reading
     */
    public static CsvMapper csv() {
        return CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strictReading(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
