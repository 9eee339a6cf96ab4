package org.aibubble.sim.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/** A JSON factory whose parsers refuse anything after the first value (see {@link OneValueGuard}). */
final class OneValueJsonFactory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    OneValueJsonFactory() {
    }

    private OneValueJsonFactory(OneValueJsonFactory source) {
        super(source, null);
    }

    @Override
    public JsonFactory copy() {
        return new OneValueJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new OneValueParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return new OneValueParser(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new OneValueParser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new OneValueParser(super._createParser(data, offset, length, context));
    }

    /** Refuses a token after the root value. */
    private static final class OneValueParser extends JsonParserDelegate {
        OneValueParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            boolean done = OneValueGuard.rootValueDone(delegate);
            JsonToken token = delegate.nextToken();
            if (done && token != null) {
                throw OneValueGuard.trailing(delegate, "JSON value");
            }
            return token;
        }
    }
}
