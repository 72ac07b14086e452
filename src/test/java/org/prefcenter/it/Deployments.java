package org.prefcenter.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that `mvn package` built, deployed unchanged. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("prefcenter.war", "target/prefcenter.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
