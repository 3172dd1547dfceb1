package fr.ameguide.localhelp;

import io.smallrye.common.annotation.NonBlocking;
import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.i18n.Language;
import fr.ameguide.web.CachedPages;
import fr.ameguide.web.FormBody;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Who helps near you: the postcode box of the start and guide pages posts here (never in the address);
 * the page names the caisse, the tribunal administratif and France Services. The postcode is only read,
 * never logged or kept; the page is never stored (no-store).
 */
@Path("/{lang}/local-help")
@Produces(MediaType.TEXT_HTML)
public class LocalHelpResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LocalHelpResource.class);
    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    CachedPages cache;
    @Inject
    LocalHelpPages views;

    /** The box alone, for a link from elsewhere. */
    @NonBlocking
    @GET
    public Response box(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /local-help", day -> views.box(language));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offices(@PathParam("lang") String lang, MultivaluedMap<String, String> form) {
        Language language = pages.language(lang);
        String typed = FormBody.single(form).get(LocalResult.FIELD);
        LocalHelp.Lookup lookup = content.localHelp().lookup(typed);
        // whether it was found, never the postcode
        LOG.debugf("local help page: %s", lookup.found() ? "found" : lookup.problem());
        if (!lookup.found()) {
            return HtmlResponse.withAnswers(Response.Status.BAD_REQUEST, views.problem(language, lookup, typed));
        }
        return HtmlResponse.withAnswers(views.offices(language, lookup));
    }

    @GET
    @NonBlocking
    @Path("/partners")
    public Response partners(@PathParam("lang") String lang, @Context HttpHeaders headers) {
        Language language = pages.language(lang);
        return cache.page(headers, language.code() + " /local-help/partners", day -> views.partners(language));
    }
}
