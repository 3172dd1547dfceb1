package fr.ameguide.content;

import java.time.LocalDate;
import java.util.List;

/** A guidance page: its blocks of text (translation keys) and the sources it rests on. */
public record GuidePage(String id, String slug, LocalDate lastVerified, List<String> sources, List<Block> blocks) {

    /**
     * kind: p, h2, ul, ol, note, link, special. keys: the translation keys (one, or the list items).
     * page/url: a link's target. special: a block the code renders from data.
     */
    public record Block(String kind, List<String> keys, String page, String url, String special) {
        public String key() {
            return keys.isEmpty() ? null : keys.get(0);
        }
    }
}
