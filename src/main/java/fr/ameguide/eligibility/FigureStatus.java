package fr.ameguide.eligibility;

/** How a figure is known: an official text, a reliable secondary source, or not confirmed at all. */
public enum FigureStatus implements Code { OFFICIAL, SECONDARY, COMPUTED, UNCONFIRMED }
