package fr.ameguide.eligibility;

/** Where the person lives; OVERSEAS is Guadeloupe, Guyane, Martinique and La Réunion. */
public enum Territory implements Code { METROPOLE, OVERSEAS, MAYOTTE }
