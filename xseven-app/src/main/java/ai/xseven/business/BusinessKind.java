package ai.xseven.business;

/** What a business does decides what a booking means: a table for a party or a service slot. */
public enum BusinessKind {
  RESTAURANT,
  SALON
}
