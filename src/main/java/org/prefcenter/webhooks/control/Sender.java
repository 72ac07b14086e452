package org.prefcenter.webhooks.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/**
 * POSTs one event to a webhook: the guard first (its host resolved anew; a refusal sends nothing),
 * then the signed body, answered with a 2xx within 10 s or failed. Redirects are not followed.
 * <p>
 * {@link HttpURLConnection}, not {@code java.net.http.HttpClient}: it writes and reads on the
 * sender's own thread (connections kept alive by the JDK's cache), where the client hands each
 * request to its selector thread and each answer to a worker thread. Under load every hand-over
 * waits for a core: a send took 9 ms instead of 2, and deliveries fell seconds behind at 100
 * changes a second (docs/WEBHOOKS.md).
 */
public final class Sender {

    /** What became of one attempt; {@code statusCode} null when nothing was answered. */
    public record Outcome(boolean acknowledged, Integer statusCode, String error, long millis) {
    }

    private static final int CONNECT_MILLIS = (int) WebhookSettings.CONNECT_TIMEOUT.toMillis();
    private static final long REQUEST_MILLIS = WebhookSettings.REQUEST_TIMEOUT.toMillis();

    public Outcome send(String url, String secret, String eventId, String body, Set<String> allowedHosts) {
        long start = System.nanoTime();
        URI uri = URI.create(url);
        String refused = UrlGuard.problemWithTarget(uri, allowedHosts, true);
        if (refused != null) {
            return new Outcome(false, null, "not sent: the Url " + refused, millisSince(start));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(CONNECT_MILLIS);
            connection.setReadTimeout((int) REQUEST_MILLIS);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("User-Agent", "PrefCenter-Webhooks/1");
            connection.setRequestProperty(Signature.EVENT_ID_HEADER, eventId);
            connection.setRequestProperty(Signature.HEADER,
                    Signature.header(secret, Instant.now().getEpochSecond(), body));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            discardTheAnswer(connection, status);
            long millis = millisSince(start);
            if (millis > REQUEST_MILLIS) {
                return new Outcome(false, status, "answered " + status + " after " + millis + " ms, later than "
                        + WebhookSettings.REQUEST_TIMEOUT.toSeconds() + " s", millis);
            }
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null, millis);
            }
            String why = status >= 300 && status < 400 ? "answered " + status + " (redirects are not followed)"
                    : "answered " + status;
            return new Outcome(false, status, why, millis);
        } catch (SocketTimeoutException late) {
            return new Outcome(false, null, "no answer within " + WebhookSettings.REQUEST_TIMEOUT.toSeconds() + " s ("
                    + late.getMessage() + ")", millisSince(start));
        } catch (IOException | RuntimeException failed) {
            if (connection != null) {
                connection.disconnect();
            }
            return new Outcome(false, null, failed.getClass().getSimpleName() + ": " + failed.getMessage(),
                    millisSince(start));
        }
    }

    /**
     * Reads the answer's body to its end (at most a little of it kept nowhere), so that the JDK keeps
     * the connection for the next send; a body larger than that is dropped with its connection.
     */
    private static void discardTheAnswer(HttpURLConnection connection, int status) throws IOException {
        try (InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (answer != null && answer.skip(64 * 1024) >= 64 * 1024 && answer.read() >= 0) {
                connection.disconnect();
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
