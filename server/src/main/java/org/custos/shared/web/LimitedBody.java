package org.custos.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body may not exceed {@code maxBytes}, counted on the bytes actually read, so a chunked
 * body (no Content-Length) or a lying Content-Length is stopped too. Reading past the limit throws
 * {@link TooLarge}, which the API's exception handler answers with 413 {@code request.too-large}.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    /** The body went over the limit. */
    static final class TooLarge extends IOException {
        final long maxBytes;

        TooLarge(long maxBytes) {
            super("request body over " + maxBytes + " bytes", null);
            this.maxBytes = maxBytes;
        }

        /**
         * The 413 problem with a Content-Length and {@code Connection: close}: the client may still be sending
         * the rest of its body, and the server will close the connection, so the answer must be complete on its own.
         */
        org.springframework.http.ResponseEntity<byte[]> response(Problems problems, tools.jackson.databind.json.JsonMapper json,
                                                                 java.util.Locale locale) {
            var status = org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
            byte[] body = json.writeValueAsBytes(problems.build(status, "request.too-large",
                    java.util.List.of(FieldProblem.of("body", "too-large", maxBytes)), locale));
            return org.springframework.http.ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .header(org.springframework.http.HttpHeaders.CONNECTION, "close").body(body);
        }

        /** The {@code TooLarge} among the causes of {@code e}, or null. */
        static TooLarge in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof TooLarge tooLarge) {
                    return tooLarge;
                }
            }
            return null;
        }
    }

    private final long maxBytes;
    private ServletInputStream stream;

    LimitedBody(HttpServletRequest request, long maxBytes) {
        super(request);
        this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream(), maxBytes);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
