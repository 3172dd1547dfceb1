package fr.ameguide.web;

import fr.ameguide.content.Content;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The bare address sends a person to the language their browser asks for (French when none fits). */
@Path("/")
public class RootResource {
    @Inject
    Content content;

    @GET
    public Response root(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String code = content.languages().negotiate(acceptLanguage).code();
        // A relative Location (RFC 9110): Response.seeOther would make it absolute from the request's Host.
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, "/" + code + "/")
                .header("Vary", "Accept-Language").header("Cache-Control", "no-cache").build();
    }
}
