package fr.ameguide.i18n;

/** How far a string can be trusted: the French source, reviewed by a person, or an unreviewed draft. */
public enum TranslationState { SOURCE, REVIEWED, DRAFT }
