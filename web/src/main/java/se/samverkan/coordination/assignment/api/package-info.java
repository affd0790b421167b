/**
 * REST resources for development assignments: RUG gives them in the region's space; the groups
 * they are addressed to report in their own municipality's space.
 */
package se.samverkan.coordination.assignment.api;
