package fr.ameguide.eligibility;

public enum Housing implements Code { OWN_HOME, HOSTED, SHELTER, HOTEL, NO_FIXED_ADDRESS }
