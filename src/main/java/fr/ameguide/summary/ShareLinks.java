package fr.ameguide.summary;

import fr.ameguide.result.Wording;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** "Send this result": the sealed link as plain sms:, WhatsApp and mailto: links the person taps. */
final class ShareLinks {
    private ShareLinks() {
    }

    /** The sealed link, ready to send: the message in the reader's language, each channel's own address form. */
    static SummaryView.Share share(Wording reader, String address) {
        String message = reader.text("actnow.share.message", "link", address);
        String subject = reader.text("actnow.share.subject");
        return new SummaryView.Share(reader.text("actnow.share.title"),
                reader.text("actnow.share.warning", "months", ResultLink.VALID_MONTHS),
                List.of(new SummaryView.Channel("sms", "sms:?&body=" + uriEncode(message), reader.text("actnow.share.sms")),
                        new SummaryView.Channel("whatsapp", "https://wa.me/?text=" + uriEncode(message), reader.text("actnow.share.whatsapp")),
                        new SummaryView.Channel("email", "mailto:?subject=" + uriEncode(subject) + "&body=" + uriEncode(message),
                                reader.text("actnow.share.email"))));
    }

    /** RFC 3986 percent-encoding: a space is %20 (mail and SMS apps show a "+" as a plus). */
    private static String uriEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
