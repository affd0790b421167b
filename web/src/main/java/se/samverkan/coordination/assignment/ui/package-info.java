/**
 * Faces pages of development assignments: RUG's list, form and overview in the region's space;
 * the groups' reports in a municipality's space, and the section on a group's page.
 */
package se.samverkan.coordination.assignment.ui;
