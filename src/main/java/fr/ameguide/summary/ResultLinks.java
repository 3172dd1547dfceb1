package fr.ameguide.summary;

import fr.ameguide.config.SiteConfig;
import fr.ameguide.content.Content;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The summary's link codec, made at start with the configured key over the questionnaire: a bad key or
 * two codes sharing a fingerprint stop the start instead of failing on the first summary.
 */
@ApplicationScoped
public class ResultLinks {
    @Produces
    @Singleton
    @Startup
    ResultLink resultLink(SiteConfig site, Content content) {
        return new ResultLink(site.linkKey(), content.questionnaire());
    }
}
