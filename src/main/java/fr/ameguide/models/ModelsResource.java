package fr.ameguide.models;

import fr.ameguide.content.Content;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.content.SwornModel;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import fr.ameguide.web.CachedPages;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;
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

import java.util.List;

/**
 * The fill-in sworn statements (issue 11): stable addresses with nothing of a person, so each is
 * rendered once per language and served from memory, like the guide.
 */
@Path("/{lang}/models")
@Produces(MediaType.TEXT_HTML)
public class ModelsResource {
    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    CachedPages cache;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page, List<Link> models);

        static native TemplateInstance model(Page page, ModelView model);
    }

    /** A model in the list: its address, title and what it is for. */
    public record Link(String href, String title, String use) {
    }

    @GET
    @NonBlocking
    @Path("/")
    public Response index(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /models", day -> {
            Wording w = pages.wording(language);
            return Templates.index(pages.page(language, w.text("models.index.title"), "/models"), content.models().stream()
                    .map(m -> new Link("/" + language.code() + "/models/" + m.slug(), w.text(MessageKeys.modelTitle(m.id())),
                            w.text(MessageKeys.modelUse(m.id())))).toList());
        });
    }

    @GET
    @NonBlocking
    @Path("/{model}")
    public Response model(@PathParam("lang") String lang, @PathParam("model") String slug, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        SwornModel m = content.model(slug).orElseThrow(NotFoundException::new);
        return cache.page(headers, language.code() + " /models/" + m.slug(), day -> {
            Wording w = pages.wording(language);
            Page page = pages.page(language, w.text(MessageKeys.modelTitle(m.id())), "/models/" + m.slug());
            return Templates.model(page, ModelViews.view(m, w, pages.wording(content.languages().source()), content));
        });
    }
}
