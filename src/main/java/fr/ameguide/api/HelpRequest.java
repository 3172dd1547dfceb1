package fr.ameguide.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/help. */
@Schema(name = "HelpRequest")
public record HelpRequest(@Schema(description = "Five digits; never logged or stored", example = "93200", required = true)
                          String postcode) {
}
