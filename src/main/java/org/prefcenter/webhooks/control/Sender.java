package org.prefcenter.webhooks.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/**
 * POSTs one event to a webhook: the guard first (its host resolved anew; a refusal sends nothing),
 * then the signed body, answered with a 2xx within 10 s or failed. Redirects are not followed.
 */
public final class Sender {

    /** What became of one attempt; {@code statusCode} null when nothing was answered. */
    public record Outcome(boolean acknowledged, Integer statusCode, String error, long millis) {
    }

    private final HttpClient http;

    public Sender() {
        // its own threads (the JDK's): handing it the managed executor that runs the senders could
        // leave a send waiting for a thread that the senders hold
        this.http = HttpClient.newBuilder()
                .connectTimeout(WebhookSettings.CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Outcome send(String url, String secret, String eventId, String body, Set<String> allowedHosts) {
        long start = System.nanoTime();
        URI uri = URI.create(url);
        String refused = UrlGuard.problemWithTarget(uri, allowedHosts, true);
        if (refused != null) {
            return new Outcome(false, null, "not sent: the Url " + refused, millisSince(start));
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(WebhookSettings.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "PrefCenter-Webhooks/1")
                .header(Signature.EVENT_ID_HEADER, eventId)
                .header(Signature.HEADER, Signature.header(secret, Instant.now().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // the answer's body is not read
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null, millisSince(start));
            }
            String why = status >= 300 && status < 400 ? "answered " + status + " (redirects are not followed)"
                    : "answered " + status;
            return new Outcome(false, status, why, millisSince(start));
        } catch (HttpTimeoutException late) {
            return new Outcome(false, null, "no answer within " + WebhookSettings.REQUEST_TIMEOUT.toSeconds() + " s ("
                    + late.getMessage() + ")", millisSince(start));
        } catch (IOException | RuntimeException failed) {
            return new Outcome(false, null, failed.getClass().getSimpleName() + ": " + failed.getMessage(),
                    millisSince(start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted (the server is stopping)", millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
