package org.prefcenter.it;

import java.io.File;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test over HTTP: Arquillian deploys the real WAR that `mvn package` built, unchanged,
 * to a Payara Micro it starts, and the test talks to it as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTest {

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("prefcenter.war", "target/prefcenter.war")));
    }

    private static final Map<Class<?>, ClientFixture> CLIENTS = new ConcurrentHashMap<>();

    Api api() {
        return new Api(deployment);
    }

    /** A client of this test class's own, configured on first use and shared by its tests. */
    ClientFixture sharedClient(String prefix) {
        return CLIENTS.computeIfAbsent(getClass(), testClass -> ClientFixture.create(api(), prefix));
    }
}
