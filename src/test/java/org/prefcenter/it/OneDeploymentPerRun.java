package org.prefcenter.it;

import java.lang.reflect.Method;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment serves every test class of a run. Arquillian deploys per test class, and the Payara
 * Micro container deploys by starting a server: ten seconds a class. Every {@link ApiTest} deploys the
 * same WAR, so the first class's deployment is kept, handed to each later class, and undeployed once,
 * when the run ends. Registered in {@code META-INF/services} for every test run (WildFly's too).
 */
public final class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeepTheFirstDeployment.class);
    }

    public static final class KeepTheFirstDeployment {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private Class<?> sharedBy;
        private boolean ending;

        public void generateOnce(@Observes EventContext<GenerateDeployment> generate) {
            Class<?> declaring = deploymentMethodOf(generate.getEvent().getTestClass().getJavaClass());
            if (shared == null) {
                generate.proceed();
                shared = scenario.get();
                sharedBy = declaring;
            } else if (declaring == sharedBy) {
                scenario.set(shared);
            } else {
                throw new IllegalStateException(generate.getEvent().getTestClass().getName()
                        + " declares a deployment of its own; every test class of a run shares the one of " + sharedBy.getName());
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> deploy) {
            if (shared.deployments().stream().noneMatch(org.jboss.arquillian.container.spi.client.deployment.Deployment::isDeployed)) {
                deploy.proceed();
            }
        }

        public void keepUntilTheEnd(@Observes EventContext<UnDeployManagedDeployments> undeployment) {
            if (ending) {
                undeployment.proceed();
            }
        }

        /** Before the containers stop (which observes AfterSuite at the default precedence). */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite end) {
            if (shared == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(OneDeploymentPerRun.class);
            try {
                scenario.set(shared);
                ending = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(OneDeploymentPerRun.class);
            }
        }

        private static Class<?> deploymentMethodOf(Class<?> testClass) {
            for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Deployment.class)) {
                        return type;
                    }
                }
            }
            return testClass;
        }
    }
}
