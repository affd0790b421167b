/**
 * Spaces in the UI: {@code /app/{space}/…} addresses, entering the space named there, the header
 * with the space's name and the picker for people with more than one space.
 */
package se.samverkan.tenancy.ui;
