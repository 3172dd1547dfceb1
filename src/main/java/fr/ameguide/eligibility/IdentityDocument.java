package fr.ameguide.eligibility;

public enum IdentityDocument implements Code { PASSPORT, ID_CARD, OTHER, NONE }
