package fr.ameguide.result;

import fr.ameguide.content.MessageKeys;
import fr.ameguide.content.Phone;
import fr.ameguide.content.Source;
import fr.ameguide.eligibility.ActNow;
import fr.ameguide.eligibility.Assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The "what to do now" box in one language: the core's {@link ActNow} put into words. Nothing is decided
 * here: which actions, in which order, with which dates comes from the core.
 *
 * @param tone        css class of the outcome's colour (green, amber, blue, violet, grey)
 * @param icon        css class of the outcome's icon (the outcome's code)
 * @param iconLabel   what the icon means, for screen readers
 * @param today       "Today is ...", the day the dates count from (null when an action already says it)
 * @param actions     one to three sentences, urgent care first
 * @param outlook     "If you file on ...", or null
 * @param phones      tel: links (15, 112, and the CPAM's when the CPAM is the office to deal with)
 * @param cerfaUrl    the official page of the application form when an application is to be filed, or null
 * @param noIdentity  title, text and help for someone with no identity paper at all, or empty
 */
public record ActNowText(String tone, String icon, String iconLabel, String today,
                         List<String> actions, String outlook, List<PhoneText> phones, String phonesChecked,
                         String cerfaUrl, String cerfaText, List<String> noIdentity) {

    public record PhoneText(String id, String href, String text) {
    }

    /**
     * Three actions fill the box: the outlook ("if you file today…") then follows it, just below, so that the
     * box stays on the first screen of a small phone in every language (it reached 705 px of 640 in Tamil).
     */
    public boolean full() {
        return actions.size() >= ActNow.MAX_ACTIONS;
    }

    public static ActNowText of(Assessment a, Wording w) {
        ActNow now = ActNow.of(a);
        List<Phone> shown = w.content().phones().values().stream()
                .filter(p -> !p.id().equals("cpam") || now.cpam())
                .sorted(Comparator.comparing(p -> List.of("samu", "europe", "cpam").indexOf(p.id())))
                .toList();
        LocalDate checked = shown.stream().map(Phone::checked).min(LocalDate::compareTo).orElse(null);
        Source cerfa = w.content().sources().get("cerfa_11573");
        String outcome = a.outcome().name();
        return new ActNowText(now.tone().code(), outcome.toLowerCase(java.util.Locale.ROOT),
                w.text(MessageKeys.actNowIcon(a.outcome())),
                // "Today is ..." anchors the counts in days; not needed when the first action already names today.
                now.actions().stream().anyMatch(x -> x.values().containsKey("today")) ? null
                        : w.text("actnow.today", "today", a.asOf()),
                now.actions().stream().map(x -> w.text(MessageKeys.actNowAction(x.id()), x.values())).toList(),
                now.outlook() == null ? null : w.text(MessageKeys.actNowAction(now.outlook().id()), now.outlook().values()),
                shown.stream().map(p -> new PhoneText(p.id(), p.href(),
                        w.text(MessageKeys.actNowPhone(p.id()), "phone", w.formats().isolate(p.number())))).toList(),
                checked == null ? null : w.text("actnow.phones_checked", "date", checked),
                now.applying() && cerfa != null ? cerfa.url() : null,
                w.text("actnow.cerfa_link"),
                now.noIdentity() ? List.of(w.text("actnow.no_identity.title"), w.text("actnow.no_identity.text"),
                        w.text("actnow.no_identity.help")) : List.of());
    }
}
