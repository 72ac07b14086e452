import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for trying PrefCenter's webhooks on one machine (the README's walk-through):
 * prints each delivery, checks its signature when given the subscription's secret, answers 204.
 *
 * <pre>java server-config/dev/WebhookReceiver.java [PORT [SECRET]]</pre>
 *
 * (JDK 17 runs a single source file as it is; nothing to build.) Not for production: a receiver
 * there is the integrator's own service, over https.
 */
public class WebhookReceiver {

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9999;
        String secret = args.length > 1 ? args[1] : null;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("PrefCenter-Signature");
            System.out.printf("%s %s%n  PrefCenter-Event-Id: %s%n  PrefCenter-Signature: %s (%s)%n  %s%n%n",
                    exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders().getFirst("PrefCenter-Event-Id"), signature,
                    secret == null ? "not checked: no secret given" : verdict(secret, signature, body),
                    new String(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("receiving webhooks on http://localhost:" + port + "/");
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, keyed with the secret's text. */
    private static String verdict(String secret, String signature, byte[] body) {
        if (signature == null || !signature.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return "INVALID: not of the form t=...,v1=...";
        }
        String t = signature.substring(2, signature.indexOf(','));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            String expected = HexFormat.of().formatHex(mac.doFinal(body));
            return signature.endsWith("v1=" + expected) ? "valid" : "INVALID: another secret or another body";
        } catch (java.security.GeneralSecurityException unavailable) {
            return "not checked: " + unavailable;
        }
    }
}
