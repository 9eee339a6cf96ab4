package org.aibubble.sim.format;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML factory whose parsers refuse a second document and any alias (see {@link OneValueGuard});
 * anchors alone are harmless and pass.
 */
final class OneDocumentYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    OneDocumentYamlFactory() {
    }

    private OneDocumentYamlFactory(OneDocumentYamlFactory source) {
        super(source, null);
    }

    @Override
    public YAMLFactory copy() {
        return new OneDocumentYamlFactory(this);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
        return parser(context, _createReader(in, null, context));
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        return parser(context, reader);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return parser(context, new CharArrayReader(data, offset, length));
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return parser(context, _createReader(data, offset, length, null, context));
    }

    private YAMLParser parser(IOContext context, Reader reader) {
        return new OneDocumentParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    /** Refuses an alias, and any token after the first document. */
    private static final class OneDocumentParser extends YAMLParser {
        OneDocumentParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions loaderOptions,
                          ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            boolean done = OneValueGuard.rootValueDone(this);
            JsonToken token = super.nextToken();
            if (done && token != null) {
                throw OneValueGuard.trailing(this, "YAML document");
            }
            if (token != null && isCurrentAlias()) {
                throw OneValueGuard.alias(this, getText());
            }
            return token;
        }
    }
}
