package fr.ameguide.summary;

import java.util.List;

/**
 * The printed summary: each block in the reader's language beside the same block in French, for the
 * person and for the clerk at the CPAM. When the reader's language is French there is one column.
 */
public record SummaryView(
        boolean bilingual,
        Side reader,
        Side french,
        List<Pair> blocks,
        Clerk clerk,
        String qrSvg,
        Share share,
        boolean pdf,
        String css) {

    /**
     * "Send this result": the sealed link in a message, by SMS, WhatsApp or e-mail, with one warning.
     * Only links: nothing is sent unless the person taps one and sends it from their own phone.
     */
    public record Share(String title, String warning, List<Channel> channels) {
    }

    public record Channel(String id, String href, String text) {
    }

    /**
     * The box for the CPAM's clerk, in French in every language: the facts that decide and each condition
     * met or not. Shown where the block of kind "clerk" stands.
     */
    public record Clerk(String title, List<String> facts, String conditionsTitle,
                        List<Condition> conditions) {
    }

    public record Condition(boolean met, String text) {
    }

    /** A language's column: its code, direction and name. */
    public record Side(String lang, String dir, String name) {
    }

    /**
     * One block in both languages. kind: outcome, heading, text, list, checklist, dates,
     * clerk (where the clerk's box stands), alone (the reader's language only: the clerk has the box). Texts are plain
     * (the template marks French words); items are paired line by line.
     */
    public record Pair(String kind, String reader, String french, List<Item> items) {
    }

    public record Item(String reader, String french, String readerDetail, String frenchDetail) {
    }
}
