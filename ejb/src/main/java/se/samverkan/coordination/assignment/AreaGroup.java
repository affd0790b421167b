package se.samverkan.coordination.assignment;

import se.samverkan.coordination.GroupKind;

/**
 * A coordination group of one of the area's municipalities as the region may know it: id, party,
 * kind and name only (the database's narrow {@code area_groups()}).
 */
public record AreaGroup(long id, String party, GroupKind kind, String name) {}
