package io.custos.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment of the suite: the WAR the build produced, at the root context. */
@ArquillianSuiteDeployment
public class Deployments {

    @Deployment(testable = false)
    public static WebArchive custos() {
        WebArchive built =
                ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("custos.it.war")));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }
}
