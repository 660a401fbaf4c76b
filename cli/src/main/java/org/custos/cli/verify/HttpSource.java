package org.custos.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TilePaths;

/** The tlog-tiles API over HTTP(S): GET {@code <prefix>/checkpoint} etc., with optional extra headers. */
public final class HttpSource implements LogSource {
    private final String prefix;
    private final List<String[]> headers;
    private final HttpClient client;

    /** {@code headers} are {@code "Name: value"} strings, e.g. {@code "Authorization: Bearer ..."}. */
    public HttpSource(String prefix, List<String> headers) {
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.headers = parseHeaders(headers);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** {@code "Name: value"} strings as {@code {name, value}} pairs. */
    static List<String[]> parseHeaders(List<String> headers) {
        List<String[]> parsed = new ArrayList<>();
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("header must be 'Name: value': " + h);
            }
            parsed.add(new String[] {h.substring(0, colon).trim(), h.substring(colon + 1).trim()});
        }
        return parsed;
    }

    @Override
    public byte[] checkpoint() throws IOException {
        return get("checkpoint");
    }

    @Override
    public byte[] tile(Tile tile) throws IOException {
        byte[] data = get(tile.path());
        if (data == null && !tile.isFull()) {
            data = Partial.tile(get(new Tile(tile.level(), tile.index(), Tile.FULL_WIDTH).path()), tile.width());
        }
        return data;
    }

    @Override
    public byte[] entryBundle(long index, int width) throws IOException {
        byte[] data = get(TilePaths.entryBundlePath(index, width));
        if (data == null && width < Tile.FULL_WIDTH) {
            data = Partial.bundle(get(TilePaths.entryBundlePath(index, Tile.FULL_WIDTH)), width);
        }
        return data;
    }

    @Override
    public String describe() {
        return prefix;
    }

    private byte[] get(String path) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prefix + path))
                .timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(h -> request.header(h[0], h[1]));
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + path, e);
        }
        return switch (response.statusCode()) {
            case 200 -> response.body();
            case 404, 410 -> null;
            default -> throw new IOException("GET " + prefix + path + " answered HTTP " + response.statusCode());
        };
    }
}
