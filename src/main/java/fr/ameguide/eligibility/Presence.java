package fr.ameguide.eligibility;

public enum Presence implements Code { LIVES_IN_FRANCE, VISITING }
