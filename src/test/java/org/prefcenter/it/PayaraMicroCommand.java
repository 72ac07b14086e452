package org.prefcenter.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line that starts the built WAR on Payara Micro in a process of its own, as production
 * runs it, from what {@code mvn package} / {@code mvn verify} left in {@code target}. Shared by the
 * PostgreSQL fault tests and the benchmark.
 */
public final class PayaraMicroCommand {

    private PayaraMicroCommand() {
    }

    /**
     * @param properties  a file of {@code target/server-config} (e.g. {@code production.properties})
     * @param postboot    a file of {@code target/server-config} (e.g. {@code postboot-postgres.asadmin})
     */
    public static List<String> of(Path target, List<String> jvmOptions, int port, String properties,
            String postboot) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + target);
        command.addAll(List.of("-jar", target.resolve("payara-micro.jar").toString(),
                "--nohazelcast", "--port", Integer.toString(port),
                "--addlibs", target.resolve("lib/postgresql.jar").toString(),
                "--systemproperties", target.resolve("server-config").resolve(properties).toString(),
                "--postbootcommandfile", target.resolve("server-config").resolve(postboot).toString(),
                "--deploy", target.resolve("prefcenter.war").toString(), "--contextroot", "Profiles"));
        return command;
    }

    /**
     * The environment in which a server with {@code production.properties} trusts the development
     * tokens ({@link Tokens}): the operator's MP_JWT_VERIFY_* variables, set to the development issuer,
     * key and audience.
     */
    public static Map<String, String> developmentTrust() {
        Path publicKey = Path.of(System.getProperty("prefcenter.dev.dir", ".prefcenter-dev"), "public.pem");
        return Map.of("MP_JWT_VERIFY_ISSUER", System.getProperty("prefcenter.dev.issuer", "https://prefcenter.dev/issuer"),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toUri().toString(),
                "MP_JWT_VERIFY_AUDIENCES", Tokens.AUDIENCE);
    }
}
