package fr.ameguide.guide;

/** A guidance page in a list: its address, title and one-line summary. */
public record GuideLink(String href, String title, String summary) {
}
