package fr.ameguide.guide;

import io.smallrye.common.annotation.NonBlocking;
import fr.ameguide.content.Content;
import fr.ameguide.content.GuidePage;
import fr.ameguide.i18n.Language;
import fr.ameguide.web.CachedPages;
import fr.ameguide.web.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The start page and the guidance pages: stable addresses that NGOs can print and share. They show
 * nothing of a person, so each is rendered once per language (and day) and served from memory.
 */
@Path("/{lang}")
@Produces(MediaType.TEXT_HTML)
public class GuideResource {
    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    CachedPages cache;
    @Inject
    GuideViews views;

    @GET
    @NonBlocking
    @Path("/")
    public Response home(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /", day -> views.home(language));
    }

    @GET
    @NonBlocking
    @Path("/guide")
    public Response index(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /guide", day -> views.index(language));
    }

    @GET
    @NonBlocking
    @Path("/guide/{page}")
    public Response page(@PathParam("lang") String lang, @PathParam("page") String slug, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        GuidePage guide = content.page(slug).orElseThrow(NotFoundException::new);
        return cache.page(headers, language.code() + " /guide/" + guide.slug(), day -> views.page(language, guide, day));
    }
}
