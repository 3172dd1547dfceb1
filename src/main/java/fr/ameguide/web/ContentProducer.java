package fr.ameguide.web;

import fr.ameguide.content.Content;
import fr.ameguide.content.ContentLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads and checks the content once, at start: an inconsistent content stops the start. */
@ApplicationScoped
public class ContentProducer {
    @Produces
    @Singleton
    @Startup
    Content content() {
        Content content = ContentLoader.fromClasspath();
        org.jboss.logging.Logger.getLogger(ContentProducer.class).infof("local help data (%d communes, %d France Services) loaded in %d ms",
                content.localHelp().communeCount(), content.localHelp().franceServiceCount(), content.localHelp().loadMillis());
        return content;
    }
}
